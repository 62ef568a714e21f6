#include "server/api/CollectApi.h"

#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/Retention.h"
#include "server/http/Gzip.h"
#include "server/http/Router.h"
#include "server/store/Store.h"
#include "server/tracking/IpAddress128.h"
#include "server/tracking/RegistryMatcher.h"
#include "server/tracking/VisitRecorder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace leadscope::server {

namespace {

bool hostBelongsTo(const QString& host, const QString& domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

HttpResponse withCors(HttpResponse response, const QByteArray& origin)
{
    if (!origin.isEmpty()) {
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Vary", "Origin");
    }
    return response;
}

} // namespace

CollectApi::CollectApi(const Store& store, const Clock& clock, const RegistryMatcher& matcher, int siteHitsPerSecond,
                       bool demoTraffic, bool botFiltering)
    : m_store(store)
    , m_clock(clock)
    , m_matcher(matcher)
    , m_demoTraffic(demoTraffic)
    , m_siteLimiter(siteHitsPerSecond * 10, 10'000)
    , m_bots(botFiltering)
    , m_queue(store, store.isPostgres() ? 2 : 1)
{
    QFile source(QStringLiteral(":/leadscope/tracker/t.js"));
    if (source.open(QIODevice::ReadOnly))
        m_trackerSource = source.readAll();
}

bool CollectApi::start(QString* error)
{
    return !m_bots.enabled() || m_bots.loadBuiltIn(error);
}

void CollectApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/t.js"), [this](const HttpRequest& r, const QStringList&) { return tracker(r); });
    router.add("OPTIONS", QStringLiteral("/collect"),
               [this](const HttpRequest& r, const QStringList&) { return preflight(r); });
    router.add("POST", QStringLiteral("/collect"),
               [this](const HttpRequest& r, const QStringList&) { return collect(r); });
    router.add("OPTIONS", QStringLiteral("/collect/optout"),
               [this](const HttpRequest& r, const QStringList&) { return preflight(r); });
    router.add("POST", QStringLiteral("/collect/optout"),
               [this](const HttpRequest& r, const QStringList&) { return optOut(r); });
}

bool CollectApi::findSite(const QString& siteId, VisitRecorder::Site* site, bool* found, QString* error)
{
    const qint64 now = m_clock.nowMs();
    {
        std::lock_guard lock(m_cacheMutex);
        const auto it = m_sites.constFind(siteId);
        if (it != m_sites.cend() && it->first > now) {
            *site = it->second;
            *found = true;
            return true;
        }
    }
    if (!VisitRecorder(m_store).findSite(siteId, site, found, error))
        return false;
    // Not cached until the organisation accepted a DPA: recording starts with
    // the first hit after the acceptance, not up to 30 s later.
    if (*found && site->dpaAccepted) {
        std::lock_guard lock(m_cacheMutex);
        if (m_sites.size() > 100'000)
            m_sites.clear();
        m_sites.insert(siteId, {now + 30'000, *site});
    }
    return true;
}

void CollectApi::noteHit(const QString& siteId)
{
    // "Is the tracker installed?": the site's last accepted hit, written at
    // most once a minute per site so that ingest does not pay for it.
    const qint64 now = m_clock.nowMs();
    {
        std::lock_guard lock(m_cacheMutex);
        qint64& written = m_lastHitWritten[siteId];
        if (written > now - 60'000)
            return;
        written = now;
        if (m_lastHitWritten.size() > 100'000)
            m_lastHitWritten.clear();
    }
    QString error;
    if (!VisitRecorder(m_store).noteHit(siteId, now, &error))
        qCWarning(lcIngest) << "noting a site's last hit failed:" << error;
}

HttpResponse CollectApi::tracker(const HttpRequest&) const
{
    HttpResponse response;
    response.status = 200;
    response.body = m_trackerSource;
    response.setHeader("Content-Type", "text/javascript; charset=utf-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    return response;
}

HttpResponse CollectApi::preflight(const HttpRequest& request)
{
    // Only sites registered by some organisation may post hits from a browser.
    const QByteArray origin = request.header("Origin");
    const QString host = QUrl(QString::fromLatin1(origin)).host().toLower();
    HttpResponse response;
    response.status = 204;
    if (!host.isEmpty()) {
        response.setHeader("Access-Control-Allow-Methods", "POST");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type");
        response.setHeader("Access-Control-Max-Age", "86400");
    }
    return withCors(response, origin);
}

HttpResponse CollectApi::collect(const HttpRequest& request)
{
    const QByteArray origin = request.header("Origin");
    const auto reject = [this](int status, const QString& code, const QString& message) {
        ++m_counters.rejected;
        return HttpResponse::error(status, code, message);
    };
    QString error;
    const auto hit = Hit::parse(request.body, &error);
    if (!hit)
        return reject(400, QStringLiteral("invalid_hit"), error);
    VisitRecorder::Site site;
    bool found = false;
    if (!findSite(hit->siteId, &site, &found, &error)) {
        qCWarning(lcIngest) << "site lookup failed:" << error;
        return reject(503, QStringLiteral("store_unavailable"), QStringLiteral("Try again later."));
    }
    if (!found)
        return reject(400, QStringLiteral("unknown_site"), QStringLiteral("\"site\" is not a registered website."));
    if (!hostBelongsTo(hit->host, site.domain))
        return reject(400, QStringLiteral("invalid_hit"), QStringLiteral("\"url\" is not on the registered website."));
    if (!origin.isEmpty() && !hostBelongsTo(QUrl(QString::fromLatin1(origin)).host().toLower(), site.domain))
        return reject(403, QStringLiteral("origin_not_allowed"),
                      QStringLiteral("Hits are accepted only from the registered website."));
    if (site.consentMode && !hit->consent)
        return withCors(reject(403, QStringLiteral("consent_required"),
                               QStringLiteral("This website records visits only with the visitor's consent.")),
                        origin);
    noteHit(site.id);
    const qint64 now = m_demoTraffic && hit->timestampMs > 0 ? hit->timestampMs : m_clock.nowMs();
    if (m_siteLimiter.retryAfterSeconds(site.id.toLatin1(), m_clock.nowMs()) > 0) {
        ++m_counters.rejected;
        return withCors(HttpResponse::tooManyRequests(QStringLiteral("rate_limited"),
                                                      QStringLiteral("Too many hits for this site."), 10),
                        origin);
    }

    m_siteLimiter.record(site.id.toLatin1(), m_clock.nowMs());
    if (!site.dpaAccepted && !m_demoTraffic) {
        // No processing agreement, no processing: the hit is counted and forgotten.
        ++m_counters.withoutDpa;
        HttpResponse response;
        response.status = 204;
        return withCors(response, origin);
    }

    return record(request, *hit, site, now);
}

HttpResponse CollectApi::record(const HttpRequest& request, const Hit& hit, const VisitRecorder::Site& site, qint64 now)
{
    const QByteArray origin = request.header("Origin");
    // The address is matched here, in memory, and goes no further.
    const auto index = m_matcher.index();
    const IpRangeIndex::Range* range = index->lookup(IpAddress128::fromHostAddress(request.clientAddress));
    const BotFilter::Reason bot =
        m_bots.judge({request.header("User-Agent"), !origin.isEmpty(), hit.webdriver, site.recordAutomated, range,
                      qHash(site.id) ^ (qHash(hit.sessionId) * 0x9e3779b97f4a7c15ULL), now});
    const QString pair = site.orgId + u'|' + (range ? range->companyId : QString());
    bool companyKnown = false;
    {
        std::lock_guard lock(m_cacheMutex);
        companyKnown = m_knownCompanies.contains(pair);
    }
    IngestQueue::Job job;
    job.input.site = site;
    job.input.hit = &hit;
    job.input.range = range;
    job.input.index = index.get();
    job.input.nowMs = now;
    job.input.companyKnown = companyKnown;
    job.input.botReason = BotFilter::reasonName(bot);
    if (bot == BotFilter::Reason::None && range) { // the keyed ids, here rather than on the one writer
        job.input.sessionKey = VisitRecorder::keyedId(site.orgSecret, "s:", hit.sessionId);
        job.input.visitorKey = VisitRecorder::keyedId(site.orgSecret, "v:", hit.visitorId);
    }
    m_queue.submit(job); // returns once committed
    if (!job.ok) {
        qCWarning(lcIngest) << "recording a hit failed:" << job.error;
        ++m_counters.rejected;
        return HttpResponse::error(503, QStringLiteral("store_unavailable"), QStringLiteral("Try again later."));
    }
    const bool identified = job.input.identified;
    if (identified && !companyKnown) {
        std::lock_guard lock(m_cacheMutex);
        if (m_knownCompanies.size() > 1'000'000)
            m_knownCompanies.clear(); // bounded; an unknown pair only costs one idempotent insert
        // The company recorded (an organisation's correction may have named another than the range's).
        m_knownCompanies.insert(site.orgId + u'|' + job.input.companyId);
    }
    ++(bot != BotFilter::Reason::None ? m_counters.bots : identified ? m_counters.identified : m_counters.unidentified);
    HttpResponse response;
    response.status = 204;
    return withCors(response, origin);
}

HttpResponse CollectApi::optOut(const HttpRequest& request)
{
    const QByteArray origin = request.header("Origin");
    const auto reject = [this, &origin](int status, const QString& code, const QString& message) {
        ++m_counters.rejected;
        return withCors(HttpResponse::error(status, code, message), origin);
    };
    if (request.body.size() > Hit::kMaxBodyBytes)
        return reject(400, QStringLiteral("invalid_request"), QStringLiteral("The request is too large."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString siteId = body.value(QStringLiteral("site")).toString();
    const QString vid = body.value(QStringLiteral("vid")).toString();
    if (siteId.isEmpty() || siteId.size() > 64 || !Hit::isCookieId(vid))
        return reject(400, QStringLiteral("invalid_request"),
                      QStringLiteral("\"site\" and \"vid\" (32 hexadecimal characters) are required."));
    VisitRecorder::Site site;
    bool found = false;
    QString error;
    if (!findSite(siteId, &site, &found, &error))
        return reject(503, QStringLiteral("store_unavailable"), QStringLiteral("Try again later."));
    if (!found)
        return reject(400, QStringLiteral("unknown_site"), QStringLiteral("\"site\" is not a registered website."));
    if (!origin.isEmpty() && !hostBelongsTo(QUrl(QString::fromLatin1(origin)).host().toLower(), site.domain))
        return reject(403, QStringLiteral("origin_not_allowed"),
                      QStringLiteral("Opt-outs are accepted only from the registered website."));
    if (m_siteLimiter.retryAfterSeconds(site.id.toLatin1(), m_clock.nowMs()) > 0)
        return reject(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests for this site."));
    m_siteLimiter.record(site.id.toLatin1(), m_clock.nowMs());
    // The same keyed id the visits were recorded under; computed, used, forgotten.
    const QByteArray visitorKey = VisitRecorder::keyedId(site.orgSecret, "v:", vid.toLatin1());
    Retention::Report erased;
    if (!Retention::eraseVisitor(m_store, site.orgId, visitorKey, m_clock.nowMs(), &erased, &error)) {
        qCWarning(lcIngest) << "erasing an opted-out visitor failed:" << error;
        return reject(503, QStringLiteral("store_unavailable"), QStringLiteral("Try again later."));
    }
    HttpResponse response;
    response.status = 204;
    return withCors(response, origin);
}

} // namespace leadscope::server
