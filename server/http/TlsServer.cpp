#include "server/http/TlsServer.h"

#include "server/base/Logging.h"
#include "server/http/RequestGuard.h"

#include <QDateTime>
#include <QTcpSocket>

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

void TlsServer::incomingConnection(qintptr descriptor)
{
    if (m_openConnections < m_maxConnections) {
        QSslServer::incomingConnection(descriptor);
        return;
    }
    // Full: close it before any TLS work or buffering.
    QTcpSocket refused;
    if (refused.setSocketDescriptor(descriptor))
        refused.abort();
    ++m_refusedSinceLog;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_refusedLoggedAt >= 60'000) {
        qCWarning(lcHttp).noquote() << QStringLiteral("connection limit of %1 reached; refused %2 new connection(s) "
                                                      "(raise it with --max-connections)")
                                           .arg(m_maxConnections)
                                           .arg(m_refusedSinceLog);
        m_refusedLoggedAt = now;
        m_refusedSinceLog = 0;
    }
}

void TlsServer::watch(QSslSocket* socket)
{
    ++m_openConnections;
    new RequestGuard(socket);
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
