#include "WebhookReceiver.h"

#include "JsonInbox.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace leadscope::test {

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

bool WebhookReceiver::start(QString* error, int failFirst)
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("received"))) {
        *error = QStringLiteral("No temporary directory for the webhook receiver");
        return false;
    }
    if (!QFile::exists(caFile()) && ServerProcess::makeCertificates(m_dir.path(), error).isEmpty())
        return false;
    if (!setSecrets({})) {
        *error = QStringLiteral("Cannot write the receiver's secrets file");
        return false;
    }
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QStringList arguments{qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") +
                                    QStringLiteral("/scripts/lib/webhook-receiver"),
                                QStringLiteral("--dir"),
                                m_dir.filePath(QStringLiteral("received")),
                                QStringLiteral("--cert"),
                                m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--key"),
                                m_dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--secrets"),
                                m_dir.filePath(QStringLiteral("secrets")),
                                QStringLiteral("--fail-first"),
                                QString::number(failFirst)};
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
    *error = QStringLiteral("The webhook receiver did not start: ") + QString::fromUtf8(output);
    return false;
}

void WebhookReceiver::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QString WebhookReceiver::url(const QString& host) const
{
    return QStringLiteral("https://%1:%2/hooks/leadscope").arg(host).arg(m_port);
}

bool WebhookReceiver::setSecrets(const QStringList& secrets) const
{
    QFile file(m_dir.filePath(QStringLiteral("secrets")));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(secrets.join(u'\n').toUtf8() + '\n') >= 0;
}

QList<QJsonObject> WebhookReceiver::received() const
{
    return JsonInbox::read(m_dir.filePath(QStringLiteral("received")));
}

QList<QJsonObject> WebhookReceiver::waitFor(int count, int timeoutMs) const
{
    return JsonInbox::waitFor(m_dir.filePath(QStringLiteral("received")), count, timeoutMs);
}

} // namespace leadscope::test
