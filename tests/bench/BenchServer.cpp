#include "BenchServer.h"

#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/PasswordHasher.h"
#include "server/http/CertificateFactory.h"
#include "server/store/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cstdio>

namespace leadscope::bench {

BenchServer::~BenchServer()
{
    stop();
}

bool BenchServer::prepare(server::Store& store, Account* account, QString* error, const QString& existingOrg)
{
    server::Clock clock;
    server::Accounts accounts(store, clock);
    server::Accounts::Organisation org;
    org.id = existingOrg;
    if (existingOrg.isEmpty() &&
        !accounts.addOrganisation(QStringLiteral("Bench B.V."), {QStringLiteral("bench.example")}, &org).ok()) {
        *error = QStringLiteral("organisation could not be added");
        return false;
    }
    server::Accounts::User user;
    *account = {org.id, QStringLiteral("bench@bench.example"), "bench password 1234", "0123456789abcdefghij"};
    if (!accounts
             .addUser(org.id, account->email, protocol::Role::Sales, server::PasswordHasher::hash(account->password),
                      &user)
             .ok()) {
        *error = QStringLiteral("user could not be added");
        return false;
    }
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    return server::Sql::exec(query, QStringLiteral("UPDATE users SET totp_secret = ?, totp_enrolled = 1 WHERE id = ?"),
                             {account->totpSecret, user.id}, error) &&
           (!existingOrg.isEmpty() ||
            server::Sql::exec(query,
                              QStringLiteral("INSERT INTO dpa_acceptances (org_id, version, user_email, accepted_at) "
                                             "VALUES (?, '1.0', 'bench', 0)"),
                              {org.id}, error));
}

bool BenchServer::start(const QString& dbUrl, const QString& directory, QString* error)
{
    server::CertificateFactory::Files files;
    if (!server::CertificateFactory::create(directory + QStringLiteral("/tls"), {QStringLiteral("127.0.0.1")}, 2,
                                            &files, error))
        return false;
    m_caFile = files.caCertificate;
    // The server's output goes to a file, not through a pipe this process would read while it
    // measures (on the thread it measures); what the server warned of is shown when it stops.
    m_log = directory + QStringLiteral("/server.log");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_log);
    m_process.start(QStringLiteral(LEADSCOPE_SERVER_BIN),
                    {QStringLiteral("serve"), QStringLiteral("--db"), dbUrl, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), files.serverCertificate,
                     QStringLiteral("--tls-key"), files.serverKey});
    static const QRegularExpression listening(QStringLiteral(R"(listening on (https://[^ ]+))"));
    QString output;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        // Ended (or never started): what it wrote is read once more below, and that is all.
        const bool ended = m_process.waitForFinished(50) || m_process.state() == QProcess::NotRunning;
        QFile log(m_log);
        if (log.open(QIODevice::ReadOnly))
            output = QString::fromLocal8Bit(log.readAll());
        const auto match = listening.match(output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
        if (ended || clock.elapsed() > 30'000)
            break;
    }
    *error = QStringLiteral("server did not start (%1): %2").arg(m_process.errorString(), output);
    return false;
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished(30'000);
    QFile log(m_log);
    if (!log.open(QIODevice::ReadOnly))
        return;
    int shown = 0;
    while (!log.atEnd() && shown < 20) {
        const QByteArray line = log.readLine();
        if (line.contains("failed") || line.contains("warning") || line.contains("error")) {
            (void)std::fprintf(stderr, "server: %s", line.constData());
            ++shown;
        }
    }
}

} // namespace leadscope::bench
