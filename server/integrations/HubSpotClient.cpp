#include "server/integrations/HubSpotClient.h"

#include "server/base/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace leadscope::server {

namespace {

QJsonObject equals(const QString& property, const QString& value)
{
    return {{QStringLiteral("propertyName"), property},
            {QStringLiteral("operator"), QStringLiteral("EQ")},
            {QStringLiteral("value"), value}};
}

QJsonObject group(const QJsonObject& filter)
{
    return {{QStringLiteral("filters"), QJsonArray{filter}}};
}

} // namespace

HubSpotClient::HubSpotClient(const OutboundHttps& https, QString baseUrl, const protocol::SecretBytes& token)
    : m_https(https)
    , m_baseUrl(std::move(baseUrl))
    , m_token(token)
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

HubSpotClient::Call HubSpotClient::request(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    OutboundHttps::Request r;
    r.method = method;
    r.url = m_baseUrl + path;
    QByteArray authorization = "Authorization: Bearer " + m_token.bytes();
    r.headers = {authorization, "Accept: application/json", "User-Agent: Leadscope-HubSpot/1"};
    if (method != "GET") {
        r.headers << "Content-Type: application/json";
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    r.maxAnswer = qsizetype(1024) * 1024;
    const OutboundHttps::Response response = m_https.send(r);
    r.headers.clear();
    protocol::Crypto::wipe(authorization);

    Call call;
    call.status = response.status;
    call.latencyMs = response.latencyMs;
    m_latencyMs += response.latencyMs;
    call.json = QJsonDocument::fromJson(response.body).object();
    if (!response.error.isEmpty()) {
        call.error = QStringLiteral("HubSpot: %1").arg(response.error);
        return call;
    }
    if (response.status >= 200 && response.status < 300)
        return call;
    // HubSpot's error body: {"status":"error","message":"…","category":"…",…}
    const QString message = call.json.value(QLatin1String("message")).toString().left(300);
    const QString said = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    switch (response.status) {
    case 401:
        call.error = QStringLiteral("HubSpot refused the token (401)%1 — give the destination the private app's "
                                    "current access token")
                         .arg(said);
        break;
    case 403:
        call.error = QStringLiteral("HubSpot refused %1 %2 (403)%3 — the private app lacks a scope that "
                                    "docs/INTEGRATIONS.md lists")
                         .arg(QString::fromLatin1(method), path.section(u'?', 0, 0), said);
        break;
    case 429:
        call.retryAfterMs = response.retryAfterMs > 0 ? response.retryAfterMs : 10'000;
        call.error = QStringLiteral("HubSpot's rate limit (429): waiting %1 s as it asked")
                         .arg((call.retryAfterMs + 999) / 1000);
        break;
    default:
        call.error = QStringLiteral("HubSpot answered %1 %2 with HTTP %3%4")
                         .arg(QString::fromLatin1(method), path.section(u'?', 0, 0))
                         .arg(response.status)
                         .arg(said);
    }
    return call;
}

HubSpotClient::Call HubSpotClient::searchCompanies(const QString& domain, const QString& registryNumber)
{
    QJsonArray groups; // OR'ed
    if (!domain.isEmpty()) {
        groups.append(group(equals(QStringLiteral("domain"), domain)));
        groups.append(group(equals(QStringLiteral("domain"), QStringLiteral("www.") + domain)));
    }
    if (!registryNumber.isEmpty())
        groups.append(group(equals(registryProperty(), registryNumber)));
    return request("POST", QStringLiteral("/crm/v3/objects/companies/search"),
                   {{QStringLiteral("filterGroups"), groups},
                    {QStringLiteral("properties"),
                     QJsonArray{QStringLiteral("name"), QStringLiteral("domain"), registryProperty()}},
                    {QStringLiteral("sorts"),
                     QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("createdate")},
                                            {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}}},
                    {QStringLiteral("limit"), 10}});
}

HubSpotClient::Call HubSpotClient::createCompany(const QJsonObject& properties)
{
    return request("POST", QStringLiteral("/crm/v3/objects/companies"), {{QStringLiteral("properties"), properties}});
}

HubSpotClient::Call HubSpotClient::updateCompany(const QString& id, const QJsonObject& properties)
{
    return request("PATCH",
                   QStringLiteral("/crm/v3/objects/companies/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                   {{QStringLiteral("properties"), properties}});
}

HubSpotClient::Call HubSpotClient::ownerByEmail(const QString& email)
{
    return request(
        "GET",
        QStringLiteral("/crm/v3/owners/?email=%1&limit=1").arg(QString::fromLatin1(QUrl::toPercentEncoding(email))),
        {});
}

HubSpotClient::Call HubSpotClient::registryPropertyDefinition()
{
    return request("GET", QStringLiteral("/crm/v3/properties/companies/") + registryProperty(), {});
}

HubSpotClient::Call HubSpotClient::createRegistryProperty()
{
    return request("POST", QStringLiteral("/crm/v3/properties/companies"),
                   {{QStringLiteral("name"), registryProperty()},
                    {QStringLiteral("label"), QStringLiteral("Registry number (Leadscope)")},
                    {QStringLiteral("description"),
                     QStringLiteral("The company's number in the trade register, written by Leadscope.")},
                    {QStringLiteral("groupName"), QStringLiteral("companyinformation")},
                    {QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("fieldType"), QStringLiteral("text")}});
}

HubSpotClient::Call HubSpotClient::createNote(const QString& companyId, qint64 timestampMs, const QString& html)
{
    const QJsonObject association{
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), companyId}}},
        {QStringLiteral("types"),
         QJsonArray{QJsonObject{{QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                                {QStringLiteral("associationTypeId"), kNoteToCompany}}}}};
    return request(
        "POST", QStringLiteral("/crm/v3/objects/notes"),
        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("hs_timestamp"), Clock::iso(timestampMs)},
                                                    {QStringLiteral("hs_note_body"), html}}},
         {QStringLiteral("associations"), QJsonArray{association}}});
}

} // namespace leadscope::server
