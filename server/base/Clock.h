#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
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

    // How times appear in the API: ISO 8601 in UTC with milliseconds, exactly
    // as QDateTime's Qt::ISODateWithMs writes them ("2026-12-07T05:29:28.123+00:00"
    // with Qt 6.4, "…28.123Z" with 6.5 and later).
    static QString iso(qint64 unixMs);
    // The same text as ASCII bytes, for JSON written without QString.
    static QByteArray isoAscii(qint64 unixMs);

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace leadscope::server
