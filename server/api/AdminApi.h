#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
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
    HttpResponse removeWebsite(const HttpRequest& request, const QString& siteId);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
