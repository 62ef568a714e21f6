#include "server/cli/CertsCommand.h"

#include "server/http/CertificateFactory.h"

namespace leadscope::server {

CertsCommand::CertsCommand()
    : Command(QStringLiteral("certs"),
              QStringLiteral("Create a private CA and a server certificate (demo, tests, self-hosting)"))
{
}

void CertsCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_out, m_host, m_days});
}

int CertsCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_out))
        return usageError(QStringLiteral("--out is required."));
    bool daysOk = false;
    const int validDays = parser.value(m_days).toInt(&daysOk);
    if (!daysOk || validDays < 1 || validDays > 3650)
        return usageError(QStringLiteral("--days takes 1 to 3650."));
    QStringList hosts = parser.values(m_host);
    if (hosts.isEmpty())
        hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    CertificateFactory::Files files;
    QString error;
    if (!CertificateFactory::create(parser.value(m_out), hosts, validDays, &files, &error))
        return failure(error);
    out() << files.caCertificate << "\n" << files.serverCertificate << "\n" << files.serverKey << "\n" << Qt::flush;
    return Success;
}

} // namespace leadscope::server
