#pragma once

#include <QByteArray>
#include <QHash>
#include <mutex>

namespace leadscope::server {

// Counts events per key in a fixed window, in memory only. Keys are keyed
// hashes of source addresses (HttpRequest::sourceKey) or site ids, never addresses.
class RateLimiter
{
public:
    RateLimiter(int maxFailures, qint64 windowMs);

    // Seconds until `key` may try again, or 0 when it may try now.
    int retryAfterSeconds(const QByteArray& key, qint64 nowMs) const;
    // Records one event (a failure, a hit); returns true when this one crossed the limit.
    bool record(const QByteArray& key, qint64 nowMs);
    void clear(const QByteArray& key);

private:
    struct Window
    {
        qint64 startMs = 0;
        int failures = 0;
    };
    void prune(qint64 nowMs);

    const int m_maxFailures;
    const qint64 m_windowMs;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Window> m_windows;
    qint64 m_lastPruneMs = 0;
};

} // namespace leadscope::server
