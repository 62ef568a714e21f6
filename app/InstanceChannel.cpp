#include "InstanceChannel.h"

#include "ClientOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QLocalSocket>
#include <QStandardPaths>

namespace leadscope::app {

namespace {
constexpr qint64 kMaxRequest = 512;
}

InstanceChannel::InstanceChannel(QObject* parent)
    : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    QCoreApplication::instance()->installEventFilter(this);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        }
    });
}

QString InstanceChannel::socketPath()
{
    // $XDG_RUNTIME_DIR (or Qt's private fallback), readable by this user only; asked once.
    static const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
                                    .filePath(QStringLiteral("leadscope-links"));
    return path;
}

bool InstanceChannel::handOver(const QString& companyId)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("company " + companyId.toUtf8() + '\n');
    const bool sent = socket.waitForBytesWritten(2000);
    socket.disconnectFromServer();
    return sent;
}

bool InstanceChannel::listen()
{
    const QString path = socketPath();
    if (m_server.listen(path))
        return true;
    // Left behind by a Leadscope that crashed: nobody answered handOver() or a probe.
    QLocalSocket probe;
    probe.connectToServer(path);
    if (probe.waitForConnected(500))
        return false; // another window listens
    QLocalServer::removeServer(path);
    return m_server.listen(path);
}

bool InstanceChannel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString id = ClientOptions::companyOf(static_cast<QFileOpenEvent*>(event)->url().toString());
        if (!id.isEmpty()) {
            Q_EMIT companyRequested(id);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void InstanceChannel::readFrom(QLocalSocket* socket)
{
    if (socket->bytesAvailable() > kMaxRequest) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QString line = QString::fromUtf8(socket->readLine(kMaxRequest)).trimmed();
    socket->disconnectFromServer();
    if (!line.startsWith(QLatin1String("company ")))
        return;
    const QString id = line.mid(8);
    if (ClientOptions::isCompanyId(id))
        Q_EMIT companyRequested(id);
}

} // namespace leadscope::app
