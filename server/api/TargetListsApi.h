#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// Target-account lists (docs/PROTOCOL.md): GET /api/v1/target-lists for
// everyone (each desktop filters and marks by them); creating, deleting,
// adding and removing companies and importing registry numbers or websites
// for managers and admins, audited.
class TargetListsApi
{
public:
    explicit TargetListsApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse create(const HttpRequest& request);
    HttpResponse remove(const HttpRequest& request, const QString& id);
    HttpResponse addCompanies(const HttpRequest& request, const QString& id);
    HttpResponse removeCompanies(const HttpRequest& request, const QString& id);
    HttpResponse import(const HttpRequest& request, const QString& id);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
