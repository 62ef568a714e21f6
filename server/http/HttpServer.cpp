#include "server/http/HttpServer.h"

#include "server/base/Logging.h"
#include "server/http/Gzip.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/http/TlsServer.h"

#include "protocol/Crypto.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCipher>
#include <QTcpSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace leadscope::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpRequest HttpServer::convert(const QHttpServerRequest& request) const
{
    HttpRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path();
    out.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    out.headers = request.headers().toListOfPairs();
#else
    out.headers = request.headers();
#endif
    out.body = request.body();
    // The address itself stays here; handlers get an unlinkable key for rate limits.
    QHostAddress client = request.remoteAddress();
    bool mappedV4 = false;
    const quint32 v4 = client.toIPv4Address(&mappedV4);
    if (mappedV4 && client.protocol() == QAbstractSocket::IPv6Protocol)
        client = QHostAddress(v4); // ::ffff:a.b.c.d from a dual-stack socket is the IPv4 peer
    const auto trusted = [this](const QHostAddress& address) {
        for (const auto& subnet : m_trustedProxies) {
            if (address.isInSubnet(subnet))
                return true;
        }
        return false;
    };
    if (!m_trustedProxies.isEmpty() && trusted(client)) {
        // The right-most hop that is not one of our proxies is the client. A
        // proxy may add its own field instead of appending to the client's:
        // all fields, in order, make one list (RFC 9110, 5.3).
        const QByteArrayList hops = out.headerValues("X-Forwarded-For").join(',').split(',');
        for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
            const QHostAddress hop(QString::fromLatin1(it->trimmed()));
            if (hop.isNull())
                break;
            client = hop;
            if (!trusted(hop))
                break;
        }
    }
    out.clientAddress = client;
    // Rate limits key on an unlinkable hash, never on the address.
    out.sourceKey = protocol::Crypto::hmacSha256(m_sourceKeySecret, client.toString().toLatin1()).left(16);
    return out;
}

HttpServer::HttpServer(const Router& router, int workers, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_sourceKeySecret(protocol::Crypto::randomBytes(32))
{
    m_workers.setMaxThreadCount(workers);
    m_workers.setExpiryTimeout(-1); // keep threads (and their store connections) alive
    m_clock.start();
}

HttpServer::~HttpServer()
{
    stopWorkers();
    protocol::Crypto::wipe(m_sourceKeySecret);
}

void HttpServer::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = milliseconds;
    if (m_tls)
        m_tls->setIdleTimeout(milliseconds);
}

void HttpServer::setMaxConnections(int connections)
{
    m_maxConnections = connections;
    if (m_tls)
        m_tls->setMaxConnections(connections);
}

bool HttpServer::setTrustedProxies(const QStringList& cidrs, QString* error)
{
    m_trustedProxies.clear();
    for (const QString& cidr : cidrs) {
        const auto subnet = QHostAddress::parseSubnet(
            cidr.contains(u'/') ? cidr : cidr + (cidr.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.first.isNull()) {
            *error = QStringLiteral("--trusted-proxy \"%1\" is not an address or CIDR block.").arg(cidr);
            return false;
        }
        m_trustedProxies.append(subnet);
    }
    return true;
}

quint16 HttpServer::listenTls(const QHostAddress& address, quint16 port, const QSslConfiguration& tls, QString* error)
{
    auto* server = new TlsServer(this);
    server->setIdleTimeout(m_idleTimeoutMs);
    server->setMaxConnections(m_maxConnections);
    QSslConfiguration config = tls;
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Forward secrecy and AEAD only: TLS 1.3's suites, and for TLS 1.2 the
    // ECDHE suites with AES-GCM or ChaCha20-Poly1305 (no CBC, no SHA-1 MAC,
    // no static RSA key exchange) — what current browsers and Qt clients use.
    QList<QSslCipher> ciphers;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (tls13 || (name.startsWith(QLatin1String("ECDHE-")) && aead))
            ciphers.append(cipher);
    }
    config.setCiphers(ciphers);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    server->setSslConfiguration(config);
    if (!server->listen(address, port)) {
        *error =
            QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    m_tls = server;
    return server->serverPort();
}

HttpResponse HttpServer::respond(const HttpRequest& request, qint64 receivedAtNs) const
{
    HttpResponse response;
    QString route = QStringLiteral("unmatched");
    if (request.body.size() > kMaxBodyBytes) {
        response = HttpResponse::error(413, QStringLiteral("payload_too_large"),
                                       QStringLiteral("The request body is larger than 1 MiB."));
    } else {
        response = m_router.dispatch(request, &route);
    }
    const qint64 microseconds = (m_clock.nsecsElapsed() - receivedAtNs) / 1000;
    if (m_metrics)
        m_metrics->observe(route, request.method, response.status, microseconds);
    // The access log, at debug level: the route's pattern — never the path's
    // values, the query, a header or the body — with the answer and its time.
    qCDebug(lcHttp).noquote().nospace() << QString::fromLatin1(request.method) << ' ' << route << ' ' << response.status
                                        << ' ' << double(microseconds) / 1000 << " ms";
    if (response.body.size() > 1024 && Gzip::accepts(request.header("Accept-Encoding"))) {
        const QByteArray compressed = Gzip::compress(response.body);
        if (!compressed.isEmpty()) {
            response.body = compressed;
            response.setHeader("Content-Encoding", "gzip");
        }
    }
    response.setHeader("Vary", "Accept-Encoding");
    // Every answer: HTTPS only from now on, never cached, never sniffed or framed.
    response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (response.header("Cache-Control").isEmpty())
        response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    return response;
}

void HttpServer::send(QHttpServerResponder& responder, const HttpResponse& response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto& [name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, static_cast<QHttpServerResponder::StatusCode>(response.status));
#else
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

void HttpServer::enqueue(std::unique_ptr<Exchange> exchange)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_requests.push_back(std::move(exchange));
    }
    m_workers.start([this] { work(); });
}

void HttpServer::work()
{
    std::unique_ptr<Exchange> exchange;
    {
        std::lock_guard lock(m_queueMutex);
        if (m_requests.empty())
            return;
        exchange = std::move(m_requests.front());
        m_requests.pop_front();
    }
    exchange->response = respond(exchange->request, exchange->receivedAtNs);
    std::lock_guard lock(m_queueMutex);
    m_answers.push_back(std::move(exchange));
    // Posted under the lock: a worker's last touch of this object comes
    // before its unlock, which stopWorkers() then acquires.
    if (!m_deliveryPosted)
        QMetaObject::invokeMethod(this, "deliverAnswers", Qt::QueuedConnection);
    m_deliveryPosted = true;
}

void HttpServer::stopWorkers()
{
    m_workers.waitForDone();
    std::lock_guard lock(m_queueMutex);
    m_requests.clear();
}

void HttpServer::deliverAnswers()
{
    std::deque<std::unique_ptr<Exchange>> answers;
    {
        std::lock_guard lock(m_queueMutex);
        answers.swap(m_answers);
        m_deliveryPosted = false;
    }
    for (const std::unique_ptr<Exchange>& exchange : answers) {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        if (!exchange->socket)
            continue;
        QHttpServerResponder responder = makeResponder(*exchange->original, exchange->socket.data());
        send(responder, exchange->response);
#else
        send(*exchange->responder, exchange->response);
#endif
    }
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto exchange = std::make_unique<Exchange>();
    exchange->request = convert(request);
    exchange->receivedAtNs = m_clock.nsecsElapsed();
    exchange->socket = socket;
    exchange->original = &request;
    enqueue(std::move(exchange));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket);
}
#else
bool HttpServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    // Since 6.5 the responder may be moved out and written to later.
    auto exchange = std::make_unique<Exchange>();
    exchange->request = convert(request);
    exchange->receivedAtNs = m_clock.nsecsElapsed();
    exchange->responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    enqueue(std::move(exchange));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpServer::missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder)
#else
void HttpServer::missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder)
#endif
{
    handleRequest(request, responder);
}
#endif

} // namespace leadscope::server
