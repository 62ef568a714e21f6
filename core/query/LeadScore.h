#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace leadscope::core {

// How worth a call a company is, 0–100, from what it did on the site — a
// deterministic sum of five capped parts (docs/LEAD_SCORE.md):
//   recency   30  last visit today 30, this week 20, this month 10
//   frequency 25  5 per visit
//   intent    25  10 per view of a pricing, contact or demo page
//   duration  10  10 for 10+ minutes on the site, 5 for 3+
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
    // The lower bound of an employee band ("10-19" → 10, "500+" → 500).
    static int employeesAtLeast(const QString& sizeBand);
};

} // namespace leadscope::core
