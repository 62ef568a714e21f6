#include "server/domain/Audit.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace leadscope::server {

bool Audit::record(QSqlDatabase db, qint64 nowMs, const QString& orgId, const Actor& actor, const QString& action,
                   const QJsonObject& detail, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO audit_log (org_id, at, actor_id, actor_email, action, detail) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {orgId.isEmpty() ? QVariant() : orgId, nowMs, actor.userId.isEmpty() ? QVariant() : actor.userId,
                      actor.email.isEmpty() ? QVariant() : actor.email, action,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                     error);
}

bool Audit::list(QSqlDatabase db, const QString& orgId, const Filter& filter, QJsonArray* rows, QString* error)
{
    QString sql =
        QStringLiteral("SELECT id, at, actor_id, actor_email, action, detail FROM audit_log WHERE org_id = ?");
    QVariantList binds{orgId};
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << filter.action;
    }
    if (!filter.actorId.isEmpty()) {
        sql += QStringLiteral(" AND actor_id = ?");
        binds << filter.actorId;
    }
    if (filter.fromMs > 0) {
        sql += QStringLiteral(" AND at >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs > 0) {
        sql += QStringLiteral(" AND at < ?");
        binds << filter.toMs;
    }
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << filter.beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << filter.limit;
    QSqlQuery query(db);
    if (!Sql::exec(query, sql, binds, error))
        return false;
    while (query.next()) {
        rows->append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("at"), Clock::iso(query.value(1).toLongLong())},
            {QStringLiteral("actor_id"), query.value(2).isNull() ? QJsonValue() : query.value(2).toString()},
            {QStringLiteral("actor_email"), query.value(3).isNull() ? QJsonValue() : query.value(3).toString()},
            {QStringLiteral("action"), query.value(4).toString()},
            {QStringLiteral("detail"), QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()},
        });
    }
    return true;
}

} // namespace leadscope::server
