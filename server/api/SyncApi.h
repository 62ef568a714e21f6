#pragma once

#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// GET /api/v1/sync, GET /api/v1/companies/{id}/visits (what lies before a
// desktop's window of months) and PUT /api/v1/companies/{id}/annotation. All
// need the organisation to have accepted the current DPA (451 dpa_required
// until then).
class SyncApi
{
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 10000;
    // max_bytes: a page also ends once its JSON reaches this size.
    static constexpr qint64 kMinPageBytes = 1024;
    static constexpr qint64 kMaxPageBytes = 64LL * 1024 * 1024;
    // A sales user may download the whole change log about this many times
    // in 24 hours (plus kSyncSlackChanges); managers and admins, who can
    // export anyway, are audited but not limited.
    static constexpr int kFullCopiesPerDay = 3;
    static constexpr qint64 kSyncSlackChanges = 1000;
    // GET /api/v1/companies/{id}/visits: visits per page.
    static constexpr int kDefaultVisits = 50;
    static constexpr int kMaxVisits = 200;

    explicit SyncApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse sync(const HttpRequest& request);
    HttpResponse olderVisits(const HttpRequest& request, const QString& companyId);
    HttpResponse putAnnotation(const HttpRequest& request, const QString& companyId);

private:
    // A sales user (or more) of an organisation with the DPA, and an id that can be a company's.
    std::optional<HttpResponse> admitForCompany(const HttpRequest& request, const QString& companyId,
                                                AuthContext* auth) const;
    // Audits downloads from the start and refuses a sales user past the daily budget.
    std::optional<HttpResponse> limitVolume(const AuthContext& auth, qint64 afterSeq, qint64 latestSeq,
                                            qint64 pageChanges) const;

    const ServerContext& m_context;
};

} // namespace leadscope::server
