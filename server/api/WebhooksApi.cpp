#include "server/api/WebhooksApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/Audit.h"
#include "server/domain/HubSpotCompanies.h"
#include "server/domain/SignIns.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadscope::server {

namespace {

std::optional<QJsonObject> bodyObject(const HttpRequest& request, HttpResponse* refusal)
{
    QJsonParseError parse{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parse);
    if (parse.error != QJsonParseError::NoError || !body.isObject()) {
        *refusal = HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("The body is not a JSON object."));
        return std::nullopt;
    }
    return body.object();
}

// The destination a request writes (its "code", if any, left aside), or the refusal to send.
std::optional<Webhooks::Draft> draftOf(const HttpRequest& request, bool allowPrivate, HttpResponse* refusal)
{
    std::optional<QJsonObject> body = bodyObject(request, refusal);
    if (!body)
        return std::nullopt;
    body->remove(QStringLiteral("code"));
    QString error;
    std::optional<Webhooks::Draft> draft = Webhooks::Draft::parse(*body, &error);
    if (!draft || !Webhooks::acceptableUrl(draft->url, allowPrivate, &error)) {
        *refusal = HttpResponse::error(400, QStringLiteral("invalid_request"), error);
        return std::nullopt;
    }
    return draft;
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("Your organisation has no webhook with that id."));
}

QJsonObject deliveryJson(const WebhookOutbox::Delivery& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("event"), d.event},
            {QStringLiteral("state"), d.state},
            {QStringLiteral("attempts"), d.attempts},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("latency_ms"), d.latencyMs},
            {QStringLiteral("last_error"), d.lastError},
            {QStringLiteral("next_attempt"),
             d.state == QLatin1String("queued") ? QJsonValue(Clock::iso(d.nextAt)) : QJsonValue()},
            {QStringLiteral("created_at"), Clock::iso(d.createdAt)},
            {QStringLiteral("delivered_at"), d.deliveredAt > 0 ? QJsonValue(Clock::iso(d.deliveredAt)) : QJsonValue()}};
}

} // namespace

WebhooksApi::WebhooksApi(const ServerContext& context, bool allowPrivate, const SecretBox* secrets)
    : m_context(context)
    , m_allowPrivate(allowPrivate)
    , m_secrets(secrets)
{
}

std::optional<HttpResponse> WebhooksApi::refuseHubSpot(const Webhooks::Draft& draft, bool tokenNeeded) const
{
    if (draft.kind != QLatin1String("hubspot"))
        return std::nullopt;
    if (!m_secrets)
        return HttpResponse::error(409, QStringLiteral("secrets_key_missing"),
                                   QStringLiteral("This server cannot keep a HubSpot token: its operator starts it "
                                                  "with --secrets-key (a key that seals secrets at rest)."));
    if (tokenNeeded && draft.token.isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("token: a HubSpot destination needs the private app's access "
                                                  "token"));
    return std::nullopt;
}

void WebhooksApi::registerRoutes(Router& router)
{
    const QString base = QStringLiteral("/api/v1/admin/webhooks");
    router.add("GET", base, [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", base, [this](const HttpRequest& r, const QStringList&) { return add(r); });
    router.add("PUT", base + QStringLiteral("/{id}"),
               [this](const HttpRequest& r, const QStringList& a) { return change(r, a.value(0)); });
    router.add("DELETE", base + QStringLiteral("/{id}"),
               [this](const HttpRequest& r, const QStringList& a) { return remove(r, a.value(0)); });
    router.add("POST", base + QStringLiteral("/{id}/rotate"),
               [this](const HttpRequest& r, const QStringList& a) { return rotate(r, a.value(0)); });
    router.add("POST", base + QStringLiteral("/{id}/pause"),
               [this](const HttpRequest& r, const QStringList& a) { return pause(r, a.value(0), true); });
    router.add("POST", base + QStringLiteral("/{id}/resume"),
               [this](const HttpRequest& r, const QStringList& a) { return pause(r, a.value(0), false); });
    router.add("POST", base + QStringLiteral("/{id}/test"),
               [this](const HttpRequest& r, const QStringList& a) { return test(r, a.value(0)); });
    router.add("GET", base + QStringLiteral("/{id}/deliveries"),
               [this](const HttpRequest& r, const QStringList& a) { return deliveries(r, a.value(0)); });
    router.add("POST", base + QStringLiteral("/{id}/deliveries/{delivery}/redeliver"),
               [this](const HttpRequest& r, const QStringList& a) { return redeliver(r, a.value(0), a.value(1)); });
    router.add("GET", base + QStringLiteral("/{id}/hubspot-companies"),
               [this](const HttpRequest& r, const QStringList& a) { return hubspotCompanies(r, a.value(0)); });
}

std::optional<HttpResponse> WebhooksApi::freshCode(const HttpRequest& request, const AuthContext& auth) const
{
    return SignInAttempt::freshCode(m_context, request, auth.userId, QStringLiteral("webhook_code_failed"));
}

std::optional<HttpResponse> WebhooksApi::destinationOf(const AuthContext& auth, const QString& id,
                                                       Webhooks::Destination* destination) const
{
    bool found = false;
    QString error;
    if (!Webhooks::find(m_context.store.connection(), auth.orgId, id, destination, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return notFound();
    return std::nullopt;
}

std::optional<HttpResponse> WebhooksApi::adminsDestination(const HttpRequest& request, const QString& id,
                                                           AuthContext* auth, Webhooks::Destination* destination) const
{
    if (auto refused = m_context.admit(request, protocol::Role::Admin, auth))
        return refused;
    return destinationOf(*auth, id, destination);
}

void WebhooksApi::audit(const AuthContext& auth, const QString& action, const QJsonObject& detail) const
{
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, action,
                  detail, &error);
}

HttpResponse WebhooksApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    QList<Webhooks::Destination> destinations;
    QString error;
    if (!Webhooks::list(m_context.store.connection(), auth.orgId, &destinations, &error))
        return ServerContext::storeError();
    QJsonArray out;
    for (const Webhooks::Destination& d : std::as_const(destinations))
        out.append(d.toJson());
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), out},
                                                             {QStringLiteral("events"),
                                                              QJsonArray::fromStringList(Webhooks::eventTypes())}}));
}

HttpResponse WebhooksApi::add(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    HttpResponse refusal;
    const std::optional<Webhooks::Draft> draft = draftOf(request, m_allowPrivate, &refusal);
    if (!draft)
        return refusal;
    QString error;
    QSqlDatabase db = m_context.store.connection();
    QList<Webhooks::Destination> existing;
    if (!Webhooks::list(db, auth.orgId, &existing, &error))
        return ServerContext::storeError();
    if (existing.size() >= Webhooks::kMaxPerOrganisation)
        return HttpResponse::error(409, QStringLiteral("limit_reached"),
                                   QStringLiteral("Your organisation has %1 webhooks, the most it may have.")
                                       .arg(Webhooks::kMaxPerOrganisation));
    if (auto refused = refuseHubSpot(*draft, true))
        return *refused;
    if (auto refused = freshCode(request, auth))
        return *refused;
    Webhooks::Destination added;
    if (!Webhooks::add(db, m_context.clock.nowMs(), auth.orgId, auth.userId, *draft, m_secrets, &added, &error))
        return ServerContext::storeError();
    audit(auth, QStringLiteral("webhook_added"), added.toJson());
    QJsonObject answer{{QStringLiteral("webhook"), added.toJson()}};
    if (added.kind != QLatin1String("hubspot")) // (HubSpot is not sent signed requests)
        answer.insert(QStringLiteral("secret"), added.secret);
    protocol::Crypto::wipe(added.secret);
    return HttpResponse::json(201, QJsonDocument(answer));
}

HttpResponse WebhooksApi::change(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    HttpResponse refusal;
    const std::optional<Webhooks::Draft> draft = draftOf(request, m_allowPrivate, &refusal);
    if (!draft)
        return refusal;
    Webhooks::Destination current;
    if (auto refused = destinationOf(auth, id, &current))
        return *refused;
    // Keeping the token needs none; becoming a HubSpot destination does.
    if (auto refused = refuseHubSpot(*draft, current.credential.isEmpty()))
        return *refused;
    bool found = false;
    QString error;
    if (!Webhooks::change(m_context.store.connection(), auth.orgId, id, *draft, m_secrets, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return notFound();
    audit(auth, QStringLiteral("webhook_changed"),
          {{QStringLiteral("webhook"), id}, {QStringLiteral("url"), draft->url}});
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse WebhooksApi::remove(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    bool found = false;
    QString error;
    if (!Webhooks::remove(m_context.store.connection(), auth.orgId, id, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return notFound();
    audit(auth, QStringLiteral("webhook_removed"), {{QStringLiteral("webhook"), id}});
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse WebhooksApi::rotate(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    HttpResponse refusal;
    const std::optional<QJsonObject> body = bodyObject(request, &refusal);
    if (!body)
        return refusal;
    const int hours = body->value(QLatin1String("overlap_hours")).toInt(24);
    if (hours < 0 || hours > 24 * 7)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("overlap_hours: 0 to 168 hours of the old secret signing too."));
    Webhooks::Destination current;
    if (auto refused = destinationOf(auth, id, &current))
        return *refused;
    if (current.kind == QLatin1String("hubspot"))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("A HubSpot destination signs nothing; give it a new token with "
                                                  "Edit instead."));
    if (auto refused = freshCode(request, auth))
        return *refused;
    QString secret;
    bool found = false;
    QString error;
    if (!Webhooks::rotate(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, id,
                          qint64(hours) * 3'600'000, &secret, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return notFound();
    audit(auth, QStringLiteral("webhook_secret_rotated"),
          {{QStringLiteral("webhook"), id}, {QStringLiteral("overlap_hours"), hours}});
    const QJsonObject answer{{QStringLiteral("secret"), secret}};
    protocol::Crypto::wipe(secret);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse WebhooksApi::pause(const HttpRequest& request, const QString& id, bool paused)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    bool found = false;
    QString error;
    if (!Webhooks::setPaused(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, id, paused,
                             QStringLiteral("paused by %1").arg(auth.email), &found, &error))
        return ServerContext::storeError();
    if (!found)
        return notFound();
    audit(auth, paused ? QStringLiteral("webhook_paused") : QStringLiteral("webhook_resumed"),
          {{QStringLiteral("webhook"), id}});
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse WebhooksApi::test(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    Webhooks::Destination destination;
    if (auto refused = adminsDestination(request, id, &auth, &destination))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QString error;
    const qint64 now = m_context.clock.nowMs();
    QString deliveryId;
    const QByteArray payload = Webhooks::testEvent(destination, now, &deliveryId);
    if (!WebhookOutbox::queue(db, now, auth.orgId, id, deliveryId, QStringLiteral("webhook.test"), payload, &error))
        return ServerContext::storeError();
    return HttpResponse::json(202, QJsonDocument(QJsonObject{{QStringLiteral("delivery"), deliveryId}}));
}

HttpResponse WebhooksApi::deliveries(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    Webhooks::Destination destination;
    if (auto refused = adminsDestination(request, id, &auth, &destination))
        return *refused;
    QList<WebhookOutbox::Delivery> recent;
    QString error;
    if (!WebhookOutbox::recent(m_context.store.connection(), auth.orgId, id, 200, &recent, &error))
        return ServerContext::storeError();
    QJsonArray out;
    for (const WebhookOutbox::Delivery& d : std::as_const(recent))
        out.append(deliveryJson(d));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("webhook"), destination.toJson()},
                                                             {QStringLiteral("deliveries"), out}}));
}

HttpResponse WebhooksApi::hubspotCompanies(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    Webhooks::Destination destination;
    if (auto refused = adminsDestination(request, id, &auth, &destination))
        return *refused;
    if (destination.kind != QLatin1String("hubspot"))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("This webhook is not a HubSpot destination."));
    QList<HubSpotCompanies::Mapping> companies;
    QString error;
    if (!HubSpotCompanies::list(m_context.store.connection(), auth.orgId, id, 1000, &companies, &error))
        return ServerContext::storeError();
    QJsonArray out;
    for (const HubSpotCompanies::Mapping& m : std::as_const(companies))
        out.append(m.toJson());
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("webhook"), destination.toJson()},
                                                             {QStringLiteral("companies"), out}}));
}

HttpResponse WebhooksApi::redeliver(const HttpRequest& request, const QString& id, const QString& deliveryId)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    bool found = false;
    QString error;
    if (!WebhookOutbox::redeliver(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, id, deliveryId,
                                  &found, &error))
        return ServerContext::storeError();
    if (!found)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("Your organisation has no finished delivery with that id."));
    audit(auth, QStringLiteral("webhook_redelivered"),
          {{QStringLiteral("webhook"), id}, {QStringLiteral("delivery"), deliveryId}});
    return HttpResponse::json(202, QByteArray("{}"));
}

} // namespace leadscope::server
