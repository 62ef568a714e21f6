#include "server/domain/DpaAcceptances.h"

#include "server/store/Sql.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace leadscope::server {

bool DpaAcceptances::latest(QSqlDatabase db, const QString& orgId, Acceptance* acceptance, bool* found, QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT version, user_email, accepted_at FROM dpa_acceptances WHERE org_id = ? "
                                      "ORDER BY accepted_at DESC LIMIT 1"),
                       {orgId}, &row, found, error))
        return false;
    if (*found)
        *acceptance = {row[0].toString(), row[1].toString(), row[2].toLongLong()};
    return true;
}

bool DpaAcceptances::hasAccepted(QSqlDatabase db, const QString& orgId, const QString& version, bool* accepted,
                                 QString* error)
{
    QVariantList row;
    return Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM dpa_acceptances WHERE org_id = ? AND version = ?"),
                         {orgId, version}, &row, accepted, error);
}

bool DpaAcceptances::accept(QSqlDatabase db, qint64 nowMs, const QString& orgId, const Audit::Actor& admin,
                            const QString& version, QString* error)
{
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO dpa_acceptances (org_id, version, user_id, user_email, accepted_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (org_id, version) DO NOTHING"),
                   {orgId, version, admin.userId, admin.email, nowMs}, error))
        return false;
    const bool inserted = query.numRowsAffected() == 1;
    return (!inserted || Audit::record(db, nowMs, orgId, admin, QStringLiteral("dpa_accepted"),
                                       QJsonObject{{QStringLiteral("version"), version}}, error)) &&
           transaction.commit(error);
}

} // namespace leadscope::server
