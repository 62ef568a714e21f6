#pragma once

#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct ServerContext;

// GET /api/v1/sync and PUT /api/v1/companies/{id}/annotation. Both need the
// organisation to have accepted the current DPA (451 dpa_required until then).
class SyncApi
{
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 10000;

    explicit SyncApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse sync(const HttpRequest& request);
    HttpResponse putAnnotation(const HttpRequest& request, const QString& companyId);

    static const QStringList& statuses();

private:
    std::optional<HttpResponse> requireDpa(const QString& orgId) const;

    const ServerContext& m_context;
};

} // namespace leadscope::server
