#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// Which HubSpot company each Leadscope company became at a HubSpot
// destination: matched to one that was there (by the registry number
// property or by domain) or created — what Administration → Integrations
// shows, and what spares the next event a search. Also what was last written
// there (registry number, owner), so an unchanged company is not written again.
class HubSpotCompanies
{
public:
    struct Mapping
    {
        QString companyId;
        QString hubspotId;
        QString matchedBy; // registry_number, domain, created
        QString registryNumber;
        QString ownerId;
        qint64 firstAt = 0;
        qint64 updatedAt = 0;
        QString companyName; // list() only
        QJsonObject toJson() const;
    };

    static bool find(QSqlDatabase db, const QString& orgId, const QString& webhookId, const QString& companyId,
                     Mapping* out, bool* found, QString* error);
    // Writes the mapping (its firstAt is kept when there was one).
    static bool save(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                     const Mapping& mapping, QString* error);
    static bool forget(QSqlDatabase db, const QString& orgId, const QString& webhookId, const QString& companyId,
                       QString* error);
    // The destination's companies, most recently written first, at most `limit`.
    static bool list(QSqlDatabase db, const QString& orgId, const QString& webhookId, int limit, QList<Mapping>* out,
                     QString* error);
};

} // namespace leadscope::server
