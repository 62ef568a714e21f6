#include "server/integrations/HubSpotSync.h"

#include "server/base/SecretBox.h"
#include "server/domain/HubSpotCompanies.h"
#include "server/integrations/HubSpotClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace leadscope::server {

HubSpotSync::HubSpotSync(const OutboundHttps& https, const SecretBox* secrets)
    : m_https(https)
    , m_secrets(secrets)
{
}

QString HubSpotSync::domainOf(const QString& website)
{
    QString host = QUrl::fromUserInput(website.trimmed()).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

bool HubSpotSync::deliver(QSqlDatabase db, qint64 nowMs, const Webhooks::Destination& destination,
                          const WebhookOutbox::Delivery& delivery, const QHash<QString, QString>& emails,
                          const QByteArray& noteHtml, WebhookSender::Result* result, QString* error)
{
    *result = {};
    if (!m_secrets) {
        result->error = QStringLiteral("the HubSpot token cannot be opened: the server was started without "
                                       "--secrets-key");
        return true;
    }
    protocol::SecretBytes token;
    QString why;
    if (!m_secrets->open(destination.credential, Webhooks::credentialContext(destination.orgId, destination.id), &token,
                         &why)) {
        result->error = QStringLiteral("the HubSpot token cannot be opened: %1").arg(why);
        return true;
    }
    HubSpotClient client(m_https, destination.url, token);
    // A call that did not succeed ends the attempt with its reason.
    const auto failed = [&](const HubSpotClient::Call& call) {
        result->status = call.status;
        result->latencyMs = client.totalLatencyMs();
        result->error = call.error;
        result->retryAfterMs = call.retryAfterMs;
        return true;
    };
    int lastStatus = 0;

    // The account must have the property the registry number goes to (checked once per destination).
    if (!m_propertyReady.contains(destination.id)) {
        HubSpotClient::Call property = client.registryPropertyDefinition();
        if (property.status == 404)
            property = client.createRegistryProperty();
        if (!property.ok())
            return failed(property);
        lastStatus = property.status;
        m_propertyReady.insert(destination.id);
    }

    const QJsonObject event = QJsonDocument::fromJson(delivery.payload).object();
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject data = event.value(QLatin1String("data")).toObject();
    const QJsonObject company = data.value(QLatin1String("company")).toObject();
    const QString companyId = company.value(QLatin1String("id")).toString();
    if (companyId.isEmpty()) {
        // A test event (or one without a company): reaching the account with the token is the answer.
        if (lastStatus == 0) {
            const HubSpotClient::Call property = client.registryPropertyDefinition();
            if (!property.ok())
                return failed(property);
            lastStatus = property.status;
        }
        result->delivered = true;
        result->status = lastStatus;
        result->latencyMs = client.totalLatencyMs();
        return true;
    }

    // Who owns it in HubSpot: the owner with the assigned colleague's e-mail address.
    QString ownerId;
    const QString email = emails.value(company.value(QLatin1String("assignee")).toString());
    if (!email.isEmpty()) {
        const QString key = destination.id + u'\n' + email.toLower();
        const auto cached = m_owners.constFind(key);
        if (cached != m_owners.cend() && cached->until > nowMs) {
            ownerId = cached->id;
        } else {
            const HubSpotClient::Call owners = client.ownerByEmail(email);
            if (!owners.ok())
                return failed(owners);
            lastStatus = owners.status;
            for (const QJsonValue& owner : owners.json.value(QLatin1String("results")).toArray()) {
                if (owner.toObject().value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) ==
                    0) {
                    ownerId = owner.toObject().value(QLatin1String("id")).toString();
                    break;
                }
            }
            m_owners.insert(key, {ownerId, nowMs + kOwnerCacheMs});
        }
    }

    const QString registry = company.value(QLatin1String("registry_number")).toString();
    const QString domain = domainOf(company.value(QLatin1String("website")).toString());
    HubSpotCompanies::Mapping mapping;
    bool known = false;
    if (!HubSpotCompanies::find(db, destination.orgId, destination.id, companyId, &mapping, &known, error))
        return false;
    if (!known) {
        mapping.companyId = companyId;
        const HubSpotClient::Call search = client.searchCompanies(domain, registry);
        if (!search.ok())
            return failed(search);
        // The registry number says it best; a domain is next (the oldest company with it).
        QJsonObject byRegistry;
        QJsonObject byDomain;
        for (const QJsonValue& found : search.json.value(QLatin1String("results")).toArray()) {
            const QJsonObject properties = found.toObject().value(QLatin1String("properties")).toObject();
            if (byRegistry.isEmpty() && !registry.isEmpty() &&
                properties.value(HubSpotClient::registryProperty()).toString() == registry)
                byRegistry = found.toObject();
            if (byDomain.isEmpty() && !domain.isEmpty() &&
                domainOf(properties.value(QLatin1String("domain")).toString()) == domain)
                byDomain = found.toObject();
        }
        const QJsonObject match = byRegistry.isEmpty() ? byDomain : byRegistry;
        if (!match.isEmpty()) {
            mapping.hubspotId = match.value(QLatin1String("id")).toString();
            mapping.matchedBy = byRegistry.isEmpty() ? QStringLiteral("domain") : QStringLiteral("registry_number");
            mapping.registryNumber =
                match.value(QLatin1String("properties")).toObject().value(HubSpotClient::registryProperty()).toString();
            lastStatus = search.status;
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
            const HubSpotClient::Call created = client.createCompany(properties);
            if (!created.ok())
                return failed(created);
            mapping.hubspotId = created.json.value(QLatin1String("id")).toString();
            mapping.matchedBy = QStringLiteral("created");
            mapping.registryNumber = registry;
            mapping.ownerId = ownerId;
            lastStatus = created.status;
        }
        if (mapping.hubspotId.isEmpty()) {
            result->status = lastStatus;
            result->error = QStringLiteral("HubSpot answered without the company's id");
            return true;
        }
        // Written down at once: a later step that fails must not make the company twice.
        if (!HubSpotCompanies::save(db, nowMs, destination.orgId, destination.id, mapping, error))
            return false;
    }

    // What HubSpot does not have yet: the registry number, the owner (never cleared from here).
    QJsonObject changes;
    if (!registry.isEmpty() && mapping.registryNumber != registry)
        changes.insert(HubSpotClient::registryProperty(), registry);
    if (!ownerId.isEmpty() && mapping.ownerId != ownerId)
        changes.insert(QStringLiteral("hubspot_owner_id"), ownerId);
    if (!changes.isEmpty()) {
        const HubSpotClient::Call update = client.updateCompany(mapping.hubspotId, changes);
        if (update.status == 404) {
            // Merged or deleted in HubSpot: matched again on the next attempt.
            if (!HubSpotCompanies::forget(db, destination.orgId, destination.id, companyId, error))
                return false;
            result->status = update.status;
            result->latencyMs = client.totalLatencyMs();
            result->error = QStringLiteral("the HubSpot company %1 is gone (merged or deleted); the next attempt "
                                           "matches the company again")
                                .arg(mapping.hubspotId);
            return true;
        }
        if (!update.ok())
            return failed(update);
        lastStatus = update.status;
        if (!registry.isEmpty())
            mapping.registryNumber = registry;
        if (!ownerId.isEmpty())
            mapping.ownerId = ownerId;
        if (!HubSpotCompanies::save(db, nowMs, destination.orgId, destination.id, mapping, error))
            return false;
    }

    // A finished visit: a note on the company's timeline, once.
    const QJsonObject visit = data.value(QLatin1String("visit")).toObject();
    if (type == QLatin1String("visit.finished") && !visit.isEmpty() && delivery.remoteId.isEmpty()) {
        const QDateTime ended =
            QDateTime::fromString(visit.value(QLatin1String("ended_at")).toString(), Qt::ISODateWithMs);
        const HubSpotClient::Call note = client.createNote(
            mapping.hubspotId, ended.isValid() ? ended.toMSecsSinceEpoch() : nowMs, QString::fromUtf8(noteHtml));
        if (!note.ok())
            return failed(note);
        lastStatus = note.status;
        if (!WebhookOutbox::noteRemoteId(db, delivery.id, note.json.value(QLatin1String("id")).toString(), error))
            return false;
    }
    result->delivered = true;
    result->status = lastStatus > 0 ? lastStatus : 200;
    result->latencyMs = client.totalLatencyMs();
    return true;
}

} // namespace leadscope::server
