#pragma once

#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// An organisation's rules (docs/PROTOCOL.md, docs/RULES.md): GET
// /api/v1/rules for everyone in it; POST, PATCH /{id} and DELETE /{id} for
// managers and admins, each audited. At most a configured number per
// organisation (serve --max-rules). Needs the organisation's accepted DPA.
class RulesApi
{
public:
    RulesApi(const ServerContext& context, int maxPerOrganisation);
    void registerRoutes(Router& router);

    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse change(const HttpRequest& request, const QString& id);
    HttpResponse remove(const HttpRequest& request, const QString& id);

private:
    std::optional<HttpResponse> admit(const HttpRequest& request, bool write, AuthContext* auth) const;
    // 400 naming the first user id in the actions that is not in the organisation.
    std::optional<HttpResponse> checkPeople(const QString& orgId, const QStringList& ids) const;

    const ServerContext& m_context;
    int m_maxPerOrganisation;
};

} // namespace leadscope::server
