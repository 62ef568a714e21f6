#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// GET /api/v1/dpa (everyone) and POST /api/v1/dpa/accept (admins; audited).
class DpaApi
{
public:
    explicit DpaApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse get(const HttpRequest& request);
    HttpResponse accept(const HttpRequest& request);
    // {current_version, accepted, acceptance{version, accepted_by, accepted_at}|null}
    static QJsonObject status(const ServerContext& context, const QString& orgId, QString* error);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
