#include "core/ApiClient.h"
#include "core/ApiJob.h"
#include "core/ConnectionMonitor.h"
#include "server/http/CertificateFactory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace leadscope;

namespace {

// A TLS server that answers each request with the next scripted response
// ("" = accept and never answer), and counts the requests it saw.
class ScriptedServer : public QObject
{
public:
    ScriptedServer(const server::CertificateFactory::Files& files, QList<QByteArray> script)
        : m_script(std::move(script))
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(QSslCertificate::fromPath(files.serverCertificate));
        QFile key(files.serverKey);
        key.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                auto* buffer = new QByteArray;
                connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    buffer->clear();
                    const QByteArray response =
                        m_script.value(requests, m_script.isEmpty() ? QByteArray() : m_script.last());
                    const int delay = delayMs.value(requests);
                    ++requests;
                    if (response.isEmpty())
                        return;
                    if (delay > 0)
                        QTimer::singleShot(delay, socket, [socket, response] { socket->write(response); });
                    else
                        socket->write(response);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests = 0;
    int connections = 0;
    QHash<int, int> delayMs; // request number (from 0) → how long its answer waits

private:
    QSslServer m_server;
    QList<QByteArray> m_script;
};

QByteArray http(int status, const QByteArray& extraHeaders, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
           extraHeaders + "\r\n" + body;
}

// (Plain literals: moc in Qt 6.4 misreads raw strings with braces.)
const QByteArray kBusy = "{\"error\":{\"code\":\"busy\",\"message\":\"x\"}}";
const QByteArray kTruncated = "{\"status\":\"ok\",\"vers";

} // namespace

// What a flaky network or server does to the client: retries for what may
// be repeated, never for what may not, timeouts, and nonsense answers.
class TestApiClientFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_pki;
    server::CertificateFactory::Files m_files;

    core::ServerEndpoint endpointFor(quint16 port) const
    {
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), m_files.caCertificate);
        QString error;
        if (!endpoint.load(&error))
            qWarning("%s", qPrintable(error));
        return endpoint;
    }

    core::ApiJob* run(core::ApiClient& client, const QByteArray& method)
    {
        core::ApiJob* job = method == "GET"
                                ? client.get(QStringLiteral("/api/v1/health"))
                                : client.post(QStringLiteral("/api/v1/auth/login"), QJsonDocument(QJsonObject()));
        QSignalSpy finished(job, &core::ApiJob::finished);
        [[maybe_unused]] const bool done = finished.wait(60'000);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(server::CertificateFactory::create(m_pki.path(), {QStringLiteral("127.0.0.1")}, 2, &m_files, &error),
                 qPrintable(error));
    }

    void getIsRetriedAfterRetryAfter()
    {
        ScriptedServer server(m_files, {http(503, "Retry-After: 1\r\n", kBusy), http(200, {}, "{}")});
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        QElapsedTimer timer;
        timer.start();
        core::ApiJob* job = run(client, "GET");
        QVERIFY2(job->succeeded(), qPrintable(job->failure().message));
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(server.requests, 2);
        QVERIFY(timer.elapsed() >= 900); // waited as the server asked
    }

    void postIsNeverRepeated()
    {
        ScriptedServer server(m_files, {http(503, {}, kBusy), http(200, {}, "{}")});
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        core::ApiJob* job = run(client, "POST");
        QCOMPARE(job->failure().httpStatus, 503);
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(server.requests, 1);
    }

    void givesUpAfterFourBadGateways()
    {
        ScriptedServer server(m_files, {http(502, {}, "bad gateway")});
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        core::ApiJob* job = run(client, "GET");
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Http);
        QCOMPARE(job->failure().httpStatus, 502);
        QCOMPARE(job->attempts(), core::ApiJob::kMaxAttempts);
        QCOMPARE(server.requests, core::ApiJob::kMaxAttempts);
        QCOMPARE(job->failure().message, QStringLiteral("The server answered with error 502."));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        ScriptedServer server(m_files, {QByteArray()});
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        client.setTransferTimeout(1500);
        core::ApiJob* job = run(client, "POST");
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Timeout);
        QCOMPARE(job->failure().message, QStringLiteral("127.0.0.1:%1 did not answer in time.").arg(server.port()));
    }

    void aServerThatNeverCompletesTheHandshakeIsGivenUpOn()
    {
        // Accepts TCP, then says nothing: no TLS handshake ever completes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())),
                                      m_files.caCertificate);
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        client.setConnectTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        core::ApiJob* job = run(client, "GET");
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Timeout);
        QVERIFY2(job->failure().message.startsWith(QStringLiteral("No connection to 127.0.0.1:")),
                 qPrintable(job->failure().message));
        QVERIFY(timer.elapsed() < 20'000); // not the 60 s transfer timeout
    }

    // A request on a connection that is already open (HTTP keep-alive: the sync's pages one after
    // the other) has no connecting to time out: an answer that takes longer than the connect
    // timeout (a large page on a slow line) is waited for as long as the transfer timeout allows.
    void aSlowAnswerOnAnOpenConnectionIsWaitedFor()
    {
        const QByteArray ok = http(200, {}, "{\"status\":\"ok\"}");
        ScriptedServer server(m_files, {ok, ok});
        server.delayMs = {{1, 2500}};
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        client.setConnectTimeout(1000);
        core::ApiJob* first = run(client, "GET");
        QVERIFY2(!first->failure().isError(), qPrintable(first->failure().message));
        core::ApiJob* second = run(client, "GET");
        QVERIFY2(!second->failure().isError(), qPrintable(second->failure().message));
        QCOMPARE(second->httpStatus(), 200);
        QCOMPARE(server.requests, 2);
        QCOMPARE(server.connections, 1); // the second went over the first's connection
    }

    void truncatedJsonIsNotUnderstood()
    {
        ScriptedServer server(m_files, {http(200, {}, kTruncated)});
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpointFor(server.port()));
        core::ConnectionMonitor monitor(&client);
        QSignalSpy changed(&monitor, &core::ConnectionMonitor::statusChanged);
        monitor.check();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.status().state == core::ConnectionMonitor::State::Failed, 30'000);
        QVERIFY2(monitor.status().message.contains(QStringLiteral("does not understand")),
                 qPrintable(monitor.status().message));
    }
};

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "TestApiClientFaults.moc"
