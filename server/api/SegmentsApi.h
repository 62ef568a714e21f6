#pragma once

#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
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
    // Any signed-in user of an organisation that accepted the DPA; else the answer to send.
    std::optional<HttpResponse> admit(const HttpRequest& request, AuthContext* auth) const;

    const ServerContext& m_context;
};

} // namespace leadscope::server
