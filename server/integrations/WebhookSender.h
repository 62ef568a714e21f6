#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// Sends one signed webhook over HTTPS (libcurl): TLS 1.2 or newer with the
// receiver's certificate verified, 10 s for the whole exchange, no redirects,
// no proxy. The host is resolved here and every address it resolves to must
// be public (not loopback, private, link-local, …) unless the operator
// allowed such destinations; curl then connects to exactly those addresses,
// so a second lookup cannot point elsewhere (DNS rebinding). Signed as the
// Standard Webhooks specification says: `webhook-signature` carries
// "v1,<base64 HMAC-SHA256 of id.timestamp.body>" for each current secret.
class WebhookSender
{
public:
    struct Settings
    {
        bool allowPrivate = false; // `serve --webhook-allow-private`
        QString caFile;            // `serve --webhook-ca`: trust these CAs instead of the system's
        int timeoutMs = 10'000;
    };
    struct Result
    {
        bool delivered = false; // a 2xx answer
        int status = 0;         // 0: no answer
        int latencyMs = 0;
        QString error; // why not, in an admin's words
    };

    explicit WebhookSender(Settings settings);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    Result send(const QString& url, const QString& id, qint64 timestampSeconds, const QByteArray& body,
                const QStringList& secrets) const;

    // The webhook-signature header's value: "v1,<sig>" for each secret ("whsec_<base64 key>"), space-separated.
    static QByteArray signature(const QStringList& secrets, const QString& id, qint64 timestampSeconds,
                                const QByteArray& body);

private:
    // The addresses to connect to, each one allowed; false + *why otherwise.
    bool resolve(const QString& host, QStringList* addresses, QString* why) const;

    Settings m_settings;
    // One handle for the sending thread: its connections stay open between
    // deliveries to the same receiver (no TLS handshake each time).
    mutable void* m_curl = nullptr;
};

} // namespace leadscope::server
