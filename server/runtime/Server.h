#pragma once

#include "server/integrations/WebhookSender.h"
#include "server/mail/SmtpSender.h"
#include "server/store/DatabaseUrl.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace leadscope::server {

class HttpServer;
class SecretBox;
class Services;

struct ServeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString tlsCertificate;
    QString tlsKey;
    DatabaseUrl database;
    QStringList trustedProxies; // CIDR
    int idleTimeoutMs = 30'000;
    int maxConnections = 512; // each may hold up to ~2 MiB of request: the memory bound
    QString dpaDirectory;     // empty: the DPA texts built into the server
    int workers = 32;         // most of them wait for a commit (IngestQueue), which costs no CPU
    int siteHitsPerSecond = 1000;
    bool botFiltering = true; // --bot-filtering: bots' hits counted, not recorded
    int maxRulesPerOrganisation = 50;
    QString backupDirectory;                  // the daily purge expires backups here
    std::optional<SmtpSender::Settings> smtp; // the relay for alerts and digests; none: no e-mail
    int mailIntervalMs = 2000;                // how often the mail thread looks for due mail
    WebhookSender::Settings webhooks;         // --webhook-ca, --webhook-allow-private
    int webhookIntervalMs = 1000;             // how often the webhook thread looks for events when idle
    std::shared_ptr<const SecretBox> secrets; // --secrets-key: seals HubSpot tokens; none: no HubSpot
    // Only for the demo's own traffic generator: honour a hit's "ts", and
    // record before the DPA is accepted (synthetic visitors, nobody's data),
    // so the demo has history while its admin still has the DPA to accept.
    bool demoTraffic = false;
    // The admin listener (GET /metrics, HTTPS with the same certificate):
    // loopback by default; port 0 = any free port.
    QHostAddress adminAddress = QHostAddress::LocalHost;
    quint16 adminPort = 0;
};

// One running leadscope-server: store, services, routes and HTTPS listener.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject* parent = nullptr);
    ~Server() override;

    bool start(const ServeOptions& options, QString* error);
    quint16 port() const { return m_port; }
    quint16 adminPort() const { return m_adminPort; }
    // Reloads the range index when an import changed the registry.
    void refreshRegistry();
    // Retention: visits past each organisation's retention, backups past 30 days.
    void purge();

private:
    std::unique_ptr<Services> m_services;
    HttpServer* m_http = nullptr;
    HttpServer* m_admin = nullptr;
    std::atomic<bool> m_refreshing{false};
    std::atomic<bool> m_purging{false};
    std::atomic<bool> m_stopping{false}; // a running purge ends after its current batch
    QString m_backupDirectory;
    quint16 m_port = 0;
    quint16 m_adminPort = 0;
};

} // namespace leadscope::server
