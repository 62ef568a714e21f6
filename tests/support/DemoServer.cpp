#include "DemoServer.h"

#include "core/protocol/Base32.h"

#include <QFile>

namespace leadscope::test {

bool DemoServer::start(QString* error, int companies, int days, const QString& dbUrl)
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
    const QStringList admin = QString::fromUtf8(credentials.readLine()).trimmed().split(u' ');
    if (admin.size() != 4 || admin[0] != QLatin1String("admin")) {
        *error = QStringLiteral("unexpected credentials.txt");
        return false;
    }
    m_admin = TestUser{};
    m_admin.email = admin[1];
    m_admin.password = admin[2].toUtf8();
    m_admin.totpSecret = protocol::Base32::decode(admin[3]).value_or(QByteArray());
    return m_server.start(error, m_server.dbUrl());
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

} // namespace leadscope::test
