#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace leadscope;

// The server's TLS and HTTP surface as an outside scanner sees it (sslscan,
// Debian's): no protocol below TLS 1.2, only forward-secret AEAD cipher
// suites of at least 128 bits, and the security headers on every kind of
// answer — success, refusal, not found, wrong method.
class TestTlsSurface : public QObject
{
    Q_OBJECT
private:
    test::ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void onlyTls12AndUpWithStrongCiphers()
    {
        const QString sslscan = QStandardPaths::findExecutable(QStringLiteral("sslscan"));
        QVERIFY2(!sslscan.isEmpty(), "sslscan is missing: ./scripts/deps installs it");
        QProcess scan;
        scan.start(sslscan, {QStringLiteral("--no-colour"), QStringLiteral("--no-heartbleed"),
                             QStringLiteral("%1:%2").arg(m_server.url().host()).arg(m_server.url().port())});
        QVERIFY(scan.waitForFinished(120'000));
        const QString report = QString::fromUtf8(scan.readAllStandardOutput());
        for (const char* old : {"SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1"})
            QVERIFY2(report.contains(QRegularExpression(QStringLiteral("%1\\s+disabled").arg(QLatin1String(old)))),
                     qPrintable(report));
        QVERIFY(report.contains(QRegularExpression(QStringLiteral("TLSv1.2\\s+enabled"))));
        QVERIFY(report.contains(QRegularExpression(QStringLiteral("TLSv1.3\\s+enabled"))));
        static const QRegularExpression accepted(
            QStringLiteral("^(?:Preferred|Accepted)\\s+(TLSv1\\.[0-3]|SSLv[23])\\s+(\\d+) bits\\s+(\\S+)"),
            QRegularExpression::MultilineOption);
        int suites = 0;
        for (auto it = accepted.globalMatch(report); it.hasNext();) {
            const auto match = it.next();
            ++suites;
            const QString protocol = match.captured(1);
            const QString name = match.captured(3);
            QVERIFY2(protocol == QLatin1String("TLSv1.2") || protocol == QLatin1String("TLSv1.3"), qPrintable(name));
            QVERIFY2(match.captured(2).toInt() >= 128, qPrintable(name));
            const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
            const bool forwardSecret = protocol == QLatin1String("TLSv1.3") || name.startsWith(QLatin1String("ECDHE-"));
            QVERIFY2(aead && forwardSecret, qPrintable(QStringLiteral("weak suite %1 %2").arg(protocol, name)));
        }
        QVERIFY2(suites >= 3, qPrintable(report));
    }

    void securityHeadersOnEveryAnswer()
    {
        test::ApiTestClient api(m_server.url(), m_server.caFile());
        const QList<QPair<QByteArray, QString>> calls{{"GET", QStringLiteral("/api/v1/health")},
                                                      {"GET", QStringLiteral("/api/v1/me")},
                                                      {"GET", QStringLiteral("/api/v1/no-such-thing")},
                                                      {"DELETE", QStringLiteral("/api/v1/health")}};
        QList<int> statuses;
        for (const auto& [method, path] : calls) {
            const auto reply = api.call(method, path);
            statuses << reply.status;
            const QString where = QString::fromLatin1(method) + u' ' + path;
            QVERIFY2(reply.header("Strict-Transport-Security").contains("max-age="), qPrintable(where));
            QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
            QVERIFY2(reply.header("Cache-Control").contains("no-store"), qPrintable(where));
            QVERIFY2(!reply.header("Content-Security-Policy").isEmpty(), qPrintable(where));
        }
        QCOMPARE(statuses, (QList<int>{200, 401, 404, 405}));
    }

    void cleanupTestCase()
    {
        QString error;
        m_server.stop(&error);
    }
};

QTEST_GUILESS_MAIN(TestTlsSurface)
#include "TestTlsSurface.moc"
