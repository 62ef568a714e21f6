#pragma once

#include "core/cache/Cache.h"

#include <QList>
#include <QString>

#include <optional>

namespace leadscope::core {

// The leads list over the cache, for the UI (no SQL in ui/): filters and
// sort done in SQL, keyset paging (a page continues after the last row of
// the previous one, so scrolling stays fast however far down it goes).
// Sorted by last visit, newest first; the figures come from company_stats,
// which triggers keep current as visits sync in.
class LeadsQuery
{
public:
    struct Filter
    {
        qint64 lastVisitFrom = 0; // ms; 0 = no bound
        qint64 lastVisitTo = 0;
        QString city;     // exact
        QString industry; // SBI label, exact
        QString sizeBand; // employee band, exact
        int minVisits = 0;
        QString search; // prefix search over name, trade name, city, website
        QString status; // annotation status
        QString tag;
        QString assignee;
    };

    struct Row
    {
        QString id;
        QString name;
        QString city;
        QString industry;
        QString sizeBand;
        qint64 visits = 0;
        qint64 pageviews = 0;
        qint64 lastVisit = 0;
        QString status;
        QString assignee;
        QString tags; // JSON array as synced
    };

    struct Cursor
    {
        qint64 lastVisit = 0;
        QString id;
    };

    explicit LeadsQuery(Cache& cache);

    // Up to `limit` rows after `after` (none: the first page). False + *error.
    bool page(const Filter& filter, const std::optional<Cursor>& after, int limit, QList<Row>* rows, QString* error);
    // How many companies the filter matches (for the saved segments' counts).
    bool count(const Filter& filter, qint64* result, QString* error);

    static QString ftsPrefixQuery(const QString& text);

private:
    QString where(const Filter& filter, QVariantList* binds) const;

    Cache& m_cache;
};

} // namespace leadscope::core
