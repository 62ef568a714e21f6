#include "LeadScore.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace leadscope::core {

const QStringList& LeadScore::intentWords()
{
    static const QStringList words{
        QStringLiteral("pricing"), QStringLiteral("price"),   QStringLiteral("prijzen"), QStringLiteral("prijs"),
        QStringLiteral("preise"),  QStringLiteral("contact"), QStringLiteral("kontakt"), QStringLiteral("demo"),
        QStringLiteral("offerte"), QStringLiteral("quote"),   QStringLiteral("angebot"),
    };
    return words;
}

QString LeadScore::intentCondition(const QString& column)
{
    QStringList parts;
    for (const QString& word : intentWords())
        parts << QStringLiteral("instr(lower(%1), '%2') > 0").arg(column, word); // words are constants
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QString LeadScore::refreshSignalsSql(const QString& where)
{
    return QStringLiteral("UPDATE company_stats SET "
                          "intent_views = (SELECT count(*) FROM visits v CROSS JOIN pageviews p ON p.visit_id = v.id "
                          "WHERE v.company_id = company_stats.company_id AND %1), "
                          "seconds = (SELECT coalesce(sum(p.seconds), 0) FROM visits v CROSS JOIN pageviews p "
                          "ON p.visit_id = v.id WHERE v.company_id = company_stats.company_id) WHERE %2")
        .arg(intentCondition(QStringLiteral("p.path")), where);
}

QString LeadScore::refreshAllSignalsSql()
{
    // (A company without page views keeps its figures: none yet, in a first sync.)
    return QStringLiteral("UPDATE company_stats SET intent_views = s.intent_views, seconds = s.seconds FROM (SELECT "
                          "v.company_id, sum(%1) AS intent_views, coalesce(sum(p.seconds), 0) AS seconds FROM visits v "
                          "CROSS JOIN pageviews p ON p.visit_id = v.id GROUP BY v.company_id) s "
                          "WHERE s.company_id = company_stats.company_id")
        .arg(intentCondition(QStringLiteral("p.path")));
}

int LeadScore::employeesAtLeast(const QString& sizeBand)
{
    QString digits;
    for (const QChar c : sizeBand) {
        if (!c.isDigit())
            break;
        digits += c;
    }
    return digits.toInt();
}

namespace {

// The parts of the score, biggest first; `reasons` null: the points only (a sort key).
int sumParts(const LeadScore::Inputs& inputs, qint64 nowMs, QStringList* reasons)
{
    std::vector<std::pair<int, QString>> parts;
    const auto add = [&](int points, auto reason) {
        if (reasons)
            parts.emplace_back(points, reason());
        else
            parts.emplace_back(points, QString());
    };
    // Diminishing returns instead of steps and hard caps: a fifth visit still
    // counts a little, yesterday is worth more than last week, and scores
    // spread instead of piling up at a few values.
    const auto curve = [](double most, double amount, double scale) {
        return int(std::lround(most * (1.0 - std::exp(-amount / scale))));
    };
    if (inputs.lastVisit > 0) {
        const double days = double(std::max<qint64>(0, nowMs - inputs.lastVisit)) / 86'400'000.0;
        const int points = int(std::lround(30.0 * std::exp(-days / 7.0))); // a third left after a week
        if (points > 0) {
            const qint64 whole = qint64(days);
            add(points, [whole] {
                return whole < 1 ? LeadScore::tr("Visited today")
                                 : LeadScore::tr("Last visit %n day(s) ago", nullptr, int(whole));
            });
        }
    }
    if (inputs.visits > 0)
        add(curve(25.0, double(inputs.visits), 4.0), [&] { return LeadScore::tr("Visits: %1").arg(inputs.visits); });
    if (inputs.intentViews > 0)
        add(curve(25.0, double(inputs.intentViews), 3.0),
            [&] { return LeadScore::tr("Views of pricing, contact or demo pages: %1").arg(inputs.intentViews); });
    if (const int minutes = int(inputs.seconds / 60); minutes > 0)
        add(curve(10.0, double(inputs.seconds) / 60.0, 8.0),
            [minutes] { return LeadScore::tr("%n minute(s) on the site", nullptr, minutes); });
    const int employees = LeadScore::employeesAtLeast(inputs.sizeBand);
    if (employees >= 50)
        add(10, [] { return LeadScore::tr("50 or more employees"); });
    else if (employees >= 10)
        add(6, [] { return LeadScore::tr("10 to 49 employees"); });
    else if (employees >= 2)
        add(3, [] { return LeadScore::tr("2 to 9 employees"); });

    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    int score = 0;
    for (const auto& [points, reason] : parts) {
        if (points <= 0)
            continue;
        score += points;
        if (reasons)
            *reasons << LeadScore::tr("%1 (+%2)").arg(reason).arg(points);
    }
    return score;
}

} // namespace

LeadScore::Result LeadScore::compute(const Inputs& inputs, qint64 nowMs)
{
    Result result;
    result.score = sumParts(inputs, nowMs, &result.reasons);
    return result;
}

int LeadScore::points(const Inputs& inputs, qint64 nowMs)
{
    return sumParts(inputs, nowMs, nullptr);
}

bool LeadScore::registerSqlFunction(sqlite3* db, QString* error)
{
    const auto score = [](sqlite3_context* context, int, sqlite3_value** argv) {
        const auto* band = reinterpret_cast<const char*>(sqlite3_value_text(argv[4]));
        const Inputs inputs{sqlite3_value_int64(argv[0]), sqlite3_value_int64(argv[1]), sqlite3_value_int64(argv[2]),
                            sqlite3_value_int64(argv[3]), band ? QString::fromUtf8(band) : QString()};
        sqlite3_result_int(context, points(inputs, sqlite3_value_int64(argv[5])));
    };
    const int rc = sqlite3_create_function_v2(db, "lead_score", 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, score,
                                              nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace leadscope::core
