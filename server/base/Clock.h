#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

#include <atomic>

namespace leadscope::server {

// The server's notion of "now", injectable so tests can move time instead of
// waiting for it (lockouts, token expiry, retention).
class Clock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(); }
    qint64 nowSeconds() const { return nowMs() / 1000; }
    void advance(qint64 milliseconds) { m_offsetMs += milliseconds; }

    // How times appear in the API: ISO 8601 in UTC with milliseconds.
    static QString iso(qint64 unixMs)
    {
        return QDateTime::fromMSecsSinceEpoch(unixMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace leadscope::server
