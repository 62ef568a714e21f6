#include "FlowQuery.h"

#include "CompanyQuery.h"

#include <QHash>

#include <algorithm>

namespace leadscope::core {

namespace {

QList<DashboardQuery::Item> ranked(const QHash<QString, qint64>& counts, int limit)
{
    QList<DashboardQuery::Item> items;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        items.append({it.key(), it.value()});
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.label < b.label; });
    if (limit >= 0 && items.size() > limit)
        items.resize(limit);
    return items;
}

} // namespace

FlowQuery::FlowQuery(Cache& cache)
    : m_cache(cache)
{
}

namespace {

// Per step: visits per page, exits per page; per step pair: transitions.
struct Tally
{
    explicit Tally(int steps)
        : seen(steps)
        , left(steps)
        , moves(steps)
    {
    }
    QList<QHash<QString, qint64>> seen, left;
    QList<QHash<QPair<QString, QString>, qint64>> moves;
};

void buildSteps(const Tally& tally, int maxSteps, int nodesPerStep, FlowQuery::Flow* result)
{
    // Keep the most common pages of each step; the rest become "other" (empty path).
    QList<QHash<QString, int>> nodeOf(maxSteps);
    for (int i = 0; i < maxSteps; ++i) {
        if (tally.seen[i].isEmpty())
            break;
        QList<FlowQuery::Node> nodes;
        const QList<DashboardQuery::Item> top = ranked(tally.seen[i], -1);
        FlowQuery::Node other;
        for (const DashboardQuery::Item& item : top) {
            if (nodes.size() < nodesPerStep) {
                nodeOf[i].insert(item.label, int(nodes.size()));
                nodes.append({item.label, item.count, tally.left[i].value(item.label)});
            } else {
                other.visits += item.count;
                other.exits += tally.left[i].value(item.label);
            }
        }
        if (other.visits > 0) {
            for (const DashboardQuery::Item& item : top.mid(nodesPerStep))
                nodeOf[i].insert(item.label, int(nodes.size()));
            nodes.append(other);
        }
        result->steps.append(nodes);
    }
    for (int i = 0; i + 1 < result->steps.size(); ++i) {
        QHash<QPair<int, int>, qint64> merged;
        for (auto it = tally.moves[i].begin(); it != tally.moves[i].end(); ++it)
            merged[{nodeOf[i].value(it.key().first), nodeOf[i + 1].value(it.key().second)}] += it.value();
        for (auto it = merged.begin(); it != merged.end(); ++it)
            result->links.append({i, it.key().first, it.key().second, it.value()});
        std::sort(result->links.begin(), result->links.end(), [](const FlowQuery::Link& a, const FlowQuery::Link& b) {
            return std::tie(a.fromStep, a.fromNode, a.toNode) < std::tie(b.fromStep, b.fromNode, b.toNode);
        });
    }
}

} // namespace

bool FlowQuery::flow(const DashboardQuery::Period& period, const QString& website, const LeadsQuery::Filter& segment,
                     int maxSteps, int nodesPerStep, Flow* result, QString* error)
{
    *result = Flow{};
    maxSteps = std::max(1, maxSteps);
    QVariantList binds{CompanyQuery::startOfDayMs(period.from), CompanyQuery::startOfDayMs(period.to.addDays(1))};
    QString sql = QStringLiteral("SELECT v.id, p.path FROM visits v CROSS JOIN pageviews p ON p.visit_id = v.id "
                                 "WHERE v.started_at >= ? AND v.started_at < ?");
    if (!website.isEmpty()) {
        sql += QStringLiteral(" AND v.website = ?");
        binds << website;
    }
    if (!segment.isEmpty())
        sql += QStringLiteral(" AND v.company_id IN (") + LeadsQuery(m_cache).companyIds(segment, &binds) + u')';
    else
        sql += QStringLiteral(" AND v.company_id NOT IN (SELECT company_id FROM ignored_companies)");
    sql += QStringLiteral(" ORDER BY v.id, p.viewed_at, p.id");
    SqliteStatement q = m_cache.db().prepare(sql, error);
    if (!q.isValid())
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindVariant(i + 1, binds[i]);

    Tally tally(maxSteps);
    QHash<QString, qint64> entries, exits;
    QStringList path;
    QString visit;
    const auto finish = [&] {
        if (path.isEmpty())
            return;
        ++result->visits;
        ++entries[path.first()];
        ++exits[path.last()];
        const int steps = int(std::min<qsizetype>(path.size(), maxSteps));
        for (int i = 0; i < steps; ++i) {
            ++tally.seen[i][path[i]];
            if (i + 1 < path.size()) {
                if (i + 1 < maxSteps)
                    ++tally.moves[i][{path[i], path[i + 1]}];
            } else {
                ++tally.left[i][path[i]];
            }
        }
        path.clear();
    };
    while (q.next()) {
        const QString id = q.text(0);
        if (id != visit) {
            finish();
            visit = id;
        }
        path << q.text(1);
    }
    finish();
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    result->entryPages = ranked(entries, nodesPerStep * 2);
    result->exitPages = ranked(exits, nodesPerStep * 2);

    buildSteps(tally, maxSteps, nodesPerStep, result);
    return true;
}

} // namespace leadscope::core
