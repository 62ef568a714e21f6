#include "SmtpServer.h"

#include "JsonInbox.h"
#include "LocalStandIn.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>

namespace leadscope::test {

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start(QString* error)
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("inbox"))) {
        *error = QStringLiteral("No temporary directory for the SMTP server");
        return false;
    }
    if (!QFile::exists(caFile()) && ServerProcess::makeCertificates(m_dir.path(), error).isEmpty())
        return false;
    QFile password(passwordFile());
    if (!password.open(QIODevice::WriteOnly) || password.write("relay password 7\n") < 0) {
        *error = QStringLiteral("Cannot write the SMTP password file");
        return false;
    }
    password.close();
    const QStringList arguments{QStringLiteral("--dir"),           m_dir.filePath(QStringLiteral("inbox")),
                                QStringLiteral("--cert"),          m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--key"),           m_dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--user"),          user(),
                                QStringLiteral("--password-file"), passwordFile()};
    return LocalStandIn::start(&m_process, QStringLiteral("scripts/lib/mail-catcher"), arguments,
                               QStringLiteral("The SMTP server (python3-aiosmtpd)"), &m_port, error);
}

void SmtpServer::stop()
{
    LocalStandIn::stop(&m_process);
}

QString SmtpServer::url() const
{
    return QStringLiteral("smtp://%1@127.0.0.1:%2").arg(user()).arg(m_port);
}

QList<QJsonObject> SmtpServer::received() const
{
    return JsonInbox::read(m_dir.filePath(QStringLiteral("inbox")));
}

QList<QJsonObject> SmtpServer::waitFor(int count, int timeoutMs) const
{
    return JsonInbox::waitFor(m_dir.filePath(QStringLiteral("inbox")), count, timeoutMs);
}

} // namespace leadscope::test
