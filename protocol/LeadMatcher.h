#pragma once

#include "protocol/LeadFilter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::protocol {

// A LeadFilter over one company and its visits in memory: what the server
// runs as a visit is recorded (rules) and what the desktop's SQL over its
// cache (core::LeadsQuery) answers for the same data — a test holds the two
// to the same answer (TestLeadFilter). Meaning of each condition: docs/FILTERS.md.
class LeadMatcher
{
public:
    struct Visit
    {
        QString website; // host
        QString source;  // referrer class
        QString campaign;
        qint64 startedAt = 0; // ms
        qint64 endedAt = 0;   // the latest page view (ms)
        int pageviews = 0;
        QStringList paths;  // the pages viewed
        int confidence = 0; // how surely its company was matched: 1 low, 2 medium, 3 high; 0 not known
    };
    struct Company
    {
        QString id;
        QString registryNumber; // the register's number (the server fills it; not filtered on)
        QString name;
        QString tradeName;
        QString city;
        QString country;
        QString website;
        QString industry; // SBI label
        QString sbiCode;
        QString sizeBand;
        QString status; // empty: "new"
        QString assignee;
        QStringList tags;
        QStringList lists;    // the target-account lists it is on (ids)
        qint64 seenUntil = 0; // this user looked at it up to here (ms; 0 = never)
        QList<Visit> visits;
    };

    // `nowMs` is when "the last N days" are counted from (local days).
    LeadMatcher(const LeadFilter& filter, qint64 nowMs);

    // A company without a visit matches no filter (the lists are of visitors).
    bool matches(const Company& company) const;

    // A rule's question about one visit of a company (its filter fits a rule,
    // LeadFilter::fitsARule): do the company's conditions and the visit's all
    // hold? `previousStart` is when the company's latest earlier visit
    // started (0: this is its first). The answer says why: each condition
    // that was set, with what held it — {"city": "Utrecht", "page":
    // "/prijzen", "pages": 3, "minutes": 4, "first": true,
    // "days_since_previous": 5, …} (docs/RULES.md).
    std::optional<QJsonObject> firesOn(const Company& company, const Visit& visit, qint64 previousStart) const;

    // Whether firesOn can hold at all, from what is cheap to know (false:
    // firesOn is false too; true: ask firesOn), in two halves for a batch of
    // visits of few companies: the company's conditions, once per company, and
    // the visit's site, counts, source and campaign — not its pages or its
    // company's earlier visits.
    bool companyMayFire(const Company& company) const { return companyHolds(company, nullptr); }
    bool visitMayFire(const Visit& visit) const;

    // The visit conditions alone; `why` (optional) gets what held them.
    static bool visitHolds(const LeadFilter::VisitConditions& conditions, const Visit& visit, qint64 previousStart,
                           QJsonObject* why = nullptr);

    // The words a search looks in, as SQLite FTS5's unicode61 tokenizer
    // makes them: runs of letters and digits, lower case, accents removed.
    static QStringList words(const QString& text);

private:
    bool matchesSearch(const Company& company) const;
    // The conditions on the company's own data and its team's notes.
    bool companyHolds(const Company& company, QJsonObject* why) const;

    LeadFilter m_filter;
    LeadFilter::VisitConditions m_cheapVisit; // without pages and earlier visits: visitMayFire's part
    qint64 m_lastVisitFrom = 0;               // the tightest of lastVisitFrom and lastVisitWithinDays
    QList<QStringList> m_phrases;             // the search, word by word as FTS5 reads it
};

} // namespace leadscope::protocol
