#include "WebhookReceiver.h"

#include "JsonInbox.h"
#include "LocalStandIn.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>

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
    const QStringList arguments{QStringLiteral("--dir"),        m_dir.filePath(QStringLiteral("received")),
                                QStringLiteral("--cert"),       m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--key"),        m_dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--secrets"),    m_dir.filePath(QStringLiteral("secrets")),
                                QStringLiteral("--fail-first"), QString::number(failFirst)};
    return LocalStandIn::start(&m_process, QStringLiteral("scripts/lib/webhook-receiver"), arguments,
                               QStringLiteral("The webhook receiver"), &m_port, error);
}

void WebhookReceiver::stop()
{
    LocalStandIn::stop(&m_process);
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
