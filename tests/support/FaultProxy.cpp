#include "FaultProxy.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace leadscope::test {

namespace {

// The position after the header block and the Content-Length, or -1 while incomplete.
qsizetype messageEnd(const QByteArray& bytes)
{
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray& line : bytes.left(headerEnd).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    const qsizetype end = headerEnd + 4 + length;
    return bytes.size() >= end ? end : -1;
}

QByteArray errorResponse(int status, bool retryAfter)
{
    const QByteArray body = R"({"error":{"code":"injected","message":"A fault injected by the test proxy."}})";
    return "HTTP/1.1 " + QByteArray::number(status) + " Injected\r\nContent-Type: application/json\r\n" +
           (retryAfter ? QByteArray("Retry-After: 1\r\n") : QByteArray()) +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

FaultProxy::FaultProxy(const QUrl& upstream, const QString& certificateDirectory, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    const QDir dir(certificateDirectory);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(dir.filePath(QStringLiteral("server.pem"))));
    QFile key(dir.filePath(QStringLiteral("server.key")));
    if (key.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    m_server.setSslConfiguration(tls);
    m_upstreamTls = QSslConfiguration::defaultConfiguration();
    m_upstreamTls.setCaCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))));
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy() = default;

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::setFaults(const QString& prefix, const QList<Fault>& faults)
{
    m_prefix = prefix;
    m_faults = faults;
    m_matching = 0;
}

QString FaultProxy::name(Fault fault)
{
    static const QStringList names{QStringLiteral("pass"),
                                   QStringLiteral("drop mid-body"),
                                   QStringLiteral("stall"),
                                   QStringLiteral("throttle"),
                                   QStringLiteral("truncated gzip"),
                                   QStringLiteral("500"),
                                   QStringLiteral("502"),
                                   QStringLiteral("503"),
                                   QStringLiteral("429"),
                                   QStringLiteral("503 + Retry-After"),
                                   QStringLiteral("429 + Retry-After"),
                                   QStringLiteral("duplicate")};
    return names.value(static_cast<int>(fault));
}

void FaultProxy::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* client = qobject_cast<QSslSocket*>(socket);
        connect(client, &QIODevice::readyRead, this, [this, client] { onRequestBytes(client); });
        connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [this, client] { m_buffers.remove(client); });
    }
}

void FaultProxy::onRequestBytes(QSslSocket* client)
{
    QByteArray& buffer = m_buffers[client];
    buffer += client->readAll();
    for (;;) {
        const qsizetype end = messageEnd(buffer);
        if (end < 0)
            return;
        const QByteArray request = buffer.left(end);
        buffer.remove(0, end);
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        forward(client, request, QString::fromLatin1(requestLine.value(1)));
    }
}

void FaultProxy::forward(QSslSocket* client, const QByteArray& request, const QString& path)
{
    Fault fault = Fault::Pass;
    if (!m_faults.isEmpty() && !m_prefix.isEmpty() && path.startsWith(m_prefix))
        fault = m_faults[m_matching++ % m_faults.size()];
    if (fault != Fault::Pass)
        ++m_injected;
    switch (fault) {
    case Fault::Status500:
    case Fault::Status502:
    case Fault::Status503:
    case Fault::Status429:
    case Fault::Status503RetryAfter:
    case Fault::Status429RetryAfter: {
        const int status = fault == Fault::Status500                                          ? 500
                           : fault == Fault::Status502                                        ? 502
                           : fault == Fault::Status429 || fault == Fault::Status429RetryAfter ? 429
                                                                                              : 503;
        client->write(
            errorResponse(status, fault == Fault::Status503RetryAfter || fault == Fault::Status429RetryAfter));
        return;
    }
    default:
        break;
    }
    // One upstream connection per request: the answer is collected whole, then faulted.
    auto* upstream = new QSslSocket(this);
    upstream->setSslConfiguration(m_upstreamTls);
    auto* answer = new QByteArray;
    connect(upstream, &QObject::destroyed, this, [answer] { delete answer; });
    QPointer<QSslSocket> guard(client);
    connect(upstream, &QSslSocket::encrypted, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QIODevice::readyRead, this, [this, upstream, answer, guard, fault] {
        answer->append(upstream->readAll());
        const qsizetype end = messageEnd(*answer);
        if (end < 0)
            return;
        if (guard)
            deliver(guard, answer->left(end), fault);
        upstream->disconnectFromHost();
        upstream->deleteLater();
    });
    connect(upstream, &QAbstractSocket::errorOccurred, upstream, [upstream, guard] {
        if (guard)
            guard->abort();
        upstream->deleteLater();
    });
    upstream->connectToHostEncrypted(m_upstream.host(), static_cast<quint16>(m_upstream.port()));
}

void FaultProxy::deliver(QSslSocket* client, const QByteArray& response, Fault fault)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n") + 4;
    switch (fault) {
    case Fault::DropMidBody:
        client->write(response.left(headerEnd + (response.size() - headerEnd) / 2));
        client->flush();
        QTimer::singleShot(50, client, [client] { client->abort(); });
        return;
    case Fault::Stall:
        return; // nothing, ever
    case Fault::Throttle: {
        // 1 KiB every 100 ms.
        auto* timer = new QTimer(client);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, client, [client, timer, response, offset] {
            client->write(response.mid(*offset, 1024));
            *offset += 1024;
            if (*offset >= response.size())
                timer->deleteLater();
        });
        timer->start(100);
        return;
    }
    case Fault::TruncateGzip: {
        QByteArray headers = response.left(headerEnd);
        const QByteArray body = response.mid(headerEnd);
        if (!headers.toLower().contains("content-encoding: gzip")) {
            client->write(response.left(headerEnd + body.size() / 2)); // not compressed: cut the body instead
            client->flush();
            QTimer::singleShot(50, client, [client] { client->abort(); });
            return;
        }
        const QByteArray half = body.left(body.size() / 2);
        QByteArray rewritten;
        for (const QByteArray& line : headers.split('\n')) {
            if (line.trimmed().toLower().startsWith("content-length:"))
                rewritten += "Content-Length: " + QByteArray::number(half.size()) + "\r\n";
            else if (!line.trimmed().isEmpty())
                rewritten += line + '\n';
        }
        client->write(rewritten + "\r\n" + half);
        return;
    }
    case Fault::Duplicate:
        client->write(response + response);
        return;
    default:
        client->write(response);
        return;
    }
}

} // namespace leadscope::test
