#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace leadscope::ui {

// A moment as a person says it when it is recent ("5 min ago", "3 h ago",
// "yesterday 14:33", "Mon 09:12"), a date when it is not ("3 Nov",
// "3 Nov 2025"); the exact time goes in a tooltip (exact()).
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime& when, const QDateTime& now);
    static QString exact(const QDateTime& when);
};

} // namespace leadscope::ui
