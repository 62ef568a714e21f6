#pragma once

#include "server/http/HttpMessage.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <mutex>

class QHttpServerResponder;
class QTcpSocket;

namespace leadscope::server {

class Metrics;
class Router;
class TlsServer;

// The only file that knows QtHttpServer's API, which changed between 6.4
// (listen()/sslSetup(), socket-based handlers), 6.5 (responder-based
// handlers) and 6.8 (QHttpHeaders, bind() only). Everything else speaks
// HttpRequest / HttpResponse through the Router.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // Handlers run on `workers` threads (each with its own store connection);
    // the event loop only accepts, parses and writes.
    HttpServer(const Router& router, int workers, QObject* parent = nullptr);
    ~HttpServer() override;

    // Starts an HTTPS listener. Returns the bound port, or 0 with *error.
    quint16 listenTls(const QHostAddress& address, quint16 port, const QSslConfiguration& tls, QString* error);
    void setIdleTimeout(int milliseconds);
    // Connections past this are closed as they arrive (see TlsServer).
    void setMaxConnections(int connections);
    // Reverse proxies whose X-Forwarded-For is believed (CIDR). False + *error on a bad entry.
    bool setTrustedProxies(const QStringList& cidrs, QString* error);
    TlsServer* tlsServer() const { return m_tls; }
    // Waits for the workers to finish what they are answering. Owners call it
    // before deleting the server: a worker still posting an answer touches
    // this object, so it must not overlap even the start of its destructor.
    void stopWorkers();
    // Each answered request is observed here (route, status, latency from receipt).
    void setMetrics(Metrics* metrics) { m_metrics = metrics; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
#endif

private:
    // One request on its way to a worker, and its answer on the way back.
    struct Exchange
    {
        HttpRequest request;
        HttpResponse response;
        qint64 receivedAtNs = 0;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // The request object lives as long as its socket; the answer is
        // written only if the socket is still there.
        QPointer<QTcpSocket> socket;
        const QHttpServerRequest* original = nullptr;
#else
        std::shared_ptr<QHttpServerResponder> responder; // tracks its socket itself
#endif
    };

    // Requests go to the workers and answers come back through two queues
    // under one std::mutex; Qt only carries "there is work" (a pool task that
    // captures nothing but `this`) and "there are answers" (a queued call by
    // name). So every piece of data crosses threads under a lock that
    // ThreadSanitizer sees, even with a Qt that is not built with it.
    void enqueue(std::unique_ptr<Exchange> exchange);
    void work();
    Q_INVOKABLE void deliverAnswers();

    HttpResponse respond(const HttpRequest& request, qint64 receivedAtNs) const;
    HttpRequest convert(const QHttpServerRequest& request) const;
    static void send(QHttpServerResponder& responder, const HttpResponse& response);

    const Router& m_router;
    std::mutex m_queueMutex;
    std::deque<std::unique_ptr<Exchange>> m_requests; // under m_queueMutex
    std::deque<std::unique_ptr<Exchange>> m_answers;  // under m_queueMutex
    bool m_deliveryPosted = false;                    // under m_queueMutex
    QThreadPool m_workers;
    QByteArray m_sourceKeySecret;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
    TlsServer* m_tls = nullptr;
    Metrics* m_metrics = nullptr;
    QElapsedTimer m_clock;
    int m_idleTimeoutMs = 30'000;
    int m_maxConnections = 512;
};

} // namespace leadscope::server
