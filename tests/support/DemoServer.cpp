#include "DemoServer.h"

#include "core/Session.h"

#include <QSignalSpy>

#include "protocol/Base32.h"

#include <QFile>

namespace leadscope::test {

bool DemoServer::start(QString* error, int companies, int days, const QString& dbUrl, const QStringList& extraArguments)
{
    m_server.setSkipInit(true); // demo initialises the store itself
    QString output;
    if (!m_server.prepare(error, dbUrl) ||
        !ServerProcess::run({QStringLiteral("demo"), QStringLiteral("--db"), m_server.dbUrl(), QStringLiteral("--out"),
                             m_demo.path(), QStringLiteral("--companies"), QString::number(companies),
                             QStringLiteral("--days"), QString::number(days), QStringLiteral("--seed"),
                             QStringLiteral("11")},
                            &output, error))
        return false;
    QFile credentials(m_demo.filePath(QStringLiteral("credentials.txt")));
    if (!credentials.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no credentials.txt from demo");
        return false;
    }
    // "role email password totp-secret" per line, admin first.
    m_admin = TestUser{};
    m_sales = TestUser{};
    m_manager = TestUser{};
    while (!credentials.atEnd()) {
        const QStringList fields = QString::fromUtf8(credentials.readLine()).trimmed().split(u' ');
        if (fields.size() != 4)
            continue;
        TestUser* user = fields[0] == QLatin1String("admin")     ? &m_admin
                         : fields[0] == QLatin1String("sales")   ? &m_sales
                         : fields[0] == QLatin1String("manager") ? &m_manager
                                                                 : nullptr;
        if (!user)
            continue;
        user->email = fields[1];
        user->password = fields[2].toUtf8();
        user->totpSecret = protocol::Base32::decode(fields[3]).value_or(QByteArray());
    }
    if (m_admin.email.isEmpty()) {
        *error = QStringLiteral("unexpected credentials.txt");
        return false;
    }
    return m_server.start(error, m_server.dbUrl(), extraArguments);
}

bool DemoServer::acceptDpa(QString* error)
{
    ApiTestClient api(m_server.url(), m_server.caFile());
    const QString access = api.signIn(m_admin).access;
    const auto reply = api.call("POST", QStringLiteral("/api/v1/dpa/accept"),
                                {{QStringLiteral("version"), QStringLiteral("1.0")}}, access);
    if (reply.status != 200) {
        *error = QStringLiteral("DPA accept answered %1").arg(reply.status);
        return false;
    }
    return true;
}

bool DemoServer::signIn(core::Session& session, TestUser& user, QString* error)
{
    QSignalSpy code(&session, &core::Session::codeRequired);
    QSignalSpy signedIn(&session, &core::Session::signedIn);
    session.signIn(user.email, protocol::SecretBytes(user.password), false);
    if (!code.wait(30'000)) {
        *error = QStringLiteral("no 2FA step after the password");
        return false;
    }
    session.submitCode(user.nextCode());
    if (!signedIn.wait(60'000)) {
        *error = QStringLiteral("the 2FA code was not accepted");
        return false;
    }
    return true;
}

} // namespace leadscope::test
