#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// The organisation's ignore list (docs/PROTOCOL.md, "Hidden companies"):
// GET /api/v1/ignored for everyone (each desktop hides what it lists);
// POST and DELETE /api/v1/ignored/{id} for managers and admins, audited.
class IgnoreApi
{
public:
    explicit IgnoreApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse remove(const HttpRequest& request, const QString& id);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
