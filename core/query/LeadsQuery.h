#pragma once

#include "core/cache/Cache.h"
#include "protocol/LeadFilter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace leadscope::core {

// The leads list over the cache, for the UI (no SQL in ui/): filters and
// sort done in SQL, keyset paging (a page continues after the last row of
// the previous one, so scrolling stays fast however far down it goes).
// The figures come from company_stats, which triggers keep current as
// visits sync in; the lead score is computed for the rows of a page only.
class LeadsQuery
{
public:
    // The shared filter language (docs/FILTERS.md); this class is its SQL over the cache.
    using Filter = protocol::LeadFilter;

    // Every column of the list sorts; each has a natural direction (names
    // A–Z, figures and dates biggest first, statuses in workflow order), the
    // one a first click on its header gives.
    enum class Sort
    {
        LastVisit, // newest first
        Name,      // A–Z
        Visits,    // most first
        Pageviews, // most first
        Industry,  // A–Z
        City,      // A–Z
        Size,      // biggest employee band first
        Score,     // highest first
        Status,    // new, contacted, qualified, customer, not interested
        Assignee,  // by the colleague's name, A–Z
        Tags,      // A–Z by the tags as shown
        Match,     // how surely the company was identified: its best match, high first
    };
    static Qt::SortOrder naturalOrder(Sort sort);

    // A sort and its direction; converts from a Sort (its natural direction).
    struct Order
    {
        Order(Sort sort = Sort::LastVisit)
            : by(sort)
            , direction(naturalOrder(sort))
        {
        }
        Order(Sort sort, Qt::SortOrder order)
            : by(sort)
            , direction(order)
        {
        }
        Sort by;
        Qt::SortOrder direction;
        bool operator==(const Order&) const = default;
    };

    struct Row
    {
        QString id;
        QString name;
        QString city;
        QString industry;
        QString sizeBand;
        qint64 visits = 0; // within the filter's period when it has one; all time otherwise
        qint64 pageviews = 0;
        qint64 lastVisit = 0;
        QString status;
        QString assignee;
        QStringList tags;
        bool unseen = false; // visits since the profile was last opened
        int score = 0;
        QStringList scoreReasons;
        QString registryNumber;
        QString website;
        QString phone;
        QString assigneeName; // the colleague's name (e-mail) from the team list; the id when unknown
        QVariant sortKey;     // the value the list was ordered by (for the next page's cursor)
        int confidence = 0;   // its best match: 1 low, 2 medium, 3 high; 0 not known (docs/MATCHING.md)

        bool operator==(const Row&) const = default;
    };

    // Where the previous page ended: its last row's sort value and id.
    struct Cursor
    {
        QVariant key;
        QString id;
    };

    explicit LeadsQuery(Cache& cache);

    // Up to `limit` rows after `after` (none: the first page). False + *error.
    bool page(const Filter& filter, const Order& order, const std::optional<Cursor>& after, int limit, QList<Row>* rows,
              QString* error);
    bool page(const Filter& filter, const std::optional<Cursor>& after, int limit, QList<Row>* rows, QString* error)
    {
        return page(filter, Order(), after, limit, rows, error);
    }
    // Where the next page starts: after `row` of a page read in any order.
    static Cursor cursorAfter(const Row& row) { return {row.sortKey, row.id}; }
    // How many companies the filter matches (for the saved segments' counts).
    bool count(const Filter& filter, qint64* result, QString* error);
    // The distinct values a filter can choose from (cities, industries, …).
    enum class Facet
    {
        City,
        Industry,
        SizeBand,
        Website,
        Tag,
        Assignee,
    };
    bool values(Facet facet, QStringList* result, QString* error);

    // Marks the company's visits up to now as seen (it stops showing bold).
    static bool markSeen(Cache& cache, const QString& companyId, QString* error);
    // Shows the company as new again (bold, in "New since I last looked") until it is opened.
    static bool markUnseen(Cache& cache, const QString& companyId, QString* error);
    // Every company the filter matches, as seen now ("Mark all as seen").
    bool markAllSeen(const Filter& filter, QString* error);

    // A rule's "test on history": the visits that started at or after
    // `fromMs` on which a rule with this filter (one that fits a rule,
    // LeadFilter::fitsARule) fires — the server's LeadMatcher::firesOn over
    // the cache, in SQL, in no particular order. *visits gets how many visits
    // started in that time at all (the share a rule would act on).
    struct Firing
    {
        QString visitId;
        QString companyId;
        qint64 startedAt = 0;
    };
    bool ruleFirings(const Filter& filter, qint64 fromMs, QList<Firing>* firings, qint64* visits, QString* error);
    // The same firings counted per company (what the rule editor shows), the
    // companies with the most firings first: cheaper than every visit.
    struct Trial
    {
        qint64 visits = 0;  // that started since fromMs
        qint64 firings = 0; // of them, those the rule fires on
        QList<std::pair<QString, qint64>> companies;
    };
    bool ruleTrial(const Filter& filter, qint64 fromMs, Trial* trial, QString* error);

    // SQL selecting the ids of the companies the filter matches (for other
    // queries restricted to a segment); appends its parameters to *binds.
    QString companyIds(const Filter& filter, QVariantList* binds) const;

    static QString ftsPrefixQuery(const QString& text);
    // Whether a search (an ftsPrefixQuery) matches so many companies that walking
    // the newest-first index until `limit` rows match beats sorting every match.
    bool searchIsCommon(const QString& fts, int limit) const;
    // "now" for the score's recency; tests pin it.
    void setNow(qint64 nowMs) { m_now = nowMs; }
    // The lead score reads every page view of the page's companies; a caller
    // that shows no score (an export without that column) can skip it.
    void setScoring(bool on) { m_scoring = on; }

private:
    // `walkTheOrder`: the search is checked row by row along the sort's index
    // (see searchIsCommon) instead of driving the query. `paging`: for a page
    // of rows (a LIMIT along an order), not the whole set (see visitConditions).
    QString where(const Filter& filter, QVariantList* binds, bool walkTheOrder = false, bool paging = false) const;
    // The conditions on a company's visits (any visit's site, source, campaign or
    // page; one visit's conditions) and its target list, appended with their binds.
    // A visited page is checked per company for a page of rows (the first few
    // along the order are found soon) and as one pass over the page views for
    // a whole set (a count, an export: per company it reads every page view of
    // every candidate at random — 130 s at a million companies, 2 s in one pass).
    static void visitConditions(const Filter& filter, QStringList* conditions, QVariantList* binds, bool paging);
    // The conditions on one visit `v` (LeadFilter::VisitConditions), each with " AND ";
    // `fromMs`: no visit that matters started before it (0: any).
    static QString visitWhere(const Filter::VisitConditions& visit, QVariantList* binds, qint64 fromMs = 0);
    // FROM … WHERE of the visits since fromMs a rule with this filter fires on (alias v).
    QString ruleSql(const Filter& filter, qint64 fromMs, QVariantList* binds) const;
    bool visitsSince(qint64 fromMs, qint64* visits, QString* error);

    Cache& m_cache;
    qint64 m_now = 0;
    bool m_scoring = true;
};

} // namespace leadscope::core
