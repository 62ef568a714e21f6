#include "server/api/HealthEndpoint.h"

#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/HealthStatus.h"

namespace leadscope::server {

void HealthEndpoint::registerRoutes(Router& router, const Store& store)
{
    router.add("GET", QStringLiteral("/api/v1/health"), [&store](const HttpRequest&, const QStringList&) {
        protocol::HealthStatus health;
        const bool storeOk = store.ping();
        health.status = storeOk ? QStringLiteral("ok") : QStringLiteral("degraded");
        health.version = QStringLiteral(LEADSCOPE_VERSION);
        health.store = store.url().kindName();
        return HttpResponse::json(storeOk ? 200 : 503, health.toJson());
    });
}

} // namespace leadscope::server
