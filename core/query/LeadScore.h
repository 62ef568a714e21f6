#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace leadscope::core {

// How worth a call a company is, 0–100, from what it did on the site — a
// deterministic sum of five parts with diminishing returns (docs/LEAD_SCORE.md):
//   recency   30  30·e^(−days/7): 30 now, 26 a day ago, 11 after a week
//   frequency 25  25·(1−e^(−visits/4)): 1 visit 6, 3 visits 13, 10 visits 23
//   intent    25  25·(1−e^(−views/3)) for views of pricing, contact or demo pages
//   duration  10  10·(1−e^(−minutes/8)) for the time on the site
//   size      10  10 for 50+ employees, 6 for 10–49, 3 for 2–9
// Each part that adds points comes with a reason the UI shows.
class LeadScore
{
    Q_DECLARE_TR_FUNCTIONS(LeadScore)

public:
    struct Inputs
    {
        qint64 lastVisit = 0; // ms
        qint64 visits = 0;
        qint64 intentViews = 0;
        qint64 seconds = 0; // time on the site, all visits
        QString sizeBand;   // registry employee band ("1", "2-4", …, "500+")
    };

    struct Result
    {
        int score = 0;
        QStringList reasons; // translated, biggest part first
    };

    static Result compute(const Inputs& inputs, qint64 nowMs);
    // The score alone, without the reasons' words (the leads list's sort key).
    static int points(const Inputs& inputs, qint64 nowMs);
    // Registers lead_score(last_visit, visits, intent_views, seconds,
    // employee_band, now) on an SQLite connection: points() in SQL, so that
    // a list sorts by the very number it shows.
    static bool registerSqlFunction(sqlite3* db, QString* error);
    // Words in a page path that show buying intent (English, Dutch, German).
    static const QStringList& intentWords();
    // An SQL condition true when `column` (a path) holds an intent word.
    static QString intentCondition(const QString& column);
    // Recomputes company_stats.intent_views and .seconds (the score's page-view
    // signals) for the companies `where` selects (a condition on company_stats).
    static QString refreshSignalsSql(const QString& where);
    // The same for every company with page views, in one pass over them (the
    // end of a cache's first sync, which leaves the signals to its end).
    static QString refreshAllSignalsSql();
    // The lower bound of an employee band ("10-19" → 10, "500+" → 500).
    static int employeesAtLeast(const QString& sizeBand);
};

} // namespace leadscope::core
