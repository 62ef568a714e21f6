#include "server/runtime/Server.h"

#include "server/base/Logging.h"
#include "server/domain/MailOutbox.h"
#include "server/domain/Retention.h"
#include "server/domain/WebhookOutbox.h"
#include "server/http/HttpServer.h"
#include "server/runtime/Services.h"
#include "server/store/Backups.h"
#include "server/store/Sql.h"

#include <QElapsedTimer>
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

Server::Server(QObject* parent)
    : QObject(parent)
{
}

Server::~Server()
{
    m_stopping = true;
    QThreadPool::globalInstance()->waitForDone();
    // The workers stop before their servers and the services they use go away.
    for (HttpServer* http : {m_http, m_admin}) {
        if (http)
            http->stopWorkers();
    }
    delete m_http;
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
    if (!s.start(options, error))
        return false;

    m_http = new HttpServer(s.router, options.workers, this);
    m_http->setMetrics(&s.metrics);
    m_http->setIdleTimeout(options.idleTimeoutMs);
    m_http->setMaxConnections(options.maxConnections);
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
    m_admin->setMaxConnections(16);
    m_adminPort = m_admin->listenTls(options.adminAddress, options.adminPort, tls, error);
    if (m_adminPort == 0)
        return false;
    s.mail.start(options.mailIntervalMs);
    s.webhookWorker.start(options.webhookIntervalMs);
    qCInfo(lcServer) << "serving on port" << m_port << "with store" << s.store.url().kindName() << "DPA"
                     << s.dpa.current().version;
    return true;
}

void Server::purge()
{
    if (m_purging.exchange(true))
        return;
    QThreadPool::globalInstance()->start([this] {
        // Its transactions give way to ingest's (WriterLock), as the webhook thread's do.
        Sql::setBackgroundWriter(true);
        QElapsedTimer took;
        took.start();
        qCInfo(lcServer) << "daily purge started";
        Retention::Report report;
        QString error;
        if (!Retention::purgeVisits(m_services->store, m_services->clock.nowMs(), &report, &error, &m_stopping))
            qCWarning(lcServer) << "purge failed:" << error;
        else
            qCInfo(lcServer).nospace() << "purge removed " << report.visits << " visits past retention and "
                                       << report.pageviews << " page views in " << took.elapsed() / 1000 << " s";
        int mails = 0;
        if (!MailOutbox::expire(m_services->store.connection(), m_services->clock.nowMs(), &mails, &error))
            qCWarning(lcServer) << "purge of old mail failed:" << error;
        int deliveries = 0;
        if (!WebhookOutbox::expire(m_services->store.connection(), m_services->clock.nowMs(), &deliveries, &error))
            qCWarning(lcServer) << "purge of old webhook deliveries failed:" << error;
        QStringList removed;
        if (!m_backupDirectory.isEmpty() && Backups::expire(m_backupDirectory, m_services->clock.nowMs(), &removed) > 0)
            qCInfo(lcServer) << "purge removed" << removed.size() << "backups older than 30 days";
        m_services->store.closeThreadConnection();
        Sql::setBackgroundWriter(false); // a pooled thread: the next task is not background work
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
