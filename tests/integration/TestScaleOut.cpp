#include "protocol/Base32.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"
#include "tests/support/TestPostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace leadscope;

// Two `serve` processes on one PostgreSQL database, as behind a load
// balancer: every hit counted once, and both hand out the same change log.
class TestScaleOut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoServersOneStore()
    {
        QString error;
        const QString db = test::TestPostgres::createDatabase(&error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        test::ServerProcess first;
        QVERIFY2(first.prepare(&error, db), qPrintable(error));
        QTemporaryDir files;
        test::TestOrganisation org;
        QVERIFY2(test::TestOrganisation::create(
                     db, files.path(), QStringLiteral("Scale B.V."), QStringLiteral("scale.example"),
                     "40000001,Gamma B.V.,,Besloten Vennootschap,6201,Software,10-19,Laan 1,1011 AA,Amsterdam,NL,,,\n",
                     "203.0.113.0,203.0.113.255,40000001,company,Gamma\n", &org, &error),
                 qPrintable(error));
        const QString siteId = org.siteId;
        test::TestUser& admin = org.admin;
        const QStringList proxy{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")};
        QVERIFY2(first.start(&error, db, proxy), qPrintable(error));
        test::ServerProcess second;
        second.setSkipInit(true);
        QVERIFY2(second.start(&error, db, proxy), qPrintable(error));

        // 40 sessions of 10 page views, each session's hits alternating between the servers.
        constexpr int kSessions = 40;
        constexpr int kViews = 10;
        QNetworkAccessManager network;
        QSslConfiguration tls1 = QSslConfiguration::defaultConfiguration();
        tls1.setCaCertificates(QSslCertificate::fromPath(first.caFile()));
        QSslConfiguration tls2 = QSslConfiguration::defaultConfiguration();
        tls2.setCaCertificates(QSslCertificate::fromPath(second.caFile()));
        int failures = 0;
        int running = 0;
        QEventLoop loop;
        std::function<void(int, int)> send = [&](int session, int view) {
            const bool toFirst = (session + view) % 2 == 0;
            QNetworkRequest request(QUrl((toFirst ? first : second).url().toString() + QStringLiteral("/collect")));
            request.setSslConfiguration(toFirst ? tls1 : tls2);
            request.setRawHeader("X-Forwarded-For", "203.0.113.50");
            request.setRawHeader("Origin", "https://scale.example");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            const QJsonObject body{
                {QStringLiteral("site"), siteId},
                {QStringLiteral("url"), QStringLiteral("https://scale.example/p%1").arg(view)},
                {QStringLiteral("vid"), QStringLiteral("%1").arg(session, 32, 16, QLatin1Char('0'))},
                {QStringLiteral("sid"), QStringLiteral("%1").arg(session + 1000, 32, 16, QLatin1Char('0'))}};
            QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, session, view] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 204)
                    ++failures;
                reply->deleteLater();
                if (view + 1 < kViews)
                    send(session, view + 1);
                else if (--running == 0)
                    loop.quit();
            });
        };
        for (int s = 0; s < kSessions; ++s) {
            ++running;
            send(s, 0);
        }
        loop.exec();
        QCOMPARE(failures, 0);

        // Both servers hand out the same, complete change log.
        QList<QByteArray> logs;
        for (test::ServerProcess* server : {&first, &second}) {
            test::ApiTestClient client(server->url(), server->caFile());
            const QString access = client.signIn(admin).access;
            QVERIFY(!access.isEmpty());
            client.call("POST", QStringLiteral("/api/v1/dpa/accept"),
                        {{QStringLiteral("version"), QStringLiteral("1.0")}}, access);
            QByteArray all;
            QString cursor;
            QSet<QString> pageviews;
            QSet<QString> visits;
            for (;;) {
                const auto page =
                    client.call("GET", QStringLiteral("/api/v1/sync?limit=37&cursor=") + cursor, {}, access);
                QCOMPARE(page.status, 200);
                for (const QJsonValue& change : page.json.value(QStringLiteral("changes")).toArray()) {
                    const QJsonObject c = change.toObject();
                    all += QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n';
                    if (c.value(QStringLiteral("type")).toString() == QLatin1String("visit"))
                        visits << c.value(QStringLiteral("id")).toString();
                    if (c.value(QStringLiteral("type")).toString() == QLatin1String("pageview"))
                        pageviews << c.value(QStringLiteral("id")).toString();
                }
                cursor = page.json.value(QStringLiteral("cursor")).toString();
                if (!page.json.value(QStringLiteral("has_more")).toBool())
                    break;
            }
            QCOMPARE(visits.size(), kSessions);             // no session split between the servers
            QCOMPARE(pageviews.size(), kSessions * kViews); // no hit lost, none counted twice
            logs << all;
        }
        QCOMPARE(logs[0], logs[1]);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "TestScaleOut.moc"
