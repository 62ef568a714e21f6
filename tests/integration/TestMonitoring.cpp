#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using test::ApiTestClient;

namespace {

// "name{labels} value" lines of the Prometheus text format, by series.
QHash<QString, double> parseMetrics(const QByteArray& text, QString* problem)
{
    QHash<QString, double> series;
    static const QRegularExpression line(QStringLiteral(R"(^([a-z_]+(?:\{[^}]*\})?) (-?[0-9.e+]+|\+Inf)$)"));
    for (const QByteArray& raw : text.split('\n')) {
        if (raw.isEmpty() || raw.startsWith("# HELP ") || raw.startsWith("# TYPE "))
            continue;
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch()) {
            *problem = QStringLiteral("not a metric line: ") + QString::fromUtf8(raw);
            return {};
        }
        series.insert(match.captured(1), match.captured(2).toDouble());
    }
    return series;
}

} // namespace

// Monitoring as an operator runs it: GET /metrics on the admin listener only,
// counters that move while the server is under load (ingest, sign-in
// failures, lockouts, suspicious activity, rate limits, sync pages,
// latency), and structured logs — one JSON object per line, nothing personal.
class TestMonitoring : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    test::ServerProcess m_server;
    test::TestOrganisation m_org;
    QList<test::TestUser> m_sales;
    QUrl m_metricsUrl;
    std::unique_ptr<ApiTestClient> m_client;
    QNetworkAccessManager m_network;

    QNetworkRequest request(const QUrl& url) const
    {
        QNetworkRequest r(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
        r.setSslConfiguration(tls);
        return r;
    }

    QPair<int, QByteArray> get(const QUrl& url)
    {
        QNetworkReply* reply = m_network.get(request(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    QHash<QString, double> scrape()
    {
        const auto [status, body] = get(m_metricsUrl);
        QString problem;
        QHash<QString, double> series = parseMetrics(body, &problem);
        if (status != 200 || !problem.isEmpty())
            qWarning("scrape failed (%d): %s", status, qPrintable(problem));
        return series;
    }

    QNetworkReply* postHit(const QByteArray& from, int visitor)
    {
        QNetworkRequest r = request(m_server.url().resolved(QUrl(QStringLiteral("/collect"))));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        r.setRawHeader("X-Forwarded-For", from);
        r.setRawHeader("Origin", "https://www.monitor.example");
        const QJsonObject body{
            {QStringLiteral("site"), m_org.siteId},
            {QStringLiteral("url"), QStringLiteral("https://www.monitor.example/pricing")},
            {QStringLiteral("title"), QStringLiteral("Pricing")},
            {QStringLiteral("referrer"), QString()},
            {QStringLiteral("vid"), QStringLiteral("%1").arg(visitor, 32, 16, QLatin1Char('0'))},
            {QStringLiteral("sid"), QStringLiteral("%1").arg(visitor + 0x100000, 32, 16, QLatin1Char('0'))},
            {QStringLiteral("device"), QStringLiteral("desktop")}};
        return m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY2(test::TestOrganisation::create(
                     m_server.dbUrl(), m_files.path(), QStringLiteral("Monitor B.V."),
                     QStringLiteral("monitor.example"),
                     "10000001,Acme Industrie B.V.,Acme,Besloten Vennootschap,2599,Metaal,50-99,Weg 1,3542 AD,"
                     "Utrecht,NL,,,\n",
                     "203.0.113.0,203.0.113.255,10000001,company,Acme\n198.51.100.0,198.51.100.255,,isp,Broadband\n",
                     &m_org, &error),
                 qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            test::TestUser user;
            user.email = QStringLiteral("sales%1@monitor.example").arg(i);
            user.password = "a sales test password";
            QString output;
            QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                               m_server.dbUrl(), QStringLiteral("--org"), m_org.orgId,
                                               QStringLiteral("--email"), user.email, QStringLiteral("--role"),
                                               QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                                              &output, &error, user.password + '\n'),
                     qPrintable(error));
            m_sales.append(user);
        }
        QVERIFY2(
            m_server.start(&error, m_server.dbUrl(), {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
            qPrintable(error));
        static const QRegularExpression metricsLine(QStringLiteral(R"(metrics on (https://[^ \n]+))"));
        const QRegularExpressionMatch match = metricsLine.match(m_server.output());
        QVERIFY2(match.hasMatch(), qPrintable(m_server.output()));
        m_metricsUrl = QUrl(match.captured(1));
        m_client = std::make_unique<ApiTestClient>(m_server.url(), m_server.caFile());
    }

    void metricsAreServedOnlyOnTheAdminListener()
    {
        QCOMPARE(m_metricsUrl.host(), QStringLiteral("127.0.0.1")); // loopback by default
        QVERIFY(m_metricsUrl.port() != m_server.port());
        QCOMPARE(get(m_server.url().resolved(QUrl(QStringLiteral("/metrics")))).first, 404);
        QCOMPARE(get(m_metricsUrl.resolved(QUrl(QStringLiteral("/api/v1/health")))).first, 404);
        QNetworkReply* reply = m_network.get(request(m_metricsUrl));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/plain")));
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QVERIFY(body.contains("# TYPE leadscope_http_request_duration_seconds histogram"));
        QVERIFY(body.contains("# TYPE leadscope_suspicious_activity_total counter"));
        QVERIFY(body.contains("# TYPE leadscope_process_resident_memory_bytes gauge"));
    }

    void countersMoveUnderLoad()
    {
        const QHash<QString, double> before = scrape();
        QVERIFY(!before.isEmpty());
        const auto delta = [&before](const QHash<QString, double>& after, const QString& series) {
            return after.value(series) - before.value(series);
        };

        // 300 hits in flight at once: half from a company's range, half from an ISP's.
        QList<QNetworkReply*> hits;
        for (int i = 0; i < 300; ++i)
            hits.append(postHit(i % 2 ? "203.0.113.7" : "198.51.100.9", i));
        // The admin listener answers while the API is busy.
        const QHash<QString, double> during = scrape();
        QVERIFY(during.contains(QStringLiteral("leadscope_process_resident_memory_bytes")));
        int noContent = 0;
        for (QNetworkReply* reply : hits) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(60'000));
            noContent += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204 ? 1 : 0;
            reply->deleteLater();
        }
        QCOMPARE(noContent, 300);

        // Five wrong passwords for each of two accounts of one organisation:
        // two lockouts, one burst of suspicious activity; then a refused attempt.
        for (const test::TestUser& user : std::as_const(m_sales)) {
            for (int i = 0; i < 5; ++i)
                QCOMPARE(m_client
                             ->call("POST", QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("email"), user.email},
                                     {QStringLiteral("password"), QStringLiteral("not the password")}})
                             .status,
                         401);
        }
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("email"), m_sales.first().email},
                             {QStringLiteral("password"), QString::fromUtf8(m_sales.first().password)}})
                     .status,
                 429);

        // One page of sync.
        const QString access = m_client->signIn(m_org.admin).access;
        QVERIFY(!access.isEmpty());
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync?limit=1000"), {}, access).status, 200);

        const QHash<QString, double> after = scrape();
        QCOMPARE(delta(after, QStringLiteral("leadscope_hits_total{result=\"identified\"}")), 150.0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_hits_total{result=\"unidentified\"}")), 150.0);
        QCOMPARE(delta(after,
                       QStringLiteral(R"(leadscope_http_requests_total{route="/collect",method="POST",status="204"})")),
                 300.0);
        const QString collectCount =
            QStringLiteral(R"(leadscope_http_request_duration_seconds_count{route="/collect"})");
        QCOMPARE(delta(after, collectCount), 300.0);
        QCOMPARE(after.value(
                     QStringLiteral(R"(leadscope_http_request_duration_seconds_bucket{route="/collect",le="+Inf"})")),
                 after.value(collectCount));
        QVERIFY(after.value(QStringLiteral(R"(leadscope_http_request_duration_seconds_sum{route="/collect"})")) > 0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_sign_in_failures_total")), 10.0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_lockouts_total")), 2.0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_suspicious_activity_total")), 1.0);
        QVERIFY(delta(after, QStringLiteral("leadscope_rate_limited_total")) >= 1.0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_sync_pages_served_total")), 1.0);
        QCOMPARE(delta(after, QStringLiteral("leadscope_store_errors_total")), 0.0);
        QVERIFY(after.value(QStringLiteral("leadscope_process_resident_memory_bytes")) > 10e6);
        // Routes are patterns: no id, address or user ever becomes a label.
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1String("203.0.113")) && !it.key().contains(u'@'), qPrintable(it.key()));
        }
    }

    void logsAreJsonLinesWithoutPersonalData()
    {
        QString error;
        QVERIFY2(m_server.stop(&error), qPrintable(error));
        const QStringList lines = m_server.output().split(u'\n', Qt::SkipEmptyParts);
        int json = 0;
        int suspicious = 0;
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("leadscope-server: ")))
                continue; // the human lines on standard output (listening on …, stopped)
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
            QVERIFY2(document.isObject(), qPrintable(QStringLiteral("not a JSON log line: ") + line));
            const QJsonObject entry = document.object();
            QVERIFY(entry.value(QStringLiteral("time")).toString().endsWith(u'Z'));
            QVERIFY(!entry.value(QStringLiteral("level")).toString().isEmpty());
            QVERIFY(entry.value(QStringLiteral("category")).toString().startsWith(QLatin1String("leadscope.server")));
            ++json;
            if (entry.value(QStringLiteral("event")).toString() == QLatin1String("suspicious_activity")) {
                ++suspicious;
                QCOMPARE(entry.value(QStringLiteral("failed_sign_ins")).toInt(), 10);
                QCOMPARE(entry.value(QStringLiteral("org")).toString(), m_org.orgId);
            }
        }
        QVERIFY(json >= 2);
        QCOMPARE(suspicious, 1);
        const QString all = m_server.output();
        for (const QString& secret :
             {QStringLiteral("203.0.113.7"), QStringLiteral("198.51.100.9"), QStringLiteral("monitor.example"),
              QStringLiteral("not the password"), QString::fromUtf8(m_org.admin.password)})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestMonitoring)
#include "TestMonitoring.moc"
