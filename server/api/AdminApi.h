#pragma once

#include "server/domain/Accounts.h"
#include "server/domain/RateLimiter.h"
#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// Admin-only: /api/v1/users (GET, POST, PATCH /{id}, DELETE /{id}) and
// GET /api/v1/audit. Every change to users is audited.
class AdminApi
{
public:
    explicit AdminApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse listUsers(const HttpRequest& request);
    HttpResponse addUser(const HttpRequest& request);
    HttpResponse updateUser(const HttpRequest& request, const QString& userId);
    HttpResponse deleteUser(const HttpRequest& request, const QString& userId);
    HttpResponse audit(const HttpRequest& request);
    HttpResponse updateOrganisation(const HttpRequest& request);
    HttpResponse addWebsite(const HttpRequest& request);
    HttpResponse changeWebsite(const HttpRequest& request, const QString& siteId);
    HttpResponse removeWebsite(const HttpRequest& request, const QString& siteId);

private:
    // An address or domain taken by another organisation is refused without
    // saying so; each such refusal is audited, and an admin gets ten an hour.
    std::optional<HttpResponse> refusalsLimited(const AuthContext& auth) const;
    HttpResponse refused(const AuthContext& auth, const QString& kind, const Accounts::Result& result);

    const ServerContext& m_context;
    RateLimiter m_refusals{10, 3600'000};
};

} // namespace leadscope::server
