#pragma once

#include <QSslServer>

namespace leadscope::server {

// The listening socket: TLS only (1.2 or later), and a watchdog on every
// connection that closes it after `idleTimeout` without progress — QtHttpServer
// 6.4 keeps idle keep-alive connections open forever, so slow or stalled
// clients could otherwise hold sockets indefinitely.
class TlsServer : public QSslServer
{
    Q_OBJECT
public:
    explicit TlsServer(QObject* parent = nullptr);

    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }
    int openConnections() const { return m_openConnections; }

private:
    void watch(QSslSocket* socket);

    int m_idleTimeoutMs = 30'000;
    int m_openConnections = 0;
};

} // namespace leadscope::server
