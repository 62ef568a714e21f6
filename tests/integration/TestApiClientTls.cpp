#include "core/ApiClient.h"
#include "core/ApiJob.h"
#include "server/http/CertificateFactory.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

namespace {

// A bare TLS listener that records every decrypted byte a client sends:
// proof of what did — or did not — leave the client.
class RecordingTlsServer : public QObject
{
public:
    explicit RecordingTlsServer(const server::CertificateFactory::Files& files)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(QSslCertificate::fromPath(files.serverCertificate));
        QFile key(files.serverKey);
        key.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n")) // answer so a trusted client completes
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                      "Connection: close\r\n\r\n{}");
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    QSslServer m_server;
};

core::ApiJob* postSecret(core::ApiClient& client)
{
    return client.post(QStringLiteral("/api/v1/auth/login"),
                       QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("rep@example.com")},
                                                 {QStringLiteral("password"), QStringLiteral("BODY-MARKER-7f3a")}}));
}

} // namespace

class TestApiClientTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(server::CertificateFactory::create(m_serverPki.path(), {QStringLiteral("127.0.0.1")}, 30, &m_server,
                                                    &error),
                 qPrintable(error));
        QVERIFY2(
            server::CertificateFactory::create(m_otherPki.path(), {QStringLiteral("127.0.0.1")}, 30, &m_other, &error),
            qPrintable(error));
        QVERIFY2(server::CertificateFactory::create(m_wrongNamePki.path(), {QStringLiteral("leadscope.example.com")},
                                                    30, &m_wrongName, &error),
                 qPrintable(error));
    }

    void trustedCaSendsTheBody()
    {
        // Control: with the right CA the body does arrive, so the next test can fail.
        RecordingTlsServer tls(m_server);
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())),
                                      m_server.caCertificate);
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = postSecret(client);
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(job->succeeded(), qPrintable(job->failure().message));
        QVERIFY(tls.received.contains("BODY-MARKER-7f3a"));
    }

    void wrongCaFailsClearlyAndSendsNothing()
    {
        RecordingTlsServer tls(m_server);
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())),
                                      m_other.caCertificate);
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = postSecret(client);
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Certificate);
        QVERIFY2(job->failure().message.contains(QStringLiteral("not trusted")), qPrintable(job->failure().message));
        QVERIFY2(job->failure().message.contains(QStringLiteral("Leadscope private CA")),
                 qPrintable(job->failure().message));
        QTest::qWait(200); // anything in flight would have arrived by now
        QVERIFY2(tls.received.isEmpty(), tls.received.constData());
    }

    void systemStoreAloneDoesNotTrustAPrivateCa()
    {
        RecordingTlsServer tls(m_server);
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())), QString());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = client.get(QStringLiteral("/api/v1/health"));
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Certificate);
        QVERIFY(tls.received.isEmpty());
    }

    void certificateForAnotherHostIsRefused()
    {
        RecordingTlsServer tls(m_wrongName);
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())),
                                      m_wrongName.caCertificate);
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = postSecret(client);
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Certificate);
        QVERIFY2(job->failure().message.contains(QStringLiteral("leadscope.example.com")),
                 qPrintable(job->failure().message));
        QVERIFY(tls.received.isEmpty());
    }

    void closedPortIsNoConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        core::ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), m_server.caCertificate);
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ApiJob* job = client.get(QStringLiteral("/api/v1/health"));
        QSignalSpy finished(job, &core::ApiJob::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job->failure().kind, core::ApiFailure::Kind::Network);
        QCOMPARE(job->failure().message, QStringLiteral("No connection to 127.0.0.1:%1.").arg(port));
    }

    void plainHttpAndBadCaFilesAreRefusedUpFront()
    {
        QString error;
        core::ServerEndpoint plain(QUrl(QStringLiteral("http://127.0.0.1:80")), QString());
        QVERIFY(!plain.load(&error));
        QVERIFY(error.contains(QStringLiteral("HTTPS")));
        core::ServerEndpoint missing(QUrl(QStringLiteral("https://127.0.0.1")), QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(!missing.load(&error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/ca.pem")));
        core::ServerEndpoint notPem(QUrl(QStringLiteral("https://127.0.0.1")), m_server.serverKey);
        QVERIFY(!notPem.load(&error));
        QVERIFY(error.contains(QStringLiteral("no PEM certificate")));
    }

private:
    QTemporaryDir m_serverPki;
    QTemporaryDir m_otherPki;
    QTemporaryDir m_wrongNamePki;
    server::CertificateFactory::Files m_server;
    server::CertificateFactory::Files m_other;
    server::CertificateFactory::Files m_wrongName;
};

QTEST_GUILESS_MAIN(TestApiClientTls)
#include "TestApiClientTls.moc"
