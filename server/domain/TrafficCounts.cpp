#include "server/domain/TrafficCounts.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace leadscope::server {

bool TrafficCounts::list(QSqlDatabase db, const QString& orgId, const QString& fromDay, const QString& toDay,
                         QList<Row>* rows, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("SELECT t.site_id, coalesce(s.domain, ''), t.day, t.kind, t.hits FROM traffic_counts t "
                           "LEFT JOIN sites s ON s.id = t.site_id "
                           "WHERE t.org_id = ? AND t.day >= ? AND t.day <= ? ORDER BY t.day, t.site_id, t.kind"),
            {orgId, fromDay, toDay}, error))
        return false;
    while (query.next())
        rows->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong()});
    return true;
}

bool TrafficCounts::purgeBefore(QSqlDatabase db, const QString& day, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM traffic_counts WHERE day < ?"), {day}, error);
}

} // namespace leadscope::server
