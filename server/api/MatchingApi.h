#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class RegistryMatcher;
class Router;
struct ServerContext;

// How matches explain and correct themselves (docs/MATCHING.md,
// docs/PROTOCOL.md "Matching"): GET /api/v1/traffic (per website and day,
// the hits tied to a company, those that were not and why, and bot hits by
// reason); GET/POST /api/v1/corrections and DELETE /api/v1/corrections/{id}
// ("wrong company" reports: the organisation's override of a range from the
// next hit on, and optionally its past visits); GET
// /api/v1/registry/companies?q= (the register, to name the right company).
class MatchingApi
{
public:
    static constexpr int kMaxTrafficDays = 400;

    MatchingApi(const ServerContext& context, const RegistryMatcher& matcher);
    void registerRoutes(Router& router);

    HttpResponse traffic(const HttpRequest& request);
    HttpResponse corrections(const HttpRequest& request);
    HttpResponse report(const HttpRequest& request);
    HttpResponse withdraw(const HttpRequest& request, const QString& id);
    HttpResponse registerSearch(const HttpRequest& request);

private:
    const ServerContext& m_context;
    const RegistryMatcher& m_matcher;
};

} // namespace leadscope::server
