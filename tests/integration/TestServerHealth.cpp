#include "core/ApiClient.h"
#include "core/ApiJob.h"
#include "protocol/HealthStatus.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTimer>

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace leadscope;
using test::ApiTestClient;

// The real server binary over real HTTPS, on each store.
class TestServerHealth : public QObject
{
    Q_OBJECT
private:
    static QString dbUrlFor(const QString& store, QString* error)
    {
        if (store == QLatin1String("postgresql"))
            return test::TestPostgres::createDatabase(error);
        return {}; // fresh SQLite file in the server's directory
    }

    // A raw TLS connection to `server` (trusting its CA), for clients that misbehave on purpose.
    static std::unique_ptr<QSslSocket> connectRaw(const test::ServerProcess& server)
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        if (!socket->waitForEncrypted(30'000))
            return nullptr;
        return socket;
    }

private Q_SLOTS:
    void health_data() { test::TestPostgres::addStoreRows(); }

    void health()
    {
        QFETCH(QString, store);
        QString error;
        const QString db = dbUrlFor(store, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::ServerProcess server;
        QVERIFY2(server.start(&error, db), qPrintable(error));

        core::ServerEndpoint endpoint(server.url(), server.caFile());
        QVERIFY2(endpoint.load(&error), qPrintable(error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = client.get(QStringLiteral("/api/v1/health"));
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(job->succeeded(), qPrintable(job->failure().message));
        QCOMPARE(job->httpStatus(), 200);
        const auto health = protocol::HealthStatus::fromJson(job->body());
        QVERIFY(health.has_value());
        QVERIFY(health->isOk());
        QCOMPARE(health->store, store);
        QCOMPARE(health->version, QStringLiteral(LEADSCOPE_VERSION));
        QVERIFY(job->tlsProtocol() == QLatin1String("TLS 1.3") || job->tlsProtocol() == QLatin1String("TLS 1.2"));

        QVERIFY2(server.stop(&error), qPrintable(error));
    }

    void securityHeadersAndJsonErrors()
    {
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.start(&error), qPrintable(error));
        core::ServerEndpoint endpoint(server.url(), server.caFile());
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;

        QNetworkRequest request(endpoint.url(QStringLiteral("/api/v1/no-such-thing")));
        request.setSslConfiguration(endpoint.sslConfiguration());
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(reply->rawHeader("Strict-Transport-Security").startsWith("max-age="));
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
        QVERIFY(reply->readAll().contains("\"not_found\""));
        reply->deleteLater();
    }

    void idleConnectionsAreClosedByTheServer()
    {
        // Qt 6.4's HTTP server would keep an idle connection forever; ours closes it.
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.start(&error, {}, {QStringLiteral("--idle-timeout"), QStringLiteral("1")}), qPrintable(error));
        const std::unique_ptr<QSslSocket> socket = connectRaw(server);
        QVERIFY(socket);
        QSignalSpy disconnected(socket.get(), &QSslSocket::disconnected);
        QVERIFY(disconnected.wait(10'000));
    }

    void slowLorisClientsAreCutOffWhileOthersAreServed()
    {
        // Eight clients trickle a request a byte every 200 ms: always some progress, never a
        // whole request. Each must be cut off once the request deadline (2 s) passes, and the
        // server keeps answering a normal client meanwhile.
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.start(&error, {}, {QStringLiteral("--idle-timeout"), QStringLiteral("2")}), qPrintable(error));
        std::vector<std::unique_ptr<QSslSocket>> lorises;
        for (int i = 0; i < 8; ++i) {
            std::unique_ptr<QSslSocket> socket = connectRaw(server);
            QVERIFY(socket);
            socket->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            lorises.push_back(std::move(socket));
        }
        QElapsedTimer elapsed;
        elapsed.start();
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, this, [&lorises] {
            for (auto& socket : lorises) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("X");
            }
        });
        trickle.start(200);

        core::ServerEndpoint endpoint(server.url(), server.caFile());
        QVERIFY2(endpoint.load(&error), qPrintable(error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = client.get(QStringLiteral("/api/v1/health"));
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(10'000));
        QVERIFY2(job->succeeded(), qPrintable(job->failure().message));

        const auto allClosed = [&lorises] {
            return std::all_of(lorises.begin(), lorises.end(),
                               [](const auto& socket) { return socket->state() == QAbstractSocket::UnconnectedState; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(), 15'000);
        // Cut off by the 2-second deadline: not before it, and not only at
        // some later timeout (the idle timer never fires — the trickle keeps
        // resetting it). The upper bound leaves room for a slow machine.
        QVERIFY(elapsed.elapsed() >= 1'500);
        QVERIFY2(elapsed.elapsed() < 8'000, qPrintable(QString::number(elapsed.elapsed())));
        qInfo("8 slow-loris clients cut off after %lld ms (deadline 2 s); a normal client was served meanwhile",
              qint64(elapsed.elapsed()));
    }

    void qtDebugLoggingShowsNoAddressOrToken()
    {
        // An operator turns every debug category on (QT_LOGGING_RULES wins over the
        // code's defaults). Qt's own HTTP server categories would then print each
        // request with its peer address and headers: they must stay silent.
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QString error;
        test::ServerProcess server;
        const bool started = server.start(&error);
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(started, qPrintable(error));
        const std::unique_ptr<QSslSocket> socket = connectRaw(server);
        QVERIFY(socket);
        const QByteArray token = "tok-3f9a1c7e5b2d4f60a8c1e3b5d7f9a2c4";
        socket->write("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                      "\r\nX-Forwarded-For: 203.0.113.77\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket->waitForReadyRead(30'000))
            answer += socket->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        socket->close();
        QVERIFY2(server.stop(&error), qPrintable(error));
        const QString output = server.output();
        // The debug rules were in force: the server's own debug lines are there.
        QVERIFY2(output.contains(QLatin1String("\"level\":\"debug\"")), qPrintable(output));
        QVERIFY2(!output.contains(QString::fromLatin1(token)), "a bearer token reached the log");
        QVERIFY2(!output.contains(QLatin1String("Authorization"), Qt::CaseInsensitive), "a header reached the log");
        QVERIFY2(!output.contains(QLatin1String("203.0.113.77")), "an address reached the log");
        QVERIFY2(!output.contains(QLatin1String("qt.httpserver")), qPrintable(output));
    }

    void oversizedRequestsAreCutOffWithBoundedMemory()
    {
        // Clients announce a terabyte body and stream 24 MiB each, or send an
        // endless header section. Each is cut off long before the server holds
        // it all; the server's memory stays bounded and /health keeps answering.
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto health = [&] {
            ApiTestClient client(server.url(), server.caFile());
            return client.call("GET", QStringLiteral("/api/v1/health")).status;
        };
        QCOMPARE(health(), 200);
        const qint64 before = server.residentKiB();
        QVERIFY(before > 0);
        std::vector<std::unique_ptr<QSslSocket>> clients;
        for (int i = 0; i < 4; ++i) {
            std::unique_ptr<QSslSocket> socket = connectRaw(server);
            QVERIFY(socket);
            socket->write("POST /collect HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 1000000000000\r\n\r\n");
            clients.push_back(std::move(socket));
        }
        std::unique_ptr<QSslSocket> headers = connectRaw(server);
        QVERIFY(headers);
        headers->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const QByteArray block(64 * 1024, 'x');
        const QByteArray headerLine = "X-Padding: " + QByteArray(1000, 'p') + "\r\n";
        int cutOff = 0;
        for (int round = 0; round < 24 * 16; ++round) {
            for (const auto& socket : clients) {
                if (socket->state() == QAbstractSocket::ConnectedState) {
                    socket->write(block);
                    socket->waitForBytesWritten(50);
                }
            }
            if (headers->state() == QAbstractSocket::ConnectedState) {
                headers->write(headerLine);
                headers->waitForBytesWritten(50);
            }
            cutOff = 0;
            for (const auto& socket : clients)
                cutOff += socket->state() == QAbstractSocket::ConnectedState ? 0 : 1;
            if (cutOff == 4 && headers->state() != QAbstractSocket::ConnectedState)
                break;
        }
        QCOMPARE(cutOff, 4);
        QCOMPARE(headers->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(health(), 200);
        const qint64 grown = server.residentKiB() - before;
        QVERIFY2(grown < 32 * 1024, qPrintable(QStringLiteral("server memory grew by %1 KiB").arg(grown)));
        QVERIFY2(server.stop(&error), qPrintable(error));
    }

    void connectionsPastTheLimitAreRefused()
    {
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.start(&error, {}, {QStringLiteral("--max-connections"), QStringLiteral("4")}),
                 qPrintable(error));
        std::vector<std::unique_ptr<QSslSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(connectRaw(server));
            QVERIFY(held.back());
        }
        QVERIFY2(!connectRaw(server), "a fifth connection was served");
        // One leaves: a normal client is served again.
        held.front()->disconnectFromHost();
        held.erase(held.begin());
        ApiTestClient client(server.url(), server.caFile());
        QTRY_COMPARE_WITH_TIMEOUT(client.call("GET", QStringLiteral("/api/v1/health")).status, 200, 10'000);
        QVERIFY2(server.stop(&error), qPrintable(error));
        QVERIFY2(server.output().contains(QLatin1String("connection limit of 4 reached")), qPrintable(server.output()));
    }
};

QTEST_GUILESS_MAIN(TestServerHealth)
#include "TestServerHealth.moc"
