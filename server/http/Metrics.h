#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <mutex>

#include <array>
#include <atomic>
#include <functional>

namespace leadscope::server {

// What `serve` measures about itself, in the Prometheus text format
// (version 0.0.4) on the admin listener's GET /metrics: requests and errors
// by route and status, latency histograms by route, the events the API
// areas count (lockouts, suspicious activity), and gauges read when scraped
// (ingest counters, process memory). Labels are route patterns, methods and
// status codes only — never a path with an id in it, an address or a user.
// Thread-safe: workers observe concurrently.
class Metrics
{
public:
    enum class Event
    {
        AccountLockout,     // an account locked after failed sign-ins
        SuspiciousActivity, // a burst of failed sign-ins in one organisation
        SignInFailure,      // a wrong password or 2FA code
    };

    static constexpr std::array<double, 11> kLatencyBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                            0.5,   1.0,  2.5,   5.0,  10.0};

    // One answered request. `route` is the router's pattern ("/api/v1/companies/{id}"),
    // or "unmatched".
    void observe(const QString& route, const QByteArray& method, int status, qint64 microseconds);
    void count(Event event);
    // A counter family read at scrape time: one series per label set, e.g.
    // {"result=\"identified\"", read}. An empty label set is the bare name.
    using Series = QList<QPair<QByteArray, std::function<qint64()>>>;
    void addCounter(const QByteArray& name, const QByteArray& help, Series series);

    QByteArray render() const;
    static qint64 residentBytes(); // of this process; 0 where unknown

private:
    struct Route
    {
        QHash<QPair<QByteArray, int>, qint64> responses; // (method, status) → count
        std::array<qint64, kLatencyBuckets.size()> buckets{};
        qint64 observations = 0;
        double seconds = 0;
    };
    struct Reader
    {
        QByteArray name;
        QByteArray help;
        Series series;
    };

    mutable std::mutex m_mutex;
    QHash<QString, Route> m_routes;
    std::atomic<qint64> m_lockouts{0};
    std::atomic<qint64> m_suspicious{0};
    std::atomic<qint64> m_signInFailures{0};
    QList<Reader> m_readers;
};

} // namespace leadscope::server
