#include "server/domain/HubSpotCompanies.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"

namespace leadscope::server {

namespace {

const QString kColumns = QStringLiteral("h.company_id, h.hubspot_id, h.matched_by, h.registry_number, h.owner_id, "
                                        "h.first_at, h.updated_at");

HubSpotCompanies::Mapping fromRow(const QSqlQuery& q)
{
    HubSpotCompanies::Mapping m;
    m.companyId = q.value(0).toString();
    m.hubspotId = q.value(1).toString();
    m.matchedBy = q.value(2).toString();
    m.registryNumber = q.value(3).toString();
    m.ownerId = q.value(4).toString();
    m.firstAt = q.value(5).toLongLong();
    m.updatedAt = q.value(6).toLongLong();
    return m;
}

} // namespace

QJsonObject HubSpotCompanies::Mapping::toJson() const
{
    return {{QStringLiteral("company_id"), companyId},
            {QStringLiteral("company_name"), companyName},
            {QStringLiteral("hubspot_id"), hubspotId},
            {QStringLiteral("matched_by"), matchedBy},
            {QStringLiteral("owner_id"), ownerId},
            {QStringLiteral("first_at"), Clock::iso(firstAt)},
            {QStringLiteral("updated_at"), Clock::iso(updatedAt)}};
}

bool HubSpotCompanies::find(QSqlDatabase db, const QString& orgId, const QString& webhookId, const QString& companyId,
                            Mapping* out, bool* found, QString* error)
{
    QSqlQuery* q = Sql::execCached(db,
                                   u"SELECT " + kColumns +
                                       u" FROM hubspot_companies h WHERE h.org_id = ? AND h.webhook_id = ? AND "
                                       u"h.company_id = ?",
                                   {orgId, webhookId, companyId}, error);
    if (!q)
        return false;
    *found = q->next();
    if (*found)
        *out = fromRow(*q);
    q->finish();
    return true;
}

bool HubSpotCompanies::save(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                            const Mapping& m, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("INSERT INTO hubspot_companies (org_id, webhook_id, company_id, hubspot_id, "
                                          "matched_by, registry_number, owner_id, first_at, updated_at) VALUES (?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, webhook_id, company_id) DO UPDATE "
                                          "SET hubspot_id = excluded.hubspot_id, matched_by = excluded.matched_by, "
                                          "registry_number = excluded.registry_number, owner_id = excluded.owner_id, "
                                          "updated_at = excluded.updated_at"),
                           {orgId, webhookId, m.companyId, m.hubspotId, m.matchedBy, m.registryNumber, m.ownerId,
                            m.firstAt > 0 ? m.firstAt : nowMs, nowMs},
                           error) != nullptr;
}

bool HubSpotCompanies::forget(QSqlDatabase db, const QString& orgId, const QString& webhookId, const QString& companyId,
                              QString* error)
{
    return Sql::execCached(
               db,
               QStringLiteral("DELETE FROM hubspot_companies WHERE org_id = ? AND webhook_id = ? AND company_id = ?"),
               {orgId, webhookId, companyId}, error) != nullptr;
}

bool HubSpotCompanies::list(QSqlDatabase db, const QString& orgId, const QString& webhookId, int limit,
                            QList<Mapping>* out, QString* error)
{
    QSqlQuery* q = Sql::execCached(db,
                                   u"SELECT " + kColumns +
                                       u", COALESCE(c.name, '') FROM hubspot_companies h LEFT JOIN companies c ON "
                                       u"c.id = h.company_id WHERE h.org_id = ? AND h.webhook_id = ? ORDER BY "
                                       u"h.updated_at DESC, h.company_id LIMIT ?",
                                   {orgId, webhookId, limit}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next()) {
        Mapping m = fromRow(*q);
        m.companyName = q->value(7).toString();
        out->append(m);
    }
    return true;
}

} // namespace leadscope::server
