#include "server/domain/Annotations.h"

#include "server/domain/ChangeLog.h"
#include "server/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace leadscope::server {

bool Annotations::put(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                      const Annotation& annotation, const QByteArray& payload, QString* error)
{
    const QString tags =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(annotation.tags)).toJson(QJsonDocument::Compact));
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(
               query,
               QStringLiteral("INSERT INTO annotations (org_id, company_id, tags, note, status, assignee, updated_at, "
                              "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, company_id) DO "
                              "UPDATE SET tags = excluded.tags, note = excluded.note, status = excluded.status, "
                              "assignee = excluded.assignee, updated_at = excluded.updated_at, "
                              "updated_by = excluded.updated_by"),
               {orgId, annotation.companyId, tags, annotation.note, annotation.status,
                annotation.assignee.isEmpty() ? QVariant() : QVariant(annotation.assignee), nowMs, userId},
               error) &&
           ChangeLog::append(db, orgId,
                             {{ChangeLog::Entity::Annotation, ChangeLog::Op::Upsert, annotation.companyId, payload}},
                             nowMs, error) &&
           transaction.commit(error);
}

} // namespace leadscope::server
