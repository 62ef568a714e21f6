#include "SmtpServer.h"

#include "JsonInbox.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

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
    // Debian's python3: the one with python3-aiosmtpd.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QStringList arguments{qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") + QStringLiteral("/scripts/lib/mail-catcher"),
                          QStringLiteral("--dir"),
                          m_dir.filePath(QStringLiteral("inbox")),
                          QStringLiteral("--cert"),
                          m_dir.filePath(QStringLiteral("server.pem")),
                          QStringLiteral("--key"),
                          m_dir.filePath(QStringLiteral("server.key")),
                          QStringLiteral("--user"),
                          user(),
                          QStringLiteral("--password-file"),
                          passwordFile()};
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(python, arguments);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
    }
    *error = QStringLiteral("The SMTP server (python3-aiosmtpd) did not start: ") + QString::fromUtf8(output);
    return false;
}

void SmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
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
