#include "server/integrations/WebhookSender.h"

#include "protocol/Crypto.h"

namespace leadscope::server {

WebhookSender::WebhookSender(OutboundHttps& https)
    : m_https(https)
{
}

QByteArray WebhookSender::signature(const QStringList& secrets, const QString& id, qint64 timestampSeconds,
                                    const QByteArray& body)
{
    const QByteArray content = id.toUtf8() + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    QList<QByteArray> signatures;
    for (const QString& secret : secrets) {
        QByteArray key = QByteArray::fromBase64(secret.mid(QStringLiteral("whsec_").size()).toLatin1());
        signatures << "v1," + protocol::Crypto::hmacSha256(key, content).toBase64();
        protocol::Crypto::wipe(key);
    }
    return signatures.join(' ');
}

WebhookSender::Result WebhookSender::send(const QString& url, const QString& id, qint64 timestampSeconds,
                                          const QByteArray& body, const QStringList& secrets) const
{
    OutboundHttps::Request request;
    request.url = url;
    request.headers = {"Content-Type: application/json", "User-Agent: Leadscope-Webhooks/1",
                       "webhook-id: " + id.toUtf8(), "webhook-timestamp: " + QByteArray::number(timestampSeconds),
                       "webhook-signature: " + signature(secrets, id, timestampSeconds, body)};
    request.body = body;
    const OutboundHttps::Response response = m_https.send(request);
    Result result;
    result.status = response.status;
    result.latencyMs = response.latencyMs;
    if (!response.error.isEmpty()) {
        result.error = response.error;
        return result;
    }
    result.delivered = response.status >= 200 && response.status < 300;
    if (!result.delivered) {
        result.error = QStringLiteral("the receiver answered HTTP %1").arg(response.status);
        if (response.status == 429)
            result.retryAfterMs = response.retryAfterMs;
    }
    return result;
}

} // namespace leadscope::server
