#include "LeadsQuery.h"

#include <QRegularExpression>

namespace leadscope::core {

LeadsQuery::LeadsQuery(Cache& cache)
    : m_cache(cache)
{
}

QString LeadsQuery::ftsPrefixQuery(const QString& text)
{
    // Each word as a quoted prefix term: what the user typed is never FTS syntax.
    QStringList terms;
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}]+"));
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        terms << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    return terms.join(u' ');
}

QString LeadsQuery::where(const Filter& filter, QVariantList* binds) const
{
    QStringList conditions;
    if (filter.lastVisitFrom > 0) {
        conditions << QStringLiteral("s.last_visit >= ?");
        *binds << filter.lastVisitFrom;
    }
    if (filter.lastVisitTo > 0) {
        conditions << QStringLiteral("s.last_visit <= ?");
        *binds << filter.lastVisitTo;
    }
    const auto exact = [&](const QString& value, const char* column) {
        if (!value.isEmpty()) {
            conditions << QLatin1String(column) + QStringLiteral(" = ?");
            *binds << value;
        }
    };
    exact(filter.city, "c.city");
    exact(filter.industry, "c.sbi_label");
    exact(filter.sizeBand, "c.employee_band");
    exact(filter.assignee, "a.assignee");
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("coalesce(a.status, 'new') = ?");
        *binds << filter.status;
    }
    if (filter.minVisits > 0) {
        conditions << QStringLiteral("s.visits >= ?");
        *binds << filter.minVisits;
    }
    if (!filter.tag.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)");
        *binds << filter.tag;
    }
    const QString fts = ftsPrefixQuery(filter.search);
    if (!fts.isEmpty()) {
        conditions << QStringLiteral("c.rowid IN (SELECT rowid FROM company_search WHERE company_search MATCH ?)");
        *binds << fts;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND "));
}

bool LeadsQuery::page(const Filter& filter, const std::optional<Cursor>& after, int limit, QList<Row>* rows,
                      QString* error)
{
    rows->clear();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT c.id, c.name, c.city, c.sbi_label, c.employee_band, s.visits, s.pageviews, "
                                 "s.last_visit, coalesce(a.status, 'new'), coalesce(a.assignee, ''), "
                                 "coalesce(a.tags, '[]') FROM company_stats s JOIN companies c ON c.id = s.company_id "
                                 "LEFT JOIN annotations a ON a.company_id = c.id WHERE 1") +
                  where(filter, &binds);
    if (after) {
        sql += QStringLiteral(" AND (s.last_visit < ? OR (s.last_visit = ? AND s.company_id < ?))");
        binds << after->lastVisit << after->lastVisit << after->id;
    }
    sql += QStringLiteral(" ORDER BY s.last_visit DESC, s.company_id DESC LIMIT ?");
    binds << limit;
    SqliteStatement query = m_cache.db().prepare(sql, error);
    if (!query.isValid())
        return false;
    for (int i = 0; i < binds.size(); ++i)
        query.bindVariant(i + 1, binds[i]);
    while (query.next()) {
        rows->append(Row{query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.int64(5),
                         query.int64(6), query.int64(7), query.text(8), query.text(9), query.text(10)});
    }
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool LeadsQuery::count(const Filter& filter, qint64* result, QString* error)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM company_stats s JOIN companies c ON c.id = s.company_id "
                                       "LEFT JOIN annotations a ON a.company_id = c.id WHERE 1") +
                        where(filter, &binds);
    SqliteStatement query = m_cache.db().prepare(sql, error);
    if (!query.isValid())
        return false;
    for (int i = 0; i < binds.size(); ++i)
        query.bindVariant(i + 1, binds[i]);
    if (!query.next()) {
        *error = query.error();
        return false;
    }
    *result = query.int64(0);
    return true;
}

} // namespace leadscope::core
