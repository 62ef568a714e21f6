#pragma once

#include <QSslServer>

namespace leadscope::server {

// The listening socket: TLS only (1.2 or later), and two watchdogs on every
// connection. One closes it after `idleTimeout` without progress — QtHttpServer
// 6.4 keeps idle keep-alive connections open forever. The other defeats
// slow-loris clients, which do make progress, a byte at a time: once a
// request starts arriving, it must be complete and answered within
// `idleTimeout`, or the connection is closed.
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
