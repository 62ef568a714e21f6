#include "core/ApiClient.h"
#include "core/ApiJob.h"
#include "core/protocol/HealthStatus.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace leadscope;

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

private Q_SLOTS:
    void health_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

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
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(socket.waitForEncrypted(30'000));
        QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
        QVERIFY(disconnected.wait(10'000));
    }
};

QTEST_GUILESS_MAIN(TestServerHealth)
#include "TestServerHealth.moc"
