#include "Server.h"

#include "AccountApi.h"
#include "Accounts.h"
#include "AdminApi.h"
#include "AuthApi.h"
#include "Backups.h"
#include "Clock.h"
#include "CollectApi.h"
#include "DpaApi.h"
#include "DpaRegistry.h"
#include "ExportsApi.h"
#include "HealthEndpoint.h"
#include "HttpServer.h"
#include "Logging.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "RegistryMatcher.h"
#include "Retention.h"
#include "Router.h"
#include "ServerContext.h"
#include "Sessions.h"
#include "Store.h"
#include "SuspiciousActivity.h"
#include "SyncApi.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThreadPool>
#include <QTimer>

namespace leadscope::server {

namespace {

bool loadTls(const ServeOptions& options, QSslConfiguration* config, QString* error)
{
    if (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key are required: leadscope-server only serves HTTPS.");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate.").arg(options.tlsCertificate);
        return false;
    }
    QFile keyFile(options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the TLS key %1: %2").arg(options.tlsKey, keyFile.errorString());
        return false;
    }
    QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    pem.fill('\0');
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM EC or RSA private key.").arg(options.tlsKey);
        return false;
    }
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    return true;
}

} // namespace

// Everything a running server owns, in dependency order.
struct Server::Services
{
    explicit Services(const ServeOptions& options)
        : store(options.database)
        , sessions(store, clock)
        , accounts(store, clock)
        , context{store, clock, sessions, accounts, sourceLimiter, dpa, suspicious, metrics}
        , auth(context)
        , account(context)
        , admin(context)
        , dpaApi(context)
        , exports(context)
        , sync(context)
        , matcher(store)
        , collect(store, clock, matcher, options.siteHitsPerSecond, options.acceptHitTimestamps)
    {
    }

    Clock clock;
    Store store;
    DpaRegistry dpa;
    Sessions sessions;
    Accounts accounts;
    RateLimiter sourceLimiter{30, 15 * 60 * 1000}; // failed sign-ins per source per 15 minutes
    SuspiciousActivity suspicious;                 // bursts of failed sign-ins per organisation
    Metrics metrics;
    ServerContext context;
    AuthApi auth;
    AccountApi account;
    AdminApi admin;
    DpaApi dpaApi;
    ExportsApi exports;
    SyncApi sync;
    RegistryMatcher matcher;
    CollectApi collect;
    Router router;
    Router adminRouter;
};

Server::Server(QObject* parent)
    : QObject(parent)
{
}

Server::~Server()
{
    QThreadPool::globalInstance()->waitForDone();
    delete m_http; // stops the workers before the services they use go away
    m_http = nullptr;
    delete m_admin;
    m_admin = nullptr;
}

bool Server::start(const ServeOptions& options, QString* error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!loadTls(options, &tls, error))
        return false;
    m_services = std::make_unique<Services>(options);
    Services& s = *m_services;
    if (!s.store.open(error) || !s.store.checkSchema(error) || !s.dpa.load(options.dpaDirectory, error) ||
        !s.matcher.load(error))
        return false;
    HealthEndpoint::registerRoutes(s.router, s.store);
    s.auth.registerRoutes(s.router);
    s.account.registerRoutes(s.router);
    s.admin.registerRoutes(s.router);
    s.dpaApi.registerRoutes(s.router);
    s.exports.registerRoutes(s.router);
    s.sync.registerRoutes(s.router);
    s.collect.registerRoutes(s.router);

    const CollectApi::Counters& hits = s.collect.counters();
    s.metrics.addCounter("leadscope_hits_total",
                         "Tracking hits: identified (matched to a company), unidentified (counted and forgotten), "
                         "rejected (malformed, unknown site or rate-limited).",
                         {{"result=\"identified\"",
                           [&hits] {
                               return hits.identified.load();
                           }},
                          {"result=\"unidentified\"",
                           [&hits] {
                               return hits.unidentified.load();
                           }},
                          {"result=\"rejected\"", [&hits] {
                               return hits.rejected.load();
                           }}});
    s.adminRouter.add("GET", QStringLiteral("/metrics"),
                      [&metrics = s.metrics](const HttpRequest&, const QStringList&) {
                          HttpResponse response;
                          response.body = metrics.render();
                          response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                          return response;
                      });

    m_http = new HttpServer(s.router, options.workers, this);
    m_http->setMetrics(&s.metrics);
    m_http->setIdleTimeout(options.idleTimeoutMs);
    if (!m_http->setTrustedProxies(options.trustedProxies, error))
        return false;
    // An import by another process bumps the registry version; pick it up.
    auto* registryTimer = new QTimer(this);
    connect(registryTimer, &QTimer::timeout, this, &Server::refreshRegistry);
    registryTimer->start(10'000);
    m_backupDirectory = options.backupDirectory;
    auto* purgeTimer = new QTimer(this);
    connect(purgeTimer, &QTimer::timeout, this, &Server::purge);
    purgeTimer->start(24 * 3600 * 1000);
    QTimer::singleShot(60'000, this, &Server::purge);
    m_port = m_http->listenTls(options.address, options.port, tls, error);
    if (m_port == 0)
        return false;
    // Monitoring apart from the API: an operator can keep it off the public interface.
    m_admin = new HttpServer(s.adminRouter, 1, this);
    m_admin->setIdleTimeout(options.idleTimeoutMs);
    m_adminPort = m_admin->listenTls(options.adminAddress, options.adminPort, tls, error);
    if (m_adminPort == 0)
        return false;
    qCInfo(lcServer) << "serving on port" << m_port << "with store" << s.store.url().kindName() << "DPA"
                     << s.dpa.current().version;
    return true;
}

void Server::purge()
{
    if (m_purging.exchange(true))
        return;
    QThreadPool::globalInstance()->start([this] {
        Retention::Report report;
        QString error;
        if (!Retention::purgeVisits(m_services->store, m_services->clock.nowMs(), &report, &error))
            qCWarning(lcServer) << "purge failed:" << error;
        else if (report.visits > 0)
            qCInfo(lcServer) << "purge removed" << report.visits << "visits past retention";
        QStringList removed;
        if (!m_backupDirectory.isEmpty() && Backups::expire(m_backupDirectory, m_services->clock.nowMs(), &removed) > 0)
            qCInfo(lcServer) << "purge removed" << removed.size() << "backups older than 30 days";
        m_services->store.closeThreadConnection();
        m_purging = false;
    });
}

void Server::refreshRegistry()
{
    if (m_refreshing.exchange(true))
        return;
    // Built off the event loop; swapped in when ready.
    QThreadPool::globalInstance()->start([this] {
        QString error;
        if (!m_services->matcher.refreshIfChanged(&error))
            qCWarning(lcServer) << "registry reload failed:" << error;
        m_services->store.closeThreadConnection();
        m_refreshing = false;
    });
}

} // namespace leadscope::server
