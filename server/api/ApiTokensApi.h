#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// An organisation's read-only API tokens, for admins (docs/INTEGRATIONS.md,
// docs/PROTOCOL.md): GET/POST /api/v1/admin/api-tokens and DELETE
// /api/v1/admin/api-tokens/{id} (revoke). Creating one takes a fresh code from
// the admin's authenticator (it hands out the token, shown once). Audited.
class ApiTokensApi
{
public:
    explicit ApiTokensApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse create(const HttpRequest& request);
    HttpResponse revoke(const HttpRequest& request, const QString& id);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
