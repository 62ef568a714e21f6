#pragma once

#include "LeadsQuery.h"

#include "core/cache/Cache.h"

#include <QDate>
#include <QList>
#include <QString>

namespace leadscope::core {

// The dashboard's figures for a period of local days, and the same for the
// period before it, over all companies or a segment.
class DashboardQuery
{
public:
    struct Period
    {
        // The last `days` complete days, ending yesterday: a day still under
        // way would compare a part of today with whole days before it.
        static Period lastDays(int days, const QDate& today);
        QDate from; // inclusive
        QDate to;   // inclusive
        int days() const { return int(from.daysTo(to)) + 1; }
        Period previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    };

    struct Kpis
    {
        qint64 companies = 0;    // identified companies that visited
        qint64 newCompanies = 0; // …of which this was their first visit ever
        qint64 visits = 0;
        qint64 pageviews = 0;
        double pagesPerVisit() const { return visits > 0 ? double(pageviews) / double(visits) : 0.0; }
    };

    struct Item
    {
        QString label; // as stored: an industry, a path, a source class, a campaign
        qint64 count = 0;
    };

    struct Day
    {
        QDate day;
        qint64 visits = 0;
        qint64 pageviews = 0;
    };

    struct Figures
    {
        Kpis current;
        Kpis previous;
        QList<Day> perDay;         // one per day of the period, zeros included
        QList<Day> previousPerDay; // the same for the period before, day for day
        QList<Item> industries;    // companies per industry
        QList<Item> pages;         // page views per path
        QList<Item> sources;       // visits per referrer class
        QList<Item> campaigns;     // visits per UTM campaign
    };

    explicit DashboardQuery(Cache& cache);
    // segment: restricts everything to its companies (empty filter: all).
    bool figures(const Period& period, const LeadsQuery::Filter& segment, int top, Figures* result, QString* error);
    bool kpis(const Period& period, const LeadsQuery::Filter& segment, Kpis* result, QString* error);

private:
    bool days(const Period& period, const LeadsQuery::Filter& segment, QList<Day>* result, QString* error);
    QString scope(const LeadsQuery::Filter& segment, QVariantList* binds) const;
    bool top(const QString& sql, const Period& period, const LeadsQuery::Filter& segment, int limit,
             QList<Item>* result, QString* error);

    Cache& m_cache;
};

} // namespace leadscope::core
