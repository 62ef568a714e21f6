#pragma once

#include "server/integrations/OutboundHttps.h"

#include "protocol/Crypto.h"

#include <QJsonObject>
#include <QString>

namespace leadscope::server {

// The HubSpot CRM v3 endpoints a HubSpot destination uses, and nothing else
// (docs/INTEGRATIONS.md lists them with their scopes): companies search,
// create and update; the owners list by e-mail; notes with a company
// association; the company property Leadscope writes the registry number to.
// Each request carries the private app's token as a bearer token and JSON
// bodies; answers come back parsed, with an admin's reading of a refusal.
class HubSpotClient
{
public:
    // The custom company property that holds the register's number.
    static QString registryProperty() { return QStringLiteral("leadscope_registry_number"); }
    // HubSpot's association type "note to company".
    static constexpr int kNoteToCompany = 190;

    struct Call
    {
        int status = 0;
        int latencyMs = 0;
        QJsonObject json;        // the answer's body
        qint64 retryAfterMs = 0; // 429: how long HubSpot asked to wait
        QString error;           // why the call did not succeed, in an admin's words; empty: it did
        bool ok() const { return error.isEmpty(); }
    };

    // `baseUrl`: https://api.hubapi.com (or a stand-in); `token`: the private app's access token.
    HubSpotClient(const OutboundHttps& https, QString baseUrl, const protocol::SecretBytes& token);

    // POST /crm/v3/objects/companies/search: companies whose domain is `domain`
    // (or www.`domain`) or whose registry number property is `registryNumber`.
    Call searchCompanies(const QString& domain, const QString& registryNumber);
    Call createCompany(const QJsonObject& properties);                    // POST /crm/v3/objects/companies
    Call updateCompany(const QString& id, const QJsonObject& properties); // PATCH /crm/v3/objects/companies/{id}
    Call ownerByEmail(const QString& email);                              // GET /crm/v3/owners?email=
    Call registryPropertyDefinition();                                    // GET /crm/v3/properties/companies/{name}
    Call createRegistryProperty();                                        // POST /crm/v3/properties/companies
    Call createNote(const QString& companyId, qint64 timestampMs, const QString& html); // POST /crm/v3/objects/notes

    // Every call so far: how long they took together (a delivery's latency).
    int totalLatencyMs() const { return m_latencyMs; }

private:
    Call request(const QByteArray& method, const QString& path, const QJsonObject& body);

    const OutboundHttps& m_https;
    QString m_baseUrl;
    const protocol::SecretBytes& m_token;
    int m_latencyMs = 0;
};

} // namespace leadscope::server
