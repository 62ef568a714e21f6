#pragma once

#include "DatabaseUrl.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace leadscope::server {

class HttpServer;
class Router;
class Store;

struct ServeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString tlsCertificate;
    QString tlsKey;
    DatabaseUrl database;
    QStringList trustedProxies; // CIDR
    int idleTimeoutMs = 30'000;
};

// One running leadscope-server: store + routes + HTTPS listener.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject* parent = nullptr);
    ~Server() override;

    bool start(const ServeOptions& options, QString* error);
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Router> m_router;
    HttpServer* m_http = nullptr;
    quint16 m_port = 0;
};

} // namespace leadscope::server
