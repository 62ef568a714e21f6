#pragma once

#include <QSslServer>

namespace leadscope::server {

// The listening socket: TLS only (1.2 or later), and two watchdogs on every
// connection. One closes it after `idleTimeout` without progress — QtHttpServer
// 6.4 keeps idle keep-alive connections open forever. The other defeats
// slow-loris clients, which do make progress, a byte at a time: once a
// request starts arriving, it must be complete and answered within
// `idleTimeout`, or the connection is closed. Each connection also gets a
// RequestGuard (bounded request size), and connections past
// `maxConnections` are closed as they arrive, with one log line a minute.
class TlsServer : public QSslServer
{
    Q_OBJECT
public:
    explicit TlsServer(QObject* parent = nullptr);

    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }
    int openConnections() const { return m_openConnections; }
    void setMaxConnections(int connections) { m_maxConnections = connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void watch(QSslSocket* socket);

    int m_idleTimeoutMs = 30'000;
    int m_openConnections = 0;
    int m_maxConnections = 512;
    qint64 m_refusedLoggedAt = 0; // when "limit reached" was last logged (ms since epoch)
    qint64 m_refusedSinceLog = 0;
};

} // namespace leadscope::server
