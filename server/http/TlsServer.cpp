#include "server/http/TlsServer.h"

#include "server/base/Logging.h"

#include <QTimer>

namespace leadscope::server {

TlsServer::TlsServer(QObject* parent)
    : QSslServer(parent)
{
    setHandshakeTimeout(10'000);
    connect(this, &QSslServer::startedEncryptionHandshake, this, &TlsServer::watch);
    // Handshake failures are the client's problem; note them without the peer.
    connect(this, &QSslServer::errorOccurred, this,
            [](QSslSocket*, QAbstractSocket::SocketError error) { qCDebug(lcHttp) << "connection error" << error; });
}

void TlsServer::watch(QSslSocket* socket)
{
    ++m_openConnections;
    auto* watchdog = new QTimer(socket);
    watchdog->setSingleShot(true);
    watchdog->setInterval(m_idleTimeoutMs);
    const auto progress = [watchdog] {
        watchdog->start();
    };
    connect(socket, &QIODevice::readyRead, watchdog, progress);
    connect(socket, &QIODevice::bytesWritten, watchdog, progress);
    connect(socket, &QSslSocket::encrypted, watchdog, progress);
    connect(watchdog, &QTimer::timeout, socket, [socket] {
        qCDebug(lcHttp) << "closing a connection that made no progress";
        socket->abort();
    });
    // From a request's first byte to its answer.
    auto* deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(m_idleTimeoutMs);
    connect(socket, &QIODevice::readyRead, deadline, [deadline] {
        if (!deadline->isActive())
            deadline->start();
    });
    connect(socket, &QIODevice::bytesWritten, deadline, &QTimer::stop);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        qCDebug(lcHttp) << "closing a connection whose request did not arrive in time";
        socket->abort();
    });
    connect(socket, &QObject::destroyed, this, [this] { --m_openConnections; });
    watchdog->start();
}

} // namespace leadscope::server
