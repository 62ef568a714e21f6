#pragma once

#include "server/integrations/OutboundHttps.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// Sends one signed webhook over HTTPS (OutboundHttps: TLS 1.2+, the
// receiver's certificate verified, 10 s for the whole exchange, every address
// checked at send time). Signed as the Standard Webhooks specification says:
// `webhook-signature` carries "v1,<base64 HMAC-SHA256 of id.timestamp.body>"
// for each current secret.
class WebhookSender
{
public:
    using Settings = OutboundHttps::Settings;
    struct Result
    {
        bool delivered = false; // a 2xx answer
        int status = 0;         // 0: no answer
        int latencyMs = 0;
        QString error;           // why not, in an admin's words
        qint64 retryAfterMs = 0; // the receiver asked to wait this long (429 + Retry-After)
    };

    explicit WebhookSender(OutboundHttps& https);

    Result send(const QString& url, const QString& id, qint64 timestampSeconds, const QByteArray& body,
                const QStringList& secrets) const;

    // The webhook-signature header's value: "v1,<sig>" for each secret ("whsec_<base64 key>"), space-separated.
    static QByteArray signature(const QStringList& secrets, const QString& id, qint64 timestampSeconds,
                                const QByteArray& body);

private:
    OutboundHttps& m_https;
};

} // namespace leadscope::server
