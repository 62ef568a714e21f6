#pragma once

#include "protocol/LeadFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

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
        QStringList paths;    // the pages viewed
    };
    struct Company
    {
        QString id;
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
        qint64 seenUntil = 0; // this user looked at it up to here (ms; 0 = never)
        QList<Visit> visits;
    };

    // `nowMs` is when "the last N days" are counted from (local days).
    LeadMatcher(const LeadFilter& filter, qint64 nowMs);

    // A company without a visit matches no filter (the lists are of visitors).
    bool matches(const Company& company) const;

    // The words a search looks in, as SQLite FTS5's unicode61 tokenizer
    // makes them: runs of letters and digits, lower case, accents removed.
    static QStringList words(const QString& text);

private:
    bool matchesSearch(const Company& company) const;

    LeadFilter m_filter;
    qint64 m_lastVisitFrom = 0;   // the tightest of lastVisitFrom and lastVisitWithinDays
    QList<QStringList> m_phrases; // the search, word by word as FTS5 reads it
};

} // namespace leadscope::protocol
