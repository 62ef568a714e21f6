#include "server/runtime/Services.h"

#include "server/api/HealthEndpoint.h"
#include "server/runtime/Server.h"

namespace leadscope::server {

Services::Services(const ServeOptions& options)
    : secrets(options.secrets)
    , store(options.database)
    , sessions(store, clock)
    , accounts(store, clock)
    , context{store, clock, sessions, accounts, sourceLimiter, dpa, suspicious, metrics}
    , auth(context)
    , account(context)
    , admin(context)
    , alerts(context, options.smtp.has_value())
    , resets(context)
    , dpaApi(context)
    , exports(context)
    , sync(context)
    , segments(context)
    , rules(context, options.maxRulesPerOrganisation)
    , ignored(context)
    , targetLists(context)
    , webhooks(context, options.webhooks.allowPrivate, secrets.get())
    , apiTokens(context)
    , read(context)
    , matcher(store)
    , collect(store, clock, matcher, options.siteHitsPerSecond, options.demoTraffic, options.botFiltering)
    , matching(context, matcher)
    , mail(store, clock, options.smtp)
    , webhookWorker(store, clock, options.webhooks, secrets.get())
{
}

bool Services::start(const ServeOptions& options, QString* error)
{
    if (!store.open(error) || !store.checkSchema(error) || !dpa.load(options.dpaDirectory, error) ||
        !matcher.load(error) || !collect.start(error))
        return false;
    checkpointer.start();
    HealthEndpoint::registerRoutes(router, store);
    auth.registerRoutes(router);
    account.registerRoutes(router);
    admin.registerRoutes(router);
    alerts.registerRoutes(router);
    webhooks.registerRoutes(router);
    apiTokens.registerRoutes(router);
    read.registerRoutes(router);
    resets.registerRoutes(router);
    dpaApi.registerRoutes(router);
    exports.registerRoutes(router);
    sync.registerRoutes(router);
    segments.registerRoutes(router);
    rules.registerRoutes(router);
    ignored.registerRoutes(router);
    targetLists.registerRoutes(router);
    collect.registerRoutes(router);
    matching.registerRoutes(router);

    const CollectApi::Counters& hits = collect.counters();
    metrics.addCounter("leadscope_hits_total",
                       "Tracking hits: identified (matched to a company), unidentified (counted and forgotten), "
                       "rejected (malformed, unknown site, no consent or rate-limited), without_dpa (counted, not "
                       "recorded: the organisation has not accepted a DPA), bot (a bot's hit: counted by reason, not "
                       "recorded).",
                       {{"result=\"identified\"",
                         [&hits] {
                             return hits.identified.load();
                         }},
                        {"result=\"unidentified\"",
                         [&hits] {
                             return hits.unidentified.load();
                         }},
                        {"result=\"rejected\"",
                         [&hits] {
                             return hits.rejected.load();
                         }},
                        {"result=\"without_dpa\"",
                         [&hits] {
                             return hits.withoutDpa.load();
                         }},
                        {"result=\"bot\"", [&hits] {
                             return hits.bots.load();
                         }}});
    adminRouter.add("GET", QStringLiteral("/metrics"), [this](const HttpRequest&, const QStringList&) {
        HttpResponse response;
        response.body = metrics.render();
        response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        return response;
    });
    return true;
}

} // namespace leadscope::server
