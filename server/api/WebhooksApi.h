#pragma once

#include "server/domain/Webhooks.h"
#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
class SecretBox;
struct AuthContext;
struct ServerContext;

// Webhook destinations, for admins (docs/INTEGRATIONS.md, docs/PROTOCOL.md):
// GET/POST /api/v1/admin/webhooks, PUT/DELETE /api/v1/admin/webhooks/{id},
// POST …/{id}/rotate (a new secret; the old one signs beside it for an
// overlap), …/{id}/pause and …/{id}/resume, …/{id}/test (a test event),
// GET …/{id}/deliveries and POST …/{id}/deliveries/{delivery}/redeliver;
// GET …/{id}/hubspot-companies (a HubSpot destination's matched and created
// companies). A HubSpot destination's token is sealed with the operator's
// key: without one (serve --secrets-key) such destinations are refused.
// Adding a destination and rotating its secret take a fresh code from the
// admin's authenticator (they hand out a secret, shown once). Audited.
class WebhooksApi
{
public:
    // `allowPrivate`: the operator lets destinations be on private addresses (serve --webhook-allow-private);
    // `secrets`: the key HubSpot tokens are sealed with (serve --secrets-key; nullptr: none).
    WebhooksApi(const ServerContext& context, bool allowPrivate, const SecretBox* secrets);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse change(const HttpRequest& request, const QString& id);
    HttpResponse remove(const HttpRequest& request, const QString& id);
    HttpResponse rotate(const HttpRequest& request, const QString& id);
    HttpResponse pause(const HttpRequest& request, const QString& id, bool paused);
    HttpResponse test(const HttpRequest& request, const QString& id);
    HttpResponse deliveries(const HttpRequest& request, const QString& id);
    HttpResponse redeliver(const HttpRequest& request, const QString& id, const QString& deliveryId);
    HttpResponse hubspotCompanies(const HttpRequest& request, const QString& id);

private:
    // The admin's fresh code in the body's "code", checked like a sign-in's.
    std::optional<HttpResponse> freshCode(const HttpRequest& request, const AuthContext& auth) const;
    // The organisation's destination `id`, or the refusal to send (404).
    std::optional<HttpResponse> destinationOf(const AuthContext& auth, const QString& id,
                                              Webhooks::Destination* destination) const;
    // An admin of the DPA-accepting organisation asking about its destination `id`, or the refusal to send.
    std::optional<HttpResponse> adminsDestination(const HttpRequest& request, const QString& id, AuthContext* auth,
                                                  Webhooks::Destination* destination) const;
    void audit(const AuthContext& auth, const QString& action, const QJsonObject& detail) const;
    // A HubSpot draft the server cannot keep (no key, or no token where one is needed): the refusal.
    std::optional<HttpResponse> refuseHubSpot(const Webhooks::Draft& draft, bool tokenNeeded) const;

    const ServerContext& m_context;
    bool m_allowPrivate;
    const SecretBox* m_secrets;
};

} // namespace leadscope::server
