#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// What an organisation's websites received per day that the visits do not
// show (docs/MATCHING.md): hits tied to a company ("company"), hits of
// people not tied to one by why ("isp", "mobile", "unknown",
// "unregistered", "education", "government", "hosting", a correction's
// "isp"/"not_company"), and bot hits by reason ("bot:crawler", …). Counts
// only; VisitRecorder adds to them in each ingest batch.
class TrafficCounts
{
public:
    struct Row
    {
        QString siteId;
        QString website; // the site's domain ('' for counts kept before they were per website)
        QString day;     // YYYY-MM-DD (UTC)
        QString kind;
        qint64 hits = 0;
    };
    static bool list(QSqlDatabase db, const QString& orgId, const QString& fromDay, const QString& toDay,
                     QList<Row>* rows, QString* error);
    // Counts older than this day go (the daily purge): they outlive no visit by more than a year.
    static bool purgeBefore(QSqlDatabase db, const QString& day, QString* error);
};

} // namespace leadscope::server
