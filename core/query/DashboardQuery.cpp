#include "DashboardQuery.h"

#include "CompanyQuery.h"

#include <QDateTime>
#include <QHash>

namespace leadscope::core {

namespace {

SqliteStatement prepared(Cache& cache, const QString& sql, const QVariantList& binds, QString* error)
{
    SqliteStatement q = cache.db().prepare(sql, error);
    for (int i = 0; q.isValid() && i < binds.size(); ++i)
        q.bindVariant(i + 1, binds[i]);
    return q;
}

QVariantList range(const DashboardQuery::Period& period)
{
    return {CompanyQuery::startOfDayMs(period.from), CompanyQuery::startOfDayMs(period.to.addDays(1))};
}

} // namespace

DashboardQuery::DashboardQuery(Cache& cache)
    : m_cache(cache)
{
}

QString DashboardQuery::scope(const LeadsQuery::Filter& segment, QVariantList* binds) const
{
    // (companyIds leaves out what the team hides; without a segment, so does this.)
    if (segment.isEmpty())
        return QStringLiteral(" AND v.company_id NOT IN (SELECT company_id FROM ignored_companies)");
    return QStringLiteral(" AND v.company_id IN (") + LeadsQuery(m_cache).companyIds(segment, binds) + u')';
}

bool DashboardQuery::kpis(const Period& period, const LeadsQuery::Filter& segment, Kpis* result, QString* error)
{
    QVariantList binds = range(period);
    const QString sql = QStringLiteral("SELECT count(DISTINCT v.company_id), count(*), coalesce(sum(v.pageviews), 0) "
                                       "FROM visits v WHERE v.started_at >= ? AND v.started_at < ?") +
                        scope(segment, &binds);
    SqliteStatement q = prepared(m_cache, sql, binds, error);
    if (!q.isValid())
        return false;
    if (!q.next()) {
        *error = q.error();
        return false;
    }
    *result = Kpis{q.int64(0), 0, q.int64(1), q.int64(2)};
    q = SqliteStatement();
    // New: the company's first visit ever falls in the period.
    binds = range(period);
    const QString fresh =
        QStringLiteral("SELECT count(*) FROM company_stats s WHERE s.first_visit >= ? AND "
                       "s.first_visit < ?") +
        scope(segment, &binds).replace(QStringLiteral("v.company_id"), QStringLiteral("s.company_id"));
    q = prepared(m_cache, fresh, binds, error);
    if (!q.isValid())
        return false;
    if (!q.next()) {
        *error = q.error();
        return false;
    }
    result->newCompanies = q.int64(0);
    return true;
}

bool DashboardQuery::top(const QString& sql, const Period& period, const LeadsQuery::Filter& segment, int limit,
                         QList<Item>* result, QString* error)
{
    result->clear();
    QVariantList binds = range(period);
    const QString full = sql.arg(scope(segment, &binds));
    binds << limit;
    SqliteStatement q = prepared(m_cache, full, binds, error);
    if (!q.isValid())
        return false;
    while (q.next())
        result->append({q.text(0), q.int64(1)});
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

DashboardQuery::Period DashboardQuery::Period::lastDays(int days, const QDate& today)
{
    return {today.addDays(-std::max(1, days)), today.addDays(-1)};
}

bool DashboardQuery::days(const Period& period, const LeadsQuery::Filter& segment, QList<Day>* result, QString* error)
{
    result->clear();
    QHash<QDate, qsizetype> index;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        index.insert(day, result->size());
        result->append({day, 0, 0});
    }
    QVariantList binds = range(period);
    const QString sql =
        QStringLiteral("SELECT v.started_at, v.pageviews FROM visits v WHERE v.started_at >= ? AND v.started_at < ?") +
        scope(segment, &binds);
    SqliteStatement q = prepared(m_cache, sql, binds, error);
    if (!q.isValid())
        return false;
    while (q.next()) {
        const auto at = index.constFind(QDateTime::fromMSecsSinceEpoch(q.int64(0)).date());
        if (at == index.constEnd())
            continue;
        ++(*result)[*at].visits;
        (*result)[*at].pageviews += q.int64(1);
    }
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool DashboardQuery::figures(const Period& period, const LeadsQuery::Filter& segment, int limit, Figures* result,
                             QString* error)
{
    *result = Figures{};
    if (!kpis(period, segment, &result->current, error) || !kpis(period.previous(), segment, &result->previous, error))
        return false;

    if (!days(period, segment, &result->perDay, error) ||
        !days(period.previous(), segment, &result->previousPerDay, error))
        return false;
    return top(QStringLiteral("SELECT c.sbi_label, count(DISTINCT v.company_id) FROM visits v JOIN companies c ON "
                              "c.id = v.company_id WHERE v.started_at >= ? AND v.started_at < ? AND c.sbi_label <> '' "
                              "%1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"),
               period, segment, limit, &result->industries, error) &&
           top(QStringLiteral("SELECT p.path, count(*) FROM visits v CROSS JOIN pageviews p ON p.visit_id = v.id WHERE "
                              "v.started_at >= ? AND v.started_at < ? %1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"),
               period, segment, limit, &result->pages, error) &&
           top(QStringLiteral("SELECT v.referrer_class, count(*) FROM visits v WHERE v.started_at >= ? AND "
                              "v.started_at < ? AND v.referrer_class <> '' %1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"),
               period, segment, limit, &result->sources, error) &&
           top(QStringLiteral("SELECT v.utm_campaign, count(*) FROM visits v WHERE v.started_at >= ? AND "
                              "v.started_at < ? AND v.utm_campaign <> '' %1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"),
               period, segment, limit, &result->campaigns, error);
}

} // namespace leadscope::core
