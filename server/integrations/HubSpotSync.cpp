#include "server/integrations/HubSpotSync.h"

#include "server/base/SecretBox.h"
#include "server/domain/TargetLists.h"
#include "server/integrations/HubSpotClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace leadscope::server {

struct HubSpotSync::Attempt
{
    HubSpotClient client;
    WebhookSender::Result* result;
    int lastStatus = 0;

    // A call that did not succeed ends the attempt with its reason.
    Step stop(const HubSpotClient::Call& call)
    {
        result->status = call.status;
        result->latencyMs = client.totalLatencyMs();
        result->error = call.error;
        result->retryAfterMs = call.retryAfterMs;
        return Step::Stopped;
    }
    Step next(const HubSpotClient::Call& call)
    {
        lastStatus = call.status;
        return Step::Next;
    }
};

HubSpotSync::HubSpotSync(const OutboundHttps& https, const SecretBox* secrets)
    : m_https(https)
    , m_secrets(secrets)
{
}

HubSpotSync::Step HubSpotSync::ensureProperty(Attempt& attempt, const QString& destinationId)
{
    if (m_propertyReady.contains(destinationId))
        return Step::Next;
    HubSpotClient::Call property = attempt.client.registryPropertyDefinition();
    if (property.status == 404)
        property = attempt.client.createRegistryProperty();
    if (!property.ok())
        return attempt.stop(property);
    m_propertyReady.insert(destinationId);
    return attempt.next(property);
}

HubSpotSync::Step HubSpotSync::ownerOf(Attempt& attempt, const QString& destinationId, const QString& email,
                                       qint64 nowMs, QString* ownerId)
{
    if (email.isEmpty())
        return Step::Next;
    const QString key = destinationId + u'\n' + email.toLower();
    const auto cached = m_owners.constFind(key);
    if (cached != m_owners.cend() && cached->until > nowMs) {
        *ownerId = cached->id;
        return Step::Next;
    }
    const HubSpotClient::Call owners = attempt.client.ownerByEmail(email);
    if (!owners.ok())
        return attempt.stop(owners);
    for (const QJsonValue& owner : owners.json.value(QLatin1String("results")).toArray()) {
        if (owner.toObject().value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0) {
            *ownerId = owner.toObject().value(QLatin1String("id")).toString();
            break;
        }
    }
    m_owners.insert(key, {*ownerId, nowMs + kOwnerCacheMs});
    return attempt.next(owners);
}

HubSpotSync::Step HubSpotSync::companyIn(Attempt& attempt, QSqlDatabase db, qint64 nowMs,
                                         const Webhooks::Destination& destination, const QJsonObject& company,
                                         const QString& ownerId, HubSpotCompanies::Mapping* mapping, QString* error)
{
    const QString companyId = company.value(QLatin1String("id")).toString();
    bool known = false;
    if (!HubSpotCompanies::find(db, destination.orgId, destination.id, companyId, mapping, &known, error))
        return Step::StoreFailed;
    if (known)
        return Step::Next;
    mapping->companyId = companyId;
    const QString registry = company.value(QLatin1String("registry_number")).toString();
    const QString domain = TargetLists::host(company.value(QLatin1String("website")).toString());
    const HubSpotClient::Call search = attempt.client.searchCompanies(domain, registry);
    if (!search.ok())
        return attempt.stop(search);
    // The registry number says it best; a domain is next (the oldest company with it).
    QJsonObject byRegistry;
    QJsonObject byDomain;
    for (const QJsonValue& found : search.json.value(QLatin1String("results")).toArray()) {
        const QJsonObject properties = found.toObject().value(QLatin1String("properties")).toObject();
        if (byRegistry.isEmpty() && !registry.isEmpty() &&
            properties.value(HubSpotClient::registryProperty()).toString() == registry)
            byRegistry = found.toObject();
        if (byDomain.isEmpty() && !domain.isEmpty() &&
            TargetLists::host(properties.value(QLatin1String("domain")).toString()) == domain)
            byDomain = found.toObject();
    }
    const QJsonObject match = byRegistry.isEmpty() ? byDomain : byRegistry;
    HubSpotClient::Call answer = search;
    if (!match.isEmpty()) {
        mapping->hubspotId = match.value(QLatin1String("id")).toString();
        mapping->matchedBy = byRegistry.isEmpty() ? QStringLiteral("domain") : QStringLiteral("registry_number");
        mapping->registryNumber =
            match.value(QLatin1String("properties")).toObject().value(HubSpotClient::registryProperty()).toString();
    } else {
        QJsonObject properties{{QStringLiteral("name"), company.value(QLatin1String("name")).toString()}};
        if (!domain.isEmpty())
            properties.insert(QStringLiteral("domain"), domain);
        for (const char* key : {"city", "country"}) {
            if (!company.value(QLatin1String(key)).toString().isEmpty())
                properties.insert(QLatin1String(key), company.value(QLatin1String(key)));
        }
        if (!registry.isEmpty())
            properties.insert(HubSpotClient::registryProperty(), registry);
        if (!ownerId.isEmpty())
            properties.insert(QStringLiteral("hubspot_owner_id"), ownerId);
        answer = attempt.client.createCompany(properties);
        if (!answer.ok())
            return attempt.stop(answer);
        mapping->hubspotId = answer.json.value(QLatin1String("id")).toString();
        mapping->matchedBy = QStringLiteral("created");
        mapping->registryNumber = registry;
        mapping->ownerId = ownerId;
    }
    if (mapping->hubspotId.isEmpty()) {
        answer.error = QStringLiteral("HubSpot answered without the company's id");
        return attempt.stop(answer);
    }
    // Written down at once: a later step that fails must not make the company twice.
    if (!HubSpotCompanies::save(db, nowMs, destination.orgId, destination.id, *mapping, error))
        return Step::StoreFailed;
    return attempt.next(answer);
}

HubSpotSync::Step HubSpotSync::update(Attempt& attempt, QSqlDatabase db, qint64 nowMs,
                                      const Webhooks::Destination& destination, const QString& registry,
                                      const QString& ownerId, HubSpotCompanies::Mapping* mapping, QString* error)
{
    // What HubSpot does not have yet: the registry number, the owner (never cleared from here).
    QJsonObject changes;
    if (!registry.isEmpty() && mapping->registryNumber != registry)
        changes.insert(HubSpotClient::registryProperty(), registry);
    if (!ownerId.isEmpty() && mapping->ownerId != ownerId)
        changes.insert(QStringLiteral("hubspot_owner_id"), ownerId);
    if (changes.isEmpty())
        return Step::Next;
    HubSpotClient::Call update = attempt.client.updateCompany(mapping->hubspotId, changes);
    if (update.status == 404) {
        // Merged or deleted in HubSpot: matched again on the next attempt.
        if (!HubSpotCompanies::forget(db, destination.orgId, destination.id, mapping->companyId, error))
            return Step::StoreFailed;
        update.error = QStringLiteral("the HubSpot company %1 is gone (merged or deleted); the next attempt matches "
                                      "the company again")
                           .arg(mapping->hubspotId);
        return attempt.stop(update);
    }
    if (!update.ok())
        return attempt.stop(update);
    if (!registry.isEmpty())
        mapping->registryNumber = registry;
    if (!ownerId.isEmpty())
        mapping->ownerId = ownerId;
    if (!HubSpotCompanies::save(db, nowMs, destination.orgId, destination.id, *mapping, error))
        return Step::StoreFailed;
    return attempt.next(update);
}

bool HubSpotSync::deliver(QSqlDatabase db, qint64 nowMs, const Webhooks::Destination& destination,
                          const WebhookOutbox::Delivery& delivery, const QHash<QString, QString>& emails,
                          const QByteArray& noteHtml, WebhookSender::Result* result, QString* error)
{
    *result = {};
    protocol::SecretBytes token;
    QString why = QStringLiteral("the server was started without --secrets-key");
    if (!m_secrets || !m_secrets->open(destination.credential,
                                       Webhooks::credentialContext(destination.orgId, destination.id), &token, &why)) {
        result->error = QStringLiteral("the HubSpot token cannot be opened: %1").arg(why);
        return true;
    }
    Attempt attempt{HubSpotClient(m_https, destination.url, token), result};
    const auto finished = [&](Step step) {
        if (step == Step::StoreFailed)
            return false;
        if (step == Step::Next) {
            result->delivered = true;
            result->status = attempt.lastStatus > 0 ? attempt.lastStatus : 200;
            result->latencyMs = attempt.client.totalLatencyMs();
        }
        return true;
    };
    // The account must have the property the registry number goes to (checked once per destination).
    Step step = ensureProperty(attempt, destination.id);
    const QJsonObject event = QJsonDocument::fromJson(delivery.payload).object();
    const QJsonObject data = event.value(QLatin1String("data")).toObject();
    const QJsonObject company = data.value(QLatin1String("company")).toObject();
    if (step != Step::Next || company.value(QLatin1String("id")).toString().isEmpty()) {
        // A test event (or one without a company): reaching the account with the token is the answer.
        if (step == Step::Next && attempt.lastStatus == 0) {
            const HubSpotClient::Call property = attempt.client.registryPropertyDefinition();
            step = property.ok() ? attempt.next(property) : attempt.stop(property);
        }
        return finished(step);
    }
    QString ownerId;
    HubSpotCompanies::Mapping mapping;
    const QString registry = company.value(QLatin1String("registry_number")).toString();
    for (const auto& run : std::initializer_list<std::function<Step()>>{
             [&] {
                 return ownerOf(attempt, destination.id,
                                emails.value(company.value(QLatin1String("assignee")).toString()), nowMs, &ownerId);
             },
             [&] { return companyIn(attempt, db, nowMs, destination, company, ownerId, &mapping, error); },
             [&] {
                 return update(attempt, db, nowMs, destination, registry, ownerId, &mapping, error);
             }}) {
        step = run();
        if (step != Step::Next)
            return finished(step);
    }
    // A finished visit: a note on the company's timeline, once.
    const QJsonObject visit = data.value(QLatin1String("visit")).toObject();
    if (event.value(QLatin1String("type")).toString() == QLatin1String("visit.finished") && !visit.isEmpty() &&
        delivery.remoteId.isEmpty()) {
        const QDateTime ended =
            QDateTime::fromString(visit.value(QLatin1String("ended_at")).toString(), Qt::ISODateWithMs);
        const HubSpotClient::Call note = attempt.client.createNote(
            mapping.hubspotId, ended.isValid() ? ended.toMSecsSinceEpoch() : nowMs, QString::fromUtf8(noteHtml));
        if (!note.ok())
            return finished(attempt.stop(note));
        attempt.next(note);
        if (!WebhookOutbox::noteRemoteId(db, delivery.id, note.json.value(QLatin1String("id")).toString(), error))
            return false;
    }
    return finished(Step::Next);
}

} // namespace leadscope::server
