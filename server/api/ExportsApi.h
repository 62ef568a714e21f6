#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// POST /api/v1/exports: a client asks for a grant before it writes an
// export. Managers and admins get one; the export is recorded in the audit
// log (who, what segment, how many rows, which format). Sales get 403.
class ExportsApi
{
public:
    static constexpr int kMaxRows = 1'000'000;

    explicit ExportsApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse grant(const HttpRequest& request);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
