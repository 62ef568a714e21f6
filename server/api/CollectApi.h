#pragma once

#include "server/domain/RateLimiter.h"
#include "server/http/HttpMessage.h"
#include "server/tracking/BotFilter.h"
#include "server/tracking/IngestQueue.h"
#include "server/tracking/VisitRecorder.h"

#include <QHash>
#include <QSet>
#include <mutex>

#include <atomic>

namespace leadscope::server {

class Clock;
class RegistryMatcher;
class Router;
class Store;

// GET /t.js (the tracker) and POST /collect (its hits). The client address
// is looked up in memory and dropped: only the matched company (or a count
// of unidentified hits) is stored. CORS only for an organisation's own sites.
class CollectApi
{
public:
    struct Counters
    {
        std::atomic<qint64> identified{0};
        std::atomic<qint64> unidentified{0};
        std::atomic<qint64> rejected{0};
        std::atomic<qint64> withoutDpa{0}; // counted, not recorded: the organisation accepted no DPA yet
        std::atomic<qint64> bots{0};       // a bot's (BotFilter): counted by reason, not recorded
    };

    // siteHitsPerSecond: each website's budget (averaged over 10 s windows).
    CollectApi(const Store& store, const Clock& clock, const RegistryMatcher& matcher, int siteHitsPerSecond,
               bool demoTraffic, bool botFiltering = true);
    // False + *error when the built-in crawler list cannot be read.
    bool start(QString* error);
    void registerRoutes(Router& router);

    HttpResponse tracker(const HttpRequest& request) const;
    HttpResponse preflight(const HttpRequest& request);
    HttpResponse collect(const HttpRequest& request);
    const Counters& counters() const { return m_counters; }
    // POST /collect/optout {"site", "vid"}: the visitor opted out
    // (leadscope('optout')); their visits and page views are erased at once.
    HttpResponse optOut(const HttpRequest& request);

private:
    // Sites change rarely: looked up once per 30 s. Organisation + company
    // pairs already recorded need no first-seen insert.
    void noteHit(const QString& siteId);
    // An accepted hit: judged (bots), matched in memory, recorded through the ingest queue.
    HttpResponse record(const HttpRequest& request, const Hit& hit, const VisitRecorder::Site& site, qint64 now);
    bool findSite(const QString& siteId, VisitRecorder::Site* site, bool* found, QString* error);

    const Store& m_store;
    const Clock& m_clock;
    const RegistryMatcher& m_matcher;
    const bool m_demoTraffic;
    QByteArray m_trackerSource;
    RateLimiter m_siteLimiter;
    BotFilter m_bots;
    Counters m_counters;
    std::mutex m_cacheMutex;
    QHash<QString, QPair<qint64, VisitRecorder::Site>> m_sites;
    QSet<QString> m_knownCompanies;
    QHash<QString, qint64> m_lastHitWritten; // site id → when its last_hit_at was last written
    IngestQueue m_queue;
};

} // namespace leadscope::server
