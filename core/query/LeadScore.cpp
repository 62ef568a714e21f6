#include "LeadScore.h"

#include <algorithm>
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

LeadScore::Result LeadScore::compute(const Inputs& inputs, qint64 nowMs)
{
    std::vector<std::pair<int, QString>> parts;
    if (inputs.lastVisit > 0) {
        const qint64 days = std::max<qint64>(0, nowMs - inputs.lastVisit) / 86'400'000;
        if (days < 1)
            parts.emplace_back(30, tr("Visited today"));
        else if (days < 7)
            parts.emplace_back(20, tr("Visited this week"));
        else if (days < 30)
            parts.emplace_back(10, tr("Visited this month"));
    }
    if (inputs.visits > 0)
        parts.emplace_back(int(std::min<qint64>(25, inputs.visits * 5)), tr("Visits: %1").arg(inputs.visits));
    if (inputs.intentViews > 0)
        parts.emplace_back(int(std::min<qint64>(25, inputs.intentViews * 10)),
                           tr("Views of pricing, contact or demo pages: %1").arg(inputs.intentViews));
    if (inputs.seconds >= 600)
        parts.emplace_back(10, tr("More than 10 minutes on the site"));
    else if (inputs.seconds >= 180)
        parts.emplace_back(5, tr("More than 3 minutes on the site"));
    const int employees = employeesAtLeast(inputs.sizeBand);
    if (employees >= 50)
        parts.emplace_back(10, tr("50 or more employees"));
    else if (employees >= 10)
        parts.emplace_back(6, tr("10 to 49 employees"));
    else if (employees >= 2)
        parts.emplace_back(3, tr("2 to 9 employees"));

    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    Result result;
    for (const auto& [points, reason] : parts) {
        result.score += points;
        result.reasons << tr("%1 (+%2)").arg(reason).arg(points);
    }
    return result;
}

} // namespace leadscope::core
