#pragma once

#include "server/domain/HubSpotCompanies.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/integrations/WebhookSender.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

class OutboundHttps;
class SecretBox;

// What a HubSpot destination does with an event (docs/INTEGRATIONS.md): the
// company is upserted — matched to a HubSpot company by the registry number
// property or by its domain (with or without "www."), else created — with
// its registry number and, when a colleague is assigned to it, the HubSpot
// owner with that colleague's e-mail address; a finished visit becomes a
// note on the company's timeline (pages, duration, source), made once even
// when the delivery is retried. HubSpot's 429 + Retry-After is passed on so
// the worker waits as long as asked. The token is opened from its sealed
// form only for the delivery and wiped after; without the operator's key
// nothing is sent (fail closed).
class HubSpotSync
{
public:
    HubSpotSync(const OutboundHttps& https, const SecretBox* secrets);

    // One attempt at `delivery`: *result says what came of it (as a webhook
    // attempt's). False + *error only when the store failed.
    bool deliver(QSqlDatabase db, qint64 nowMs, const Webhooks::Destination& destination,
                 const WebhookOutbox::Delivery& delivery, const QHash<QString, QString>& emails,
                 const QByteArray& noteHtml, WebhookSender::Result* result, QString* error);

private:
    static constexpr qint64 kOwnerCacheMs = 10 * 60'000;

    // One delivery's calls and what came of them (HubSpotSync.cpp).
    struct Attempt;
    // What a step did: went on, stopped the attempt (its reason in the result), or the store failed.
    enum class Step
    {
        Next,
        Stopped,
        StoreFailed
    };
    Step ensureProperty(Attempt& attempt, const QString& destinationId);
    Step ownerOf(Attempt& attempt, const QString& destinationId, const QString& email, qint64 nowMs, QString* ownerId);
    // The HubSpot company a Leadscope company is: remembered, found, or created (and remembered).
    static Step companyIn(Attempt& attempt, QSqlDatabase db, qint64 nowMs, const Webhooks::Destination& destination,
                          const QJsonObject& company, const QString& ownerId, HubSpotCompanies::Mapping* mapping,
                          QString* error);
    // Writes what HubSpot lacks of the company (registry number, owner).
    static Step update(Attempt& attempt, QSqlDatabase db, qint64 nowMs, const Webhooks::Destination& destination,
                       const QString& registry, const QString& ownerId, HubSpotCompanies::Mapping* mapping,
                       QString* error);

    const OutboundHttps& m_https;
    const SecretBox* m_secrets;
    QSet<QString> m_propertyReady; // destinations whose account has the registry number property
    struct Owner
    {
        QString id;
        qint64 until = 0;
    };
    QHash<QString, Owner> m_owners; // destination id + '\n' + e-mail → HubSpot owner
};

} // namespace leadscope::server
