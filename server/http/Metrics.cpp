#include "server/http/Metrics.h"

#include <QFile>

#include <algorithm>

namespace leadscope::server {

namespace {

// Label values are route patterns and methods (ours); escape anyway.
QByteArray label(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void header(QByteArray& out, const QByteArray& name, const QByteArray& type, const QByteArray& help)
{
    out += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

void Metrics::observe(const QString& route, const QByteArray& method, int status, qint64 microseconds)
{
    const double seconds = static_cast<double>(microseconds) / 1e6;
    std::lock_guard lock(m_mutex);
    Route& r = m_routes[route];
    ++r.responses[{method, status}];
    ++r.observations;
    r.seconds += seconds;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i])
            ++r.buckets[i];
    }
}

void Metrics::count(Event event)
{
    switch (event) {
    case Event::AccountLockout:
        ++m_lockouts;
        break;
    case Event::SuspiciousActivity:
        ++m_suspicious;
        break;
    case Event::SignInFailure:
        ++m_signInFailures;
        break;
    }
}

void Metrics::addCounter(const QByteArray& name, const QByteArray& help, Series series)
{
    std::lock_guard lock(m_mutex);
    m_readers.append({name, help, std::move(series)});
}

qint64 Metrics::residentBytes()
{
    // Linux: the second field of statm is resident pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

QByteArray Metrics::render() const
{
    QByteArray out;
    std::lock_guard lock(m_mutex);
    QStringList routes = m_routes.keys();
    std::sort(routes.begin(), routes.end());

    header(out, "leadscope_http_requests_total", "counter", "Answered requests by route, method and status.");
    qint64 storeErrors = 0;
    qint64 rateLimited = 0;
    qint64 syncPages = 0;
    for (const QString& name : routes) {
        const Route& route = m_routes[name];
        QList<QPair<QByteArray, int>> keys = route.responses.keys();
        std::sort(keys.begin(), keys.end());
        for (const auto& key : keys) {
            const qint64 n = route.responses[key];
            out += "leadscope_http_requests_total{route=\"" + label(name.toUtf8()) + "\",method=\"" + label(key.first) +
                   "\",status=\"" + QByteArray::number(key.second) + "\"} " + QByteArray::number(n) + '\n';
            if (key.second == 503)
                storeErrors += n; // the server answers 503 only when its store fails
            if (key.second == 429)
                rateLimited += n;
            if (key.second == 200 && name == QLatin1String("/api/v1/sync"))
                syncPages += n;
        }
    }
    header(out, "leadscope_http_errors_total", "counter", "Requests answered with a 5xx status, by route.");
    for (const QString& name : routes) {
        qint64 errors = 0;
        const Route& route = m_routes[name];
        for (auto it = route.responses.cbegin(); it != route.responses.cend(); ++it) {
            if (it.key().second >= 500)
                errors += it.value();
        }
        out +=
            "leadscope_http_errors_total{route=\"" + label(name.toUtf8()) + "\"} " + QByteArray::number(errors) + '\n';
    }
    header(out, "leadscope_http_request_duration_seconds", "histogram", "Time from request to answer, by route.");
    for (const QString& name : routes) {
        const Route& route = m_routes[name];
        const QByteArray r = "route=\"" + label(name.toUtf8()) + '"';
        for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i)
            out += "leadscope_http_request_duration_seconds_bucket{" + r + ",le=\"" + number(kLatencyBuckets[i]) +
                   "\"} " + QByteArray::number(route.buckets[i]) + '\n';
        out += "leadscope_http_request_duration_seconds_bucket{" + r + ",le=\"+Inf\"} " +
               QByteArray::number(route.observations) + '\n';
        out += "leadscope_http_request_duration_seconds_sum{" + r + "} " + number(route.seconds) + '\n';
        out +=
            "leadscope_http_request_duration_seconds_count{" + r + "} " + QByteArray::number(route.observations) + '\n';
    }

    const auto counter = [&out](const QByteArray& name, const QByteArray& help, qint64 value) {
        header(out, name, "counter", help);
        out += name + ' ' + QByteArray::number(value) + '\n';
    };
    counter("leadscope_store_errors_total", "Requests that failed because the store could not be reached.",
            storeErrors);
    counter("leadscope_rate_limited_total", "Requests refused by a rate limit (sign-in sources, site hits).",
            rateLimited);
    counter("leadscope_sync_pages_served_total", "Pages of /api/v1/sync served.", syncPages);
    counter("leadscope_sign_in_failures_total", "Sign-in attempts with a wrong password or 2FA code.",
            m_signInFailures.load());
    counter("leadscope_lockouts_total", "Accounts locked after repeated failed sign-ins.", m_lockouts.load());
    counter("leadscope_suspicious_activity_total",
            "Bursts of failed sign-ins in one organisation (each is also an audit event).", m_suspicious.load());
    for (const Reader& reader : m_readers) {
        header(out, reader.name, "counter", reader.help);
        for (const auto& [labels, read] : reader.series)
            out += reader.name + (labels.isEmpty() ? QByteArray() : '{' + labels + '}') + ' ' +
                   QByteArray::number(read()) + '\n';
    }

    header(out, "leadscope_process_resident_memory_bytes", "gauge", "Resident memory of the server process.");
    out += "leadscope_process_resident_memory_bytes " + QByteArray::number(residentBytes()) + '\n';
    return out;
}

} // namespace leadscope::server
