#include "server/http/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using leadscope::server::CertificateFactory;

class TestCertificateFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issuesAChainThatVerifies_data()
    {
        QTest::addColumn<QString>("peerName");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("dns name") << QStringLiteral("localhost") << true;
        QTest::newRow("ip address") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("other name") << QStringLiteral("example.com") << false;
    }
    void issuesAChainThatVerifies()
    {
        // A real TLS handshake, trusting only the generated CA.
        QFETCH(QString, peerName);
        QFETCH(bool, trusted);
        QTemporaryDir dir;
        CertificateFactory::Files files;
        QString error;
        QVERIFY2(CertificateFactory::create(dir.path(), {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, 30,
                                            &files, &error),
                 qPrintable(error));
        const auto server = QSslCertificate::fromPath(files.serverCertificate);
        QCOMPARE(server.size(), 1);
        QVERIFY(server.first().expiryDate() <= QDateTime::currentDateTimeUtc().addDays(31));

        QSslServer listener;
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificateChain(server);
        QFile keyFile(files.serverKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        serverTls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        listener.setSslConfiguration(serverTls);
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));

        QSslSocket client;
        QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
        clientTls.setCaCertificates(QSslCertificate::fromPath(files.caCertificate));
        clientTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        client.setSslConfiguration(clientTls);
        client.setPeerVerifyName(peerName);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort());
        QSignalSpy encrypted(&client, &QSslSocket::encrypted);
        QSignalSpy failed(&client, &QSslSocket::sslErrors);
        QTRY_VERIFY_WITH_TIMEOUT(encrypted.count() + failed.count() > 0, 30'000);
        QCOMPARE(encrypted.count() == 1, trusted);
    }

    void keyIsPrivateAndMatches()
    {
        QTemporaryDir dir;
        CertificateFactory::Files files;
        QString error;
        QVERIFY(CertificateFactory::create(dir.path(), {QStringLiteral("localhost")}, 30, &files, &error));
        QFile keyFile(files.serverKey);
        QCOMPARE(keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!key.isNull());
        // The CA's private key is never written.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }
    void twoRunsMakeDifferentAuthorities()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        CertificateFactory::Files fa;
        CertificateFactory::Files fb;
        QString error;
        QVERIFY(CertificateFactory::create(a.path(), {QStringLiteral("localhost")}, 30, &fa, &error));
        QVERIFY(CertificateFactory::create(b.path(), {QStringLiteral("localhost")}, 30, &fb, &error));
        const auto serverA = QSslCertificate::fromPath(fa.serverCertificate);
        const auto caB = QSslCertificate::fromPath(fb.caCertificate);
        QVERIFY(!QSslCertificate::verify(serverA + caB, QStringLiteral("localhost")).isEmpty());
    }
    void refusesNoHosts()
    {
        QTemporaryDir dir;
        CertificateFactory::Files files;
        QString error;
        QVERIFY(!CertificateFactory::create(dir.path(), {}, 30, &files, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "TestCertificateFactory.moc"
