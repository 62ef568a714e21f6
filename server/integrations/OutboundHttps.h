#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace leadscope::server {

// The server's requests to others' HTTPS services (webhook receivers, Slack,
// Teams, HubSpot) over libcurl: TLS 1.2 or newer with the peer's certificate
// verified, a time limit for the whole exchange, no redirects, no proxy. The
// host is resolved here and every address it resolves to must be public (not
// loopback, private, link-local, …) unless the operator allowed such
// destinations; curl then connects to exactly those addresses, so a second
// lookup cannot point elsewhere (DNS rebinding). One handle per sending
// thread: its connections stay open between requests to the same host.
class OutboundHttps
{
public:
    struct Settings
    {
        bool allowPrivate = false; // `serve --webhook-allow-private`
        QString caFile;            // `serve --webhook-ca`: trust these CAs instead of the system's
        int timeoutMs = 10'000;
    };
    struct Request
    {
        QByteArray method = "POST"; // GET, POST, PATCH
        QString url;
        QList<QByteArray> headers;                  // "Name: value"
        QByteArray body;                            // sent with POST and PATCH
        qsizetype maxAnswer = qsizetype(64) * 1024; // more of the answer's body is not taken in
    };
    struct Response
    {
        int status = 0; // 0: no answer
        int latencyMs = 0;
        QByteArray body;         // up to Request::maxAnswer
        qint64 retryAfterMs = 0; // the answer's Retry-After (seconds or a date), 0: none
        QString error;           // why there was no answer, in an admin's words
    };

    explicit OutboundHttps(Settings settings);
    ~OutboundHttps();
    OutboundHttps(const OutboundHttps&) = delete;
    OutboundHttps& operator=(const OutboundHttps&) = delete;

    Response send(const Request& request) const;
    const Settings& settings() const { return m_settings; }

private:
    // The addresses to connect to, each one allowed; false + *why otherwise.
    bool resolve(const QString& host, QStringList* addresses, QString* why) const;

    Settings m_settings;
    mutable void* m_curl = nullptr;
};

} // namespace leadscope::server
