#include "RelativeTime.h"

#include <QLocale>

namespace leadscope::ui {

QString RelativeTime::describe(const QDateTime& when, const QDateTime& now)
{
    const QLocale locale;
    const qint64 seconds = when.secsTo(now);
    const qint64 days = when.date().daysTo(now.date());
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    if (seconds < 60 && seconds > -60)
        return tr("just now");
    if (seconds > 0 && seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (days == 0 && seconds > 0)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (days == 1)
        return tr("yesterday %1").arg(time);
    if (days > 1 && days < 7)
        return tr("%1 %2").arg(locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat), time);
    if (when.date().year() == now.date().year())
        return locale.toString(when.date(), tr("d MMM", "a date in this year"));
    return locale.toString(when.date(), tr("d MMM yyyy", "a date in another year"));
}

QString RelativeTime::exact(const QDateTime& when)
{
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(when.date(), QLocale::LongFormat),
                            locale.toString(when.time(), QLocale::ShortFormat));
}

} // namespace leadscope::ui
