#include "server/base/Clock.h"

#include <QTimeZone>

#include <chrono>

namespace leadscope::server {

namespace {

// Years 1 to 9999 as std::chrono's civil calendar gives them; anything else
// (which no stored time is) as QDateTime writes it. QDateTime::toString was
// 6 % of the ingest writer's time (perf), for three times in every hit's payloads.
constexpr qint64 kFirstMs = -62'135'596'800'000; // 0001-01-01T00:00:00.000Z
constexpr qint64 kLastMs = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z

void put(char* at, int digits, unsigned value)
{
    for (int i = digits - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

QByteArray Clock::isoAscii(qint64 unixMs)
{
    if (unixMs < kFirstMs || unixMs > kLastMs)
        return QDateTime::fromMSecsSinceEpoch(unixMs, QTimeZone::utc()).toString(Qt::ISODateWithMs).toLatin1();
    using namespace std::chrono;
    const sys_time<milliseconds> at{milliseconds{unixMs}};
    const sys_days day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss time{at - day};
    // The zone as this Qt writes it for UTC: "+00:00" (Qt 6.4) or "Z" (6.5 on).
    static const QByteArray zone =
        QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()).toString(Qt::ISODateWithMs).toLatin1().mid(23);
    QByteArray text = QByteArrayLiteral("0000-00-00T00:00:00.000") + zone;
    char* out = text.data();
    put(out, 4, unsigned(int(date.year())));
    put(out + 5, 2, unsigned(date.month()));
    put(out + 8, 2, unsigned(date.day()));
    put(out + 11, 2, unsigned(time.hours().count()));
    put(out + 14, 2, unsigned(time.minutes().count()));
    put(out + 17, 2, unsigned(time.seconds().count()));
    put(out + 20, 3, unsigned(time.subseconds().count()));
    return text;
}

QString Clock::iso(qint64 unixMs)
{
    return QString::fromLatin1(isoAscii(unixMs));
}

} // namespace leadscope::server
