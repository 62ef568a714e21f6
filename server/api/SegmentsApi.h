#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// Saved segments on the server (docs/PROTOCOL.md): GET and POST
// /api/v1/segments, PATCH and DELETE /api/v1/segments/{id}. Every user
// may keep personal segments and share them with the team (to view or to
// edit); each change is audited. Needs the organisation's accepted DPA,
// as the visit data the segments select does.
class SegmentsApi
{
public:
    explicit SegmentsApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse change(const HttpRequest& request, const QString& id);
    HttpResponse remove(const HttpRequest& request, const QString& id);

private:
    const ServerContext& m_context;
};

} // namespace leadscope::server
