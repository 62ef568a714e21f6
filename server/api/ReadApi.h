#pragma once

#include "server/domain/ApiTokens.h"
#include "server/domain/RateLimiter.h"
#include "server/domain/Segments.h"
#include "server/http/HttpMessage.h"

#include "protocol/LeadFilter.h"

#include <optional>

namespace leadscope::server {

class Router;
struct ServerContext;

// The read API for other systems (Zapier, n8n, a data warehouse), with an
// organisation's API token (docs/INTEGRATIONS.md, docs/PROTOCOL.md): the same
// companies, visits and shared segments the desktop syncs, paged, read-only.
//   GET /api/v1/read/companies[?filter=&after=&limit=]        scope leads
//   GET /api/v1/read/companies/{id}                           scope leads
//   GET /api/v1/read/companies/{id}/visits[?before=&limit=]   scope visits
//   GET /api/v1/read/segments                                 scope segments
//   GET /api/v1/read/segments/{id}/companies[?after=&limit=]  scope segments
// Each token may make kPerMinute requests a minute (429 with Retry-After past
// that); unknown tokens count against the source like failed sign-ins.
class ReadApi
{
public:
    static constexpr int kPerMinute = 120;
    static constexpr int kMaxCompanies = 500;
    static constexpr int kMaxVisits = 200;

    explicit ReadApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse companies(const HttpRequest& request);
    HttpResponse company(const HttpRequest& request, const QString& id);
    HttpResponse visits(const HttpRequest& request, const QString& companyId);
    HttpResponse segments(const HttpRequest& request);
    HttpResponse segmentCompanies(const HttpRequest& request, const QString& segmentId);

private:
    // The request's token, if it is valid, has `scope`, may read (DPA) and is
    // within its rate; otherwise the refusal to send.
    std::optional<HttpResponse> admit(const HttpRequest& request, const QString& scope, ApiTokens::Token* token);
    HttpResponse companyPage(const HttpRequest& request, const QString& orgId,
                             const std::optional<protocol::LeadFilter>& filter);
    // The organisation's shared segments; false: the store failed.
    bool sharedSegments(const QString& orgId, QList<Segments::Segment>* shared) const;

    const ServerContext& m_context;
    RateLimiter m_perToken{kPerMinute, 60'000};
};

} // namespace leadscope::server
