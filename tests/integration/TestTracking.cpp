#include "protocol/Base32.h"
#include "server/base/Clock.h"
#include "server/mail/MailWorker.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/HubSpotStandIn.h"
#include "tests/support/OpenApiCheck.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SmtpServer.h"
#include "tests/support/TestPostgres.h"
#include "tests/support/WebhookReceiver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace leadscope;
using test::ApiTestClient;
using test::TestUser;

// The tracker path end to end, on SQLite and PostgreSQL: registry import,
// hits through /collect as a trusted proxy would send them, matching, and
// what reaches (and never reaches) the store and the sync API.
class TestTracking : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QTemporaryDir m_files;
    QString m_orgId;
    QString m_siteId;
    TestUser m_admin;

    static QString hex(int n) { return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0')); }

    bool writeRegistry()
    {
        QFile companies(m_files.filePath(QStringLiteral("companies.csv")));
        QFile ranges(m_files.filePath(QStringLiteral("ranges.csv")));
        if (!companies.open(QIODevice::WriteOnly) || !ranges.open(QIODevice::WriteOnly))
            return false;
        companies.write(
            "registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
            "city,country,website,phone,linkedin\n"
            "10000001,Acme Industrie B.V.,Acme,Besloten Vennootschap,2599,Vervaardiging van metaalproducten,"
            "50-99,Industrieweg 12,3542 AD,Utrecht,NL,https://www.acme-industrie.example,+31 30 123 4567,\n"
            "10000002,J. Jansen Advies,Jansen Advies,Eenmanszaak,7022,Organisatieadviesbureaus,1,"
            "Dorpsstraat 1,1234 AB,Ede,NL,,,\n"
            "10000003,Gemeente Voorbeeld,,Publiekrechtelijke rechtspersoon,8411,Openbaar bestuur,500+,"
            "Stadhuisplein 1,9999 ZZ,Voorbeeld,NL,,,\n"
            "10000004,Beta Logistiek B.V.,Beta,Besloten Vennootschap,4941,Goederenvervoer over de weg,20-49,"
            "Havenweg 3,3011 AA,Rotterdam,NL,,,\n");
        ranges.write("start,end,registry_number,kind,name\n"
                     "203.0.113.0,203.0.113.255,10000001,company,Acme Industrie\n"
                     "198.51.100.0,198.51.100.255,,isp,Example Broadband\n"
                     "192.0.2.0,192.0.2.15,10000002,company,Jansen\n"
                     "192.0.2.128,192.0.2.255,10000003,government,Gemeente Voorbeeld\n"
                     "192.0.2.64,192.0.2.127,10000004,company,Beta Logistiek\n"
                     "2001:db8:1::,2001:db8:1::ffff,10000001,company,Acme Industrie v6\n");
        return true;
    }

    bool startServer(const QStringList& extra)
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db;
        if (store == QLatin1String("postgresql")) {
            db = test::TestPostgres::createDatabase(&error);
            if (db.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        m_server = std::make_unique<test::ServerProcess>();
        // The registry and the organisation go in before the server starts
        // (a running server picks up later imports within 10 seconds).
        if (!m_server->prepare(&error, db) || !setUpOrganisation() || !m_server->start(&error, db, extra)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        return true;
    }

    bool setUpOrganisation()
    {
        QString output;
        QString error;
        if (!test::ServerProcess::run({QStringLiteral("import"), QStringLiteral("--db"), m_server->dbUrl(),
                                       QStringLiteral("--companies"), m_files.filePath(QStringLiteral("companies.csv")),
                                       QStringLiteral("--ranges"), m_files.filePath(QStringLiteral("ranges.csv"))},
                                      &output, &error) ||
            !test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                       m_server->dbUrl(), QStringLiteral("--name"), QStringLiteral("Shop B.V."),
                                       QStringLiteral("--domain"), QStringLiteral("shop.example")},
                                      &output, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const QStringList lines = output.trimmed().split(u'\n');
        m_orgId = lines.value(0);
        m_siteId = lines.value(1).section(u' ', 0, 0);
        m_admin = TestUser{};
        m_admin.email = QStringLiteral("admin@shop.example");
        m_admin.password = "a sufficiently long password";
        if (!test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                       m_server->dbUrl(), QStringLiteral("--org"), m_orgId, QStringLiteral("--email"),
                                       m_admin.email, QStringLiteral("--role"), QStringLiteral("admin"),
                                       QStringLiteral("--password-stdin")},
                                      &output, &error, m_admin.password + '\n') ||
            !test::ServerProcess::run({QStringLiteral("dpa"), QStringLiteral("record"), QStringLiteral("--db"),
                                       m_server->dbUrl(), QStringLiteral("--org"), m_orgId,
                                       QStringLiteral("--signed-by"), m_admin.email},
                                      &output, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    QJsonObject hitBody(const QString& path, int visitor, int session, const QString& referrer = {})
    {
        return QJsonObject{{QStringLiteral("site"), m_siteId},
                           {QStringLiteral("url"), QString(QStringLiteral("https://www.shop.example") + path)},
                           {QStringLiteral("title"), QString(QStringLiteral("Page ") + path)},
                           {QStringLiteral("referrer"), referrer},
                           {QStringLiteral("vid"), hex(visitor)},
                           {QStringLiteral("sid"), hex(0x100000 + session)},
                           {QStringLiteral("device"), QStringLiteral("desktop")}};
    }

    ApiTestClient::Reply hit(const QString& from, const QJsonObject& body,
                             const QByteArray& origin = "https://www.shop.example")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Forwarded-For", from.toLatin1()}};
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        return m_client->callRaw("POST", QStringLiteral("/collect"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {}, headers);
    }

    QJsonArray syncAll()
    {
        const QString access = m_client->signIn(m_admin).access;
        m_client->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                       {{QStringLiteral("version"), QStringLiteral("1.0")}}, access);
        QJsonArray all;
        QString cursor;
        for (;;) {
            const auto page =
                m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000&cursor=") + cursor, {}, access);
            for (const QJsonValue& change : page.json.value(QStringLiteral("changes")).toArray())
                all.append(change);
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return all;
    }

    static QList<QJsonObject> ofType(const QJsonArray& changes, const QString& type)
    {
        QList<QJsonObject> out;
        for (const QJsonValue& change : changes) {
            if (change.toObject().value(QStringLiteral("type")).toString() == type)
                out.append(change.toObject());
        }
        return out;
    }

    // Signed in as the admin, the DPA accepted: the access token and the admin's user id.
    std::pair<QString, QString> signedInAdmin()
    {
        const QString access = m_client->signIn(m_admin).access;
        m_client->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                       {{QStringLiteral("version"), QStringLiteral("1.0")}}, access);
        const auto me = m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access);
        return {access, me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString()};
    }

    // A rule that tells the admin when a company looks at pricing.
    int addPricingAlert(const QString& access, const QString& adminId)
    {
        return m_client
            ->call("POST", QStringLiteral("/api/v1/rules"),
                   {{QStringLiteral("name"), QStringLiteral("Pricing visitors")},
                    {QStringLiteral("filter"),
                     QJsonObject{{QStringLiteral("visit"),
                                  QJsonObject{{QStringLiteral("page"), QStringLiteral("/pricing*")}}}}},
                    {QStringLiteral("actions"), QJsonObject{{QStringLiteral("notify"), QJsonArray{adminId}}}}},
                   access)
            .status;
    }

    static QStringList relayArguments(const test::SmtpServer& smtp, const QString& url = {})
    {
        return {QStringLiteral("--trusted-proxy"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("--smtp"),
                url.isEmpty() ? smtp.url() : url,
                QStringLiteral("--smtp-from"),
                QStringLiteral("alerts@leadscope.example"),
                QStringLiteral("--smtp-password-file"),
                smtp.passwordFile(),
                QStringLiteral("--smtp-ca"),
                smtp.caFile()};
    }

    // The store the stopped server used, opened in this process.
    std::unique_ptr<server::Store> openStore()
    {
        QString error;
        const auto url = server::DatabaseUrl::parse(m_server->dbUrl(), &error);
        auto store = url ? std::make_unique<server::Store>(*url) : nullptr;
        if (!store || !store->open(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return store;
    }

    static std::optional<server::SmtpSender::Settings> relay(const test::SmtpServer& smtp)
    {
        server::SmtpSender::Settings settings;
        QString error;
        if (!server::SmtpSender::Settings::parse(smtp.url(), smtp.passwordFile(),
                                                 QStringLiteral("alerts@leadscope.example"), smtp.caFile(), &settings,
                                                 &error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        return settings;
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void initTestCase() { QVERIFY(writeRegistry()); }

    void cleanup()
    {
        QString error;
        const bool stopped = m_server ? m_server->stop(&error) : true;
        m_client.reset();
        m_server.reset();
        QVERIFY2(stopped, qPrintable(error));
    }

    void onlyCompanyVisitsReachSync()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        // One visitor of Acme: three page views in one session.
        QCOMPARE(hit(QStringLiteral("203.0.113.7"),
                     hitBody(QStringLiteral("/"), 1, 1, QStringLiteral("https://www.google.nl/")))
                     .status,
                 204);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 1)).status, 204);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/contact"), 1, 1)).status, 204);
        // The same visitor over IPv6, in a new session.
        QCOMPARE(hit(QStringLiteral("2001:db8:1::5"), hitBody(QStringLiteral("/cases"), 1, 2)).status, 204);
        // An ISP customer, a sole trader and a municipality: none identified.
        QCOMPARE(hit(QStringLiteral("198.51.100.9"), hitBody(QStringLiteral("/"), 2, 3)).status, 204);
        QCOMPARE(hit(QStringLiteral("192.0.2.5"), hitBody(QStringLiteral("/"), 3, 4)).status, 204);
        QCOMPARE(hit(QStringLiteral("192.0.2.200"), hitBody(QStringLiteral("/"), 4, 5)).status, 204);
        QCOMPARE(hit(QStringLiteral("100.64.0.1"), hitBody(QStringLiteral("/"), 5, 6)).status, 204);

        const QJsonArray changes = syncAll();
        const auto companies = ofType(changes, QStringLiteral("company"));
        QCOMPARE(companies.size(), 1);
        const QJsonObject company = companies[0].value(QStringLiteral("data")).toObject();
        QCOMPARE(company.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Industrie B.V."));
        QCOMPARE(company.value(QStringLiteral("city")).toString(), QStringLiteral("Utrecht"));
        QCOMPARE(company.value(QStringLiteral("sbi_code")).toString(), QStringLiteral("2599"));

        // Latest state per visit.
        QHash<QString, QJsonObject> visits;
        for (const QJsonObject& v : ofType(changes, QStringLiteral("visit")))
            visits.insert(v.value(QStringLiteral("id")).toString(), v.value(QStringLiteral("data")).toObject());
        QCOMPARE(visits.size(), 2);
        QSet<QString> visitorKeys;
        QList<int> pageviewCounts;
        for (const QJsonObject& v : std::as_const(visits)) {
            QCOMPARE(v.value(QStringLiteral("company_id")).toString(), QStringLiteral("kvk-10000001"));
            visitorKeys << v.value(QStringLiteral("visitor_key")).toString();
            pageviewCounts << v.value(QStringLiteral("pageviews")).toInt();
            if (v.value(QStringLiteral("pageviews")).toInt() == 3) {
                QCOMPARE(v.value(QStringLiteral("landing_page")).toString(), QStringLiteral("/"));
                QCOMPARE(v.value(QStringLiteral("referrer_class")).toString(), QStringLiteral("search"));
            }
        }
        std::sort(pageviewCounts.begin(), pageviewCounts.end());
        QCOMPARE(pageviewCounts, (QList<int>{1, 3}));
        // Same visitor cookie: the same pseudonymous key, which is not the cookie value.
        QCOMPARE(visitorKeys.size(), 1);
        QVERIFY(*visitorKeys.begin() != hex(1));
        QCOMPARE(visitorKeys.begin()->size(), 32);
        QHash<QString, QJsonObject> pageviews;
        for (const QJsonObject& p : ofType(changes, QStringLiteral("pageview")))
            pageviews.insert(p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("data")).toObject());
        QCOMPARE(pageviews.size(), 4);
        QStringList paths;
        for (const QJsonObject& p : std::as_const(pageviews))
            paths << p.value(QStringLiteral("path")).toString();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("/"), QStringLiteral("/cases"), QStringLiteral("/contact"),
                                     QStringLiteral("/pricing")}));
        // Nothing of the visitors who are not companies, and no IP address anywhere.
        const QByteArray all = QJsonDocument(changes).toJson();
        QVERIFY(!all.contains("10000002") && !all.contains("10000003"));
        for (const char* address : {"203.0.113.7", "2001:db8:1::5", "198.51.100.9", "192.0.2.5"})
            QVERIFY2(!all.contains(address), address);
    }

    // A rule made through the API acts on a visit as it grows: once, with its
    // reasons, and both its firing and its effect reach every user's sync.
    void rulesActAndTheirFiringsSync()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        const QString access = m_client->signIn(m_admin).access;
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);
        const auto me = m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access);
        const QString adminId = me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!adminId.isEmpty());
        const auto rule = m_client->call(
            "POST", QStringLiteral("/api/v1/rules"),
            {{QStringLiteral("name"), QStringLiteral("Pricing visitors")},
             {QStringLiteral("filter"),
              QJsonObject{{QStringLiteral("city"), QStringLiteral("Utrecht")},
                          {QStringLiteral("visit"), QJsonObject{{QStringLiteral("page"), QStringLiteral("/pricing*")},
                                                                {QStringLiteral("min_pages"), 2}}}}},
             {QStringLiteral("actions"), QJsonObject{{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("hot")}},
                                                     {QStringLiteral("notify"), QJsonArray{adminId}}}}},
            access);
        QCOMPARE(rule.status, 201);
        for (const char* path : {"/", "/pricing", "/pricing/enterprise", "/contact"})
            QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QLatin1String(path), 1, 1)).status, 204);
        // Another company's visit to the same pages: not in Utrecht.
        QCOMPARE(hit(QStringLiteral("192.0.2.5"), hitBody(QStringLiteral("/pricing"), 3, 4)).status, 204);

        QJsonArray all;
        QString cursor;
        for (;;) {
            const auto page = m_client->call(
                "GET", QStringLiteral("/api/v1/sync?limit=10000&with=rule_firings&cursor=") + cursor, {}, access);
            QCOMPARE(page.status, 200);
            for (const QJsonValue& change : page.json.value(QStringLiteral("changes")).toArray())
                all.append(change);
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        const auto firings = ofType(all, QStringLiteral("rule_firing"));
        QCOMPARE(firings.size(), 1);
        const QJsonObject firing = firings[0].value(QStringLiteral("data")).toObject();
        QCOMPARE(firing.value(QStringLiteral("rule_name")).toString(), QStringLiteral("Pricing visitors"));
        QCOMPARE(firing.value(QStringLiteral("company_id")).toString(), QStringLiteral("kvk-10000001"));
        const QJsonObject why = firing.value(QStringLiteral("why")).toObject();
        QCOMPARE(why.value(QStringLiteral("page")).toString(), QStringLiteral("/pricing"));
        QCOMPARE(why.value(QStringLiteral("pages")).toInt(), 2); // when it first held
        QCOMPARE(why.value(QStringLiteral("city")).toString(), QStringLiteral("Utrecht"));
        QCOMPARE(firing.value(QStringLiteral("did")).toObject().value(QStringLiteral("notify")).toArray(),
                 QJsonArray{adminId});
        // The effect: the company's annotation, as every user syncs it.
        const auto annotations = ofType(all, QStringLiteral("annotation"));
        QVERIFY(!annotations.isEmpty());
        QCOMPARE(annotations.last().value(QStringLiteral("data")).toObject().value(QStringLiteral("tags")).toArray(),
                 QJsonArray{QStringLiteral("hot")});
        // Asked for by name only: an older client's sync has no such type.
        const QJsonArray plain = syncAll();
        QVERIFY(ofType(plain, QStringLiteral("rule_firing")).isEmpty());
        QCOMPARE(ofType(plain, QStringLiteral("annotation")).size(), annotations.size());
        // Nothing of the visitors in the firing: no address, no cookie.
        const QByteArray text = QJsonDocument(firing).toJson();
        QVERIFY(!text.contains("203.0.113.7") && !text.contains(hex(1).toLatin1()));
    }

    // A company the team hides (or its industry) is left alone by rules; shown
    // again, it is acted on again. Nothing of its visits is lost meanwhile.
    void rulesLeaveHiddenCompaniesAlone()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        const QString access = m_client->signIn(m_admin).access;
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/rules"),
                            {{QStringLiteral("name"), QStringLiteral("Pricing")},
                             {QStringLiteral("filter"),
                              QJsonObject{{QStringLiteral("visit"),
                                           QJsonObject{{QStringLiteral("page"), QStringLiteral("/pricing*")}}}}},
                             {QStringLiteral("actions"),
                              QJsonObject{{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("hot")}}}}},
                            access)
                     .status,
                 201);
        const auto hide = [&](const QJsonObject& what) {
            QJsonObject body = what;
            body.insert(QStringLiteral("category"), QStringLiteral("customer"));
            body.insert(QStringLiteral("reason"), QStringLiteral("  a customer   since 2019 "));
            return m_client->call("POST", QStringLiteral("/api/v1/ignored"), body, access);
        };
        const auto firings = [&] {
            const auto page =
                m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000&with=rule_firings"), {}, access);
            return ofType(page.json.value(QStringLiteral("changes")).toArray(), QStringLiteral("rule_firing")).size();
        };
        const auto hidden = hide({{QStringLiteral("company_id"), QStringLiteral("kvk-10000001")}});
        QCOMPARE(hidden.status, 201);
        const QString entry =
            hidden.json.value(QStringLiteral("entry")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(hide({{QStringLiteral("company_id"), QStringLiteral("kvk-10000001")}}).status, 409);
        QCOMPARE(hide({{QStringLiteral("company_id"), QStringLiteral("kvk-99")}}).status, 400); // not in the register
        QCOMPARE(hide({{QStringLiteral("company_id"), QStringLiteral("kvk-10000001")},
                       {QStringLiteral("sbi_prefix"), QStringLiteral("25")}})
                     .status,
                 400);
        const auto list = m_client->call("GET", QStringLiteral("/api/v1/ignored"), {}, access);
        const QJsonObject listed = list.json.value(QStringLiteral("ignored")).toArray().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme Industrie B.V."));
        QCOMPARE(listed.value(QStringLiteral("reason")).toString(), QStringLiteral("a customer since 2019"));
        QCOMPARE(listed.value(QStringLiteral("by")).toObject().value(QStringLiteral("email")).toString(),
                 m_admin.email);

        // Hidden: its visit is recorded (and synced), no rule acts on it.
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 1)).status, 204);
        QCOMPARE(firings(), 0);
        // Shown again: the next visit is acted on.
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/ignored/") + entry, {}, access).status, 200);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/ignored/") + entry, {}, access).status, 404);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 2)).status, 204);
        QCOMPARE(firings(), 1);
        // Its whole industry hidden (Acme's SBI code is 2599): left alone again.
        QCOMPARE(hide({{QStringLiteral("sbi_prefix"), QStringLiteral("25")}}).status, 201);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 3)).status, 204);
        QCOMPARE(firings(), 1);
        const QJsonArray changes = syncAll();
        QCOMPARE(ofType(changes, QStringLiteral("pageview")).size(), 3); // nothing lost
    }

    // A target-account list filled by an import (registry numbers and websites,
    // with a report of what matched nothing); a rule that asks for the list
    // acts on its companies' visits only.
    void targetListsImportAndRulesAskForThem()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        const QString access = m_client->signIn(m_admin).access;
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);
        const auto created = m_client->call("POST", QStringLiteral("/api/v1/target-lists"),
                                            {{QStringLiteral("name"), QStringLiteral("Key accounts")}}, access);
        QCOMPARE(created.status, 201);
        const QString list =
            created.json.value(QStringLiteral("list")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/target-lists"),
                            {{QStringLiteral("name"), QStringLiteral(" Key  accounts")}}, access)
                     .status,
                 409);
        const auto report = m_client->call(
            "POST", QStringLiteral("/api/v1/target-lists/") + list + QStringLiteral("/import"),
            {{QStringLiteral("rows"),
              QJsonArray{QStringLiteral("1000 0001"), QStringLiteral("https://www.Acme-Industrie.example/over"),
                         QStringLiteral("12345678"), QStringLiteral("nothing here"),
                         QStringLiteral("unknown.example")}}},
            access);
        QCOMPARE(report.status, 200);
        QCOMPARE(report.json.value(QStringLiteral("rows")).toInt(), 5);
        QCOMPARE(report.json.value(QStringLiteral("matched")).toInt(), 2); // the same company twice…
        QCOMPARE(report.json.value(QStringLiteral("added")).toInt(), 1);   // …on the list once
        QStringList why;
        for (const QJsonValue& problem : report.json.value(QStringLiteral("unmatched")).toArray())
            why << QStringLiteral("%1 %2")
                       .arg(problem.toObject().value(QStringLiteral("row")).toInt())
                       .arg(problem.toObject().value(QStringLiteral("why")).toString());
        QCOMPARE(why, (QStringList{QStringLiteral("3 no company with this registry number"),
                                   QStringLiteral("4 neither a registry number nor a website"),
                                   QStringLiteral("5 no company with this website")}));
        const auto lists = m_client->call("GET", QStringLiteral("/api/v1/target-lists"), {}, access);
        QCOMPARE(lists.json.value(QStringLiteral("lists"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("companies"))
                     .toArray(),
                 QJsonArray{QStringLiteral("kvk-10000001")});

        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/rules"),
                            {{QStringLiteral("name"), QStringLiteral("Key account visits")},
                             {QStringLiteral("filter"), QJsonObject{{QStringLiteral("on_list"), list}}},
                             {QStringLiteral("actions"),
                              QJsonObject{{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("key")}}}}},
                            access)
                     .status,
                 201);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1)).status, 204); // Acme
        QCOMPARE(hit(QStringLiteral("192.0.2.5"), hitBody(QStringLiteral("/"), 3, 4)).status, 204);   // Jansen
        const auto page =
            m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000&with=rule_firings"), {}, access);
        const auto firings =
            ofType(page.json.value(QStringLiteral("changes")).toArray(), QStringLiteral("rule_firing"));
        QCOMPARE(firings.size(), 1);
        QCOMPARE(firings[0].value(QStringLiteral("data")).toObject().value(QStringLiteral("company_id")).toString(),
                 QStringLiteral("kvk-10000001"));

        // Taken off the list: the next visit is not acted on.
        QCOMPARE(m_client
                     ->call("DELETE", QStringLiteral("/api/v1/target-lists/") + list + QStringLiteral("/companies"),
                            {{QStringLiteral("company_ids"), QJsonArray{QStringLiteral("kvk-10000001")}}}, access)
                     .status,
                 200);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 2)).status, 204);
        const auto after =
            m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000&with=rule_firings"), {}, access);
        QCOMPARE(ofType(after.json.value(QStringLiteral("changes")).toArray(), QStringLiteral("rule_firing")).size(),
                 1);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/target-lists/") + list + QStringLiteral("/companies"),
                            {{QStringLiteral("company_ids"), QJsonArray{QStringLiteral("kvk-nope")}}}, access)
                     .status,
                 400);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/target-lists/") + list, {}, access).status, 200);
    }

    void corsAndBadHits()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        auto reply = hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1));
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("https://www.shop.example"));
        reply = hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1), "https://evil.example");
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());
        QJsonObject offSite = hitBody(QStringLiteral("/"), 1, 1);
        offSite.insert(QStringLiteral("url"), QStringLiteral("https://other.example/"));
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), offSite).status, 400);
        QJsonObject unknownSite = hitBody(QStringLiteral("/"), 1, 1);
        unknownSite.insert(QStringLiteral("site"), QStringLiteral("no-such-site"));
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), unknownSite).errorCode(), QStringLiteral("unknown_site"));
        reply = m_client->callRaw("POST", QStringLiteral("/collect"), QByteArray(9000, 'x'));
        QCOMPARE(reply.status, 400);
        reply = m_client->callRaw("POST", QStringLiteral("/collect"), "{\"site\": 1}");
        QCOMPARE(reply.status, 400);
        reply =
            m_client->callRaw("OPTIONS", QStringLiteral("/collect"), {}, {}, {{"Origin", "https://www.shop.example"}});
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("Access-Control-Allow-Methods"), QByteArray("POST"));
        reply = m_client->call("GET", QStringLiteral("/t.js"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(reply.body.contains("_ls_vid") && reply.body.contains("_ls_sid"));
        QVERIFY(reply.body.contains("SameSite=Lax"));
    }

    void forwardedForIsIgnoredFromUntrustedPeers()
    {
        QVERIFY(startServer({}));
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1)).status, 204);
        QVERIFY(ofType(syncAll(), QStringLiteral("visit")).isEmpty());
    }

    void forwardedForFieldsAreJoined()
    {
        // A proxy that adds its own X-Forwarded-For line instead of appending to the
        // client's: the client's line claims Acme's address; the proxy's says where
        // the request really came from (an ISP). The real address must win.
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForEncrypted(30'000));
        const QByteArray body = QJsonDocument(hitBody(QStringLiteral("/pricing"), 9, 9)).toJson(QJsonDocument::Compact);
        socket.write("POST /collect HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                     "Origin: https://www.shop.example\r\n"
                     "X-Forwarded-For: 203.0.113.7\r\n"  // written by the client: forged
                     "X-Forwarded-For: 198.51.100.9\r\n" // added by the proxy: the real peer
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(30'000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 204"), answer.constData());
        QVERIFY2(ofType(syncAll(), QStringLiteral("visit")).isEmpty(), "a forged X-Forwarded-For line was believed");
    }

    void consentModeIsEnforcedByTheServer()
    {
        // A site in consent mode: a hit that does not carry the visitor's consent
        // is refused whatever sent it; one that does is recorded.
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        const QString access = m_client->signIn(m_admin).access;
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/organisation"),
                            {{QStringLiteral("tracking_mode"), QStringLiteral("consent")}}, access)
                     .status,
                 200);
        const auto refused = hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/no-consent"), 1, 1));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("consent_required"));
        QJsonObject withConsent = hitBody(QStringLiteral("/with-consent"), 1, 1);
        withConsent.insert(QStringLiteral("consent"), true);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), withConsent).status, 204);
        QJsonObject malformed = hitBody(QStringLiteral("/"), 1, 1);
        malformed.insert(QStringLiteral("consent"), QStringLiteral("yes"));
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), malformed).status, 400);
        QStringList paths;
        for (const QJsonObject& p : ofType(syncAll(), QStringLiteral("pageview")))
            paths << p.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(paths, QStringList{QStringLiteral("/with-consent")});
    }

    void nothingIsRecordedWithoutADpa()
    {
        // An organisation that never accepted a DPA: its hits are counted, never
        // recorded — also not once it accepts later. From the acceptance on, they are.
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        QString output;
        QString error;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--name"), QStringLiteral("New B.V."),
                                           QStringLiteral("--domain"), QStringLiteral("new.example")},
                                          &output, &error),
                 qPrintable(error));
        const QString orgId = output.section(u'\n', 0, 0);
        const QString siteId = output.section(u'\n', 1, 1).section(u' ', 0, 0);
        TestUser admin;
        admin.email = QStringLiteral("admin@new.example");
        admin.password = "the new admin's password";
        QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--org"), orgId, QStringLiteral("--email"),
                                           admin.email, QStringLiteral("--role"), QStringLiteral("admin"),
                                           QStringLiteral("--password-stdin")},
                                          &output, &error, admin.password + '\n'),
                 qPrintable(error));
        const auto newHit = [&](const QString& path) {
            QJsonObject body = hitBody(path, 7, 7);
            body.insert(QStringLiteral("site"), siteId);
            body.insert(QStringLiteral("url"), QString(QStringLiteral("https://www.new.example") + path));
            return hit(QStringLiteral("203.0.113.7"), body, "https://www.new.example").status;
        };
        QCOMPARE(newHit(QStringLiteral("/before")), 204); // the tracker need not know
        const QString access = m_client->signIn(admin).access;
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, access).status, 451);
        const auto dpa = m_client->call("GET", QStringLiteral("/api/v1/dpa"), {}, access);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), dpa.json.value(QStringLiteral("version"))}}, access)
                     .status,
                 200);
        QCOMPARE(newHit(QStringLiteral("/after")), 204);
        const auto page = m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000"), {}, access);
        QCOMPARE(page.status, 200);
        QStringList paths;
        for (const QJsonObject& p :
             ofType(page.json.value(QStringLiteral("changes")).toArray(), QStringLiteral("pageview")))
            paths << p.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(paths, QStringList{QStringLiteral("/after")});
    }

    void perSiteRateLimit()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--site-rate"), QStringLiteral("1")}));
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses << hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1)).status;
        QCOMPARE(statuses.count(204), 10); // 1 per second, over a 10-second window
        QCOMPARE(statuses.count(429), 2);
    }

    // Whether `form` (one way of writing an address) is in `haystack` as stored data, not by
    // chance: 4 raw bytes occur by chance in megabytes of keys and timestamps, so they count when
    // seen at least twice (each address came with 100 hits); 8 hex digits count only as a whole
    // token, not inside a longer hex string (a key). Longer forms count at once.
    static bool stored(const QByteArray& haystack, const QByteArray& form)
    {
        const auto isHex = [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
        const bool hexText =
            form.size() == 8 && std::all_of(form.begin(), form.end(), [&](char c) { return isHex(c); });
        int found = 0;
        for (qsizetype at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
            if (hexText &&
                ((at > 0 && isHex(haystack[at - 1])) || (at + 8 < haystack.size() && isHex(haystack[at + 8]))))
                continue;
            ++found;
        }
        return form.size() <= 4 ? found >= 2 : found >= 1;
    }

    void theIpTest()
    {
        // The server with every log category at debug level (it inherits the rules).
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        const bool started = startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("--site-rate"), QStringLiteral("100000")});
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY(started);
        // 10 000 hits from 100 known addresses: company, ISP and IPv6.
        QStringList addresses;
        for (int i = 0; i < 40; ++i)
            addresses << QStringLiteral("203.0.113.%1").arg(10 + i * 5);
        for (int i = 0; i < 40; ++i)
            addresses << QStringLiteral("198.51.100.%1").arg(11 + i * 5);
        for (int i = 0; i < 20; ++i)
            addresses << QStringLiteral("2001:db8:1::%1").arg(0x1a2b + i * 0x111, 0, 16);
        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
        int pending = 0;
        int failures = 0;
        QEventLoop loop;
        for (int n = 0; n < 10000; ++n) {
            const int a = n % addresses.size();
            QNetworkRequest request(QUrl(m_server->url().toString() + QStringLiteral("/collect")));
            request.setSslConfiguration(tls);
            request.setRawHeader("X-Forwarded-For", addresses[a].toLatin1());
            request.setRawHeader("Origin", "https://www.shop.example");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            const QJsonObject body = hitBody(QStringLiteral("/page-%1").arg(n % 7), a, a * 10 + n % 10);
            QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++pending;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 204 && ++failures < 5)
                    qWarning("hit failed: %d %s", status, reply->readAll().constData());
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
            if (pending >= 64) // keep a bounded number in flight
                QTRY_VERIFY_WITH_TIMEOUT(pending < 32, 60'000);
        }
        if (pending > 0)
            loop.exec();
        QCOMPARE(failures, 0);
        // The same addresses at the sign-in and admin paths (a wrong password,
        // a forged token), forwarded by the trusted proxy.
        for (int a = 0; a < addresses.size(); a += 9) {
            const QList<QPair<QByteArray, QByteArray>> from{{"X-Forwarded-For", addresses[a].toLatin1()}};
            QCOMPARE(m_client
                         ->call("POST", QStringLiteral("/api/v1/auth/login"),
                                {{QStringLiteral("email"), QStringLiteral("nobody-%1@shop.example").arg(a)},
                                 {QStringLiteral("password"), QStringLiteral("not the password")}},
                                {}, from)
                         .status,
                     401);
            QCOMPARE(
                m_client
                    ->call("GET", QStringLiteral("/api/v1/audit"), {}, QStringLiteral("forged-token-%1").arg(a), from)
                    .status,
                401);
        }
        // The control: the hits were stored as visits of the companies those addresses belong to.
        int visits = 0;
        QSet<QString> companies;
        for (const QJsonObject& visit : ofType(syncAll(), QStringLiteral("visit"))) {
            ++visits;
            companies.insert(
                visit.value(QStringLiteral("data")).toObject().value(QStringLiteral("company_id")).toString());
        }
        QVERIFY2(visits >= 100, qPrintable(QString::number(visits)));
        QCOMPARE(companies.size(), 1); // Acme, over IPv4 and IPv6; the ISP's visitors are not a company

        // Everything the store holds, a backup of it, and everything the server said.
        QByteArray haystack = m_server->output().toUtf8();
        const QString db = m_server->dbUrl();
        QString backupFile;
        QString backupError;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"),
                                           m_files.filePath(QStringLiteral("ip-test-backups"))},
                                          &backupFile, &backupError),
                 qPrintable(backupError));
        QFile backup(backupFile.trimmed());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        haystack += backup.readAll();
        QString error;
        QVERIFY(m_server->stop(&error));
        haystack += m_server->output().toUtf8();
        QVERIFY(haystack.contains("POST /api/v1/auth/login 401")); // the log covers the requests
        // Every file the server has written in its directory (certificates, store, backups).
        for (QDirIterator files(m_server->directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             files.hasNext();) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                haystack += file.readAll();
        }
        if (db.startsWith(QLatin1String("sqlite:"))) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile file(db.mid(7) + suffix);
                if (file.open(QIODevice::ReadOnly))
                    haystack += file.readAll();
            }
        } else {
            const QStringList bins =
                QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QVERIFY(!bins.isEmpty());
            QProcess dump;
            const QUrl url(db);
            dump.start(QStringLiteral("/usr/lib/postgresql/%1/bin/pg_dump").arg(bins.last()),
                       {QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port()),
                        QStringLiteral("-U"), url.userName(), url.path().mid(1)});
            QVERIFY(dump.waitForFinished(120'000));
            QCOMPARE(dump.exitCode(), 0);
            const QByteArray dumped = dump.readAllStandardOutput();
            QVERIFY(dumped.contains("visits")); // a real dump
            haystack += dumped;
        }
        QVERIFY(haystack.size() > 100'000);
        // The search's control: what it must find, and what it must not.
        QVERIFY(stored("x\"c6336442\"y", "c6336442"));                                      // a stored hex token
        QVERIFY(!stored("9fc6336442ab", "c6336442"));                                       // inside a key
        QVERIFY(!stored(QByteArray("ab\xc6\x33\x64\x42"), QByteArray("\xc6\x33\x64\x42"))); // once: chance
        QVERIFY(stored(QByteArray("\xc6\x33\x64\x42..\xc6\x33\x64\x42"), QByteArray("\xc6\x33\x64\x42")));
        QVERIFY(stored("..198.51.100.66..", "198.51.100.66"));
        for (const QString& address : std::as_const(addresses)) {
            const QHostAddress parsed(address);
            QByteArrayList forms{address.toLatin1()};
            QByteArray packed16(16, '\0');
            const Q_IPV6ADDR v6 = parsed.protocol() == QAbstractSocket::IPv4Protocol
                                      ? QHostAddress(QStringLiteral("::ffff:") + address).toIPv6Address()
                                      : parsed.toIPv6Address();
            for (int i = 0; i < 16; ++i)
                packed16[i] = static_cast<char>(v6[i]);
            forms << packed16 << packed16.toHex() << packed16.toHex().toUpper();
            if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 v4 = parsed.toIPv4Address();
                QByteArray packed4(4, '\0');
                for (int i = 0; i < 4; ++i)
                    packed4[i] = static_cast<char>((v4 >> (24 - 8 * i)) & 0xff);
                QByteArray littleEndian = packed4;
                std::reverse(littleEndian.begin(), littleEndian.end());
                forms << packed4 << packed4.toHex() << packed4.toHex().toUpper() << littleEndian << littleEndian.toHex()
                      << QByteArray::number(v4) // 3405803786
                      << ("::ffff:" + address.toLatin1());
            } else {
                // Written out in full: 2001:0db8:0001:0000:0000:0000:0000:1a2b.
                QByteArrayList groups;
                for (int i = 0; i < 16; i += 2)
                    groups << packed16.mid(i, 2).toHex();
                forms << groups.join(':') << groups.join(':').toUpper();
            }
            for (const QByteArray& form : std::as_const(forms))
                QVERIFY2(!stored(haystack, form),
                         qPrintable(QStringLiteral("%1 found as %2").arg(address, QString::fromLatin1(form.toHex()))));
        }
    }

    // Issue #27: a hit the server acknowledged (204) is stored, even when the server is
    // killed (SIGKILL: no shutdown, nothing flushed) in the middle of a load. 64 hits
    // in flight from Acme's office, each a new page view; killed once 1 500 were
    // acknowledged. Then the store holds at least every acknowledged page view (and
    // none that were never sent), and the server starts again on it.
    void acknowledgedHitsSurviveAKill()
    {
        const QStringList arguments{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--site-rate"), QStringLiteral("100000")};
        QVERIFY(startServer(arguments));
        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
        const QUrl collect(m_server->url().toString() + QStringLiteral("/collect"));
        int sent = 0;
        int acknowledged = 0;
        int pending = 0;
        bool killed = false;
        std::function<void()> sendOne = [&] {
            QNetworkRequest request(collect);
            request.setSslConfiguration(tls);
            request.setRawHeader("X-Forwarded-For", QStringLiteral("203.0.113.%1").arg(10 + sent % 200).toLatin1());
            request.setRawHeader("Origin", "https://www.shop.example");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            // 1 000 sessions, so that no session is paced as a bot.
            const QJsonObject body = hitBody(QStringLiteral("/page-%1").arg(sent), sent % 1000, sent % 1000);
            QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++sent;
            ++pending;
            QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
                reply->deleteLater();
                --pending;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204)
                    ++acknowledged;
                if (!killed && acknowledged >= 1500) {
                    killed = true;
                    m_server->kill();
                }
                if (!killed)
                    sendOne();
            });
        };
        for (int i = 0; i < 64; ++i)
            sendOne();
        QTRY_VERIFY_WITH_TIMEOUT(killed && pending == 0, 120'000);
        QVERIFY2(acknowledged >= 1500, qPrintable(QString::number(acknowledged)));

        qint64 stored = 0;
        {
            const auto store = openStore();
            QVERIFY(store);
            QVariantList row;
            bool found = false;
            QString error;
            QVERIFY2(server::Sql::fetchOne(store->connection(), QStringLiteral("SELECT count(*) FROM pageviews"), {},
                                           &row, &found, &error),
                     qPrintable(error));
            stored = row.value(0).toLongLong();
            store->closeThreadConnection();
        }
        qInfo("%d hits sent, %d acknowledged before the kill, %lld page views stored", sent, acknowledged, stored);
        QVERIFY2(stored >= acknowledged, qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(acknowledged)));
        QVERIFY(stored <= sent);

        // The store is whole: the server starts on it and records the next hit.
        QString error;
        QVERIFY2(m_server->start(&error, {}, arguments), qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        QCOMPARE(hit(QStringLiteral("203.0.113.9"), hitBody(QStringLiteral("/after"), 5000, 5000)).status, 204);
        // (A page view is logged again when the next one gives it its seconds: count ids.)
        QSet<QString> pageviews;
        for (const QJsonObject& change : ofType(syncAll(), QStringLiteral("pageview")))
            pageviews.insert(change.value(QStringLiteral("id")).toString());
        QCOMPARE(qint64(pageviews.size()), stored + 1);
    }

    void importIsAllOrNothing()
    {
        QVERIFY(startServer({}));
        QFile bad(m_files.filePath(QStringLiteral("bad-ranges.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("start,end,registry_number,kind,name\n"
                  "203.0.113.0,203.0.113.255,10000001,company,Acme\n"
                  "10.0.0.9,10.0.0.1,,isp,Backwards\n"
                  "not-an-ip,10.0.0.1,,isp,Broken\n"
                  "10.1.0.0,10.1.0.255,99999999,company,Unknown company\n"
                  "10.2.0.0,10.2.0.255,,satellite,Bad kind\n");
        bad.close();
        QProcess process;
        process.start(test::ServerProcess::serverBinary(),
                      {QStringLiteral("import"), QStringLiteral("--db"), m_server->dbUrl(),
                       QStringLiteral("--companies"), m_files.filePath(QStringLiteral("companies.csv")),
                       QStringLiteral("--ranges"), bad.fileName()});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 1);
        const QString report = QString::fromLocal8Bit(process.readAllStandardError());
        for (const char* expected : {"bad-ranges.csv:3:", "bad-ranges.csv:4:", "bad-ranges.csv:5:", "bad-ranges.csv:6:",
                                     "nothing was imported"})
            QVERIFY2(report.contains(QLatin1String(expected)), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("bad-ranges.csv:2:")));
        // The earlier import still stands: Acme is still identified.
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1)).status, 204);
    }

    // A rule that notifies someone who asked for e-mail alerts sends one
    // e-mail per visit through the operator's relay — STARTTLS, the relay's
    // certificate verified, AUTH — in the reader's language, with the company,
    // the reason, the pages and a link that opens the company in the desktop;
    // nothing of the visitor. Colleagues who did not ask get none.
    // Webhooks end to end, through the real server and a real HTTPS receiver
    // that checks signatures from the Standard Webhooks specification: an
    // address on this machine is refused when written, and a name resolving
    // to one is refused when sent (DNS rebinding) until the operator allows
    // such destinations; a delivery refused before a restart arrives after it
    // with the same id; a rule's firing and a new company arrive signed, with
    // the company and the visit and nothing about the visitor; a rotated
    // secret signs beside the old one for the overlap.
    void webhooksDeliverSignedEventsOnlyWhereAllowed()
    {
        test::WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        const QStringList base{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--webhook-ca"), receiver.caFile()};
        QVERIFY(startServer(base));
        const auto [access, adminId] = signedInAdmin();
        const auto addHook = [&, access = access](const QString& url, const QString& code) {
            return m_client->call(
                "POST", QStringLiteral("/api/v1/admin/webhooks"),
                {{QStringLiteral("name"), QStringLiteral("CRM")},
                 {QStringLiteral("url"), url},
                 {QStringLiteral("events"), QJsonArray{QStringLiteral("rule.fired"), QStringLiteral("company.new")}},
                 {QStringLiteral("code"), code}},
                access);
        };
        const auto message = [](const ApiTestClient::Reply& reply) {
            return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        };
        // Refused as written: plain http, and an address on this machine.
        QCOMPARE(addHook(QStringLiteral("http://crm.example/hook"), QStringLiteral("000000")).status, 400);
        const auto loopback = addHook(receiver.url(), QStringLiteral("000000"));
        QCOMPARE(loopback.status, 400);
        QVERIFY2(message(loopback).contains(QStringLiteral("loopback")), qPrintable(message(loopback)));
        // Without a fresh code, no secret is handed out.
        QCOMPARE(addHook(receiver.url(QStringLiteral("localhost")), QStringLiteral("000000")).status, 401);
        // A name is taken as written, and refused at each send while it resolves here.
        const auto added = addHook(receiver.url(QStringLiteral("localhost")), m_admin.nextCode());
        QCOMPARE(added.status, 201);
        const QString hookId =
            added.json.value(QStringLiteral("webhook")).toObject().value(QStringLiteral("id")).toString();
        const QString secret = added.json.value(QStringLiteral("secret")).toString();
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        receiver.setSecrets({secret});
        const auto listed = m_client->call("GET", QStringLiteral("/api/v1/admin/webhooks"), {}, access);
        QCOMPARE(listed.status, 200);
        QVERIFY(!QJsonDocument(listed.json).toJson().contains(secret.toUtf8())); // shown once
        const QString deliveries = QStringLiteral("/api/v1/admin/webhooks/%1/deliveries").arg(hookId);
        const auto tested =
            m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks/%1/test").arg(hookId), {}, access);
        QCOMPARE(tested.status, 202);
        const QString testId = tested.json.value(QStringLiteral("delivery")).toString();
        QJsonObject refused;
        for (int i = 0; i < 100 && refused.value(QStringLiteral("attempts")).toInt() == 0; ++i) {
            QTest::qWait(100);
            refused = m_client->call("GET", deliveries, {}, access)
                          .json.value(QStringLiteral("deliveries"))
                          .toArray()
                          .first()
                          .toObject();
        }
        QCOMPARE(refused.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QVERIFY2(
            refused.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("resolves to 127.0.0.1")),
            qPrintable(refused.value(QStringLiteral("last_error")).toString()));
        QCOMPARE(receiver.received().size(), 0);

        // The operator allows receivers on this machine: after the restart the
        // refused delivery is retried and arrives, with the id it had.
        QVERIFY2(m_server->stop(&error), qPrintable(error));
        QVERIFY2(
            m_server->start(&error, m_server->dbUrl(), base + QStringList{QStringLiteral("--webhook-allow-private")}),
            qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        const QList<QJsonObject> first = receiver.waitFor(1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].value(QStringLiteral("id")).toString(), testId);
        QVERIFY(first[0].value(QStringLiteral("valid")).toBool());
        QVERIFY(std::abs(first[0].value(QStringLiteral("age_seconds")).toDouble()) < 300);

        // A rule fires on a visit: the company is new, then the rule fired.
        const QString again = m_client->signIn(m_admin).access;
        QCOMPARE(addPricingAlert(again, adminId), 201);
        for (const char* path : {"/", "/pricing"})
            QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QLatin1String(path), 1, 1)).status, 204);
        const QList<QJsonObject> events = receiver.waitFor(3);
        QCOMPARE(events.size(), 3);
        QHash<QString, QJsonObject> byType;
        for (const QJsonObject& event : events.mid(1)) {
            QVERIFY(event.value(QStringLiteral("valid")).toBool());
            QCOMPARE(event.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/json"));
            const QJsonObject body = event.value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("version")).toInt(), 1);
            byType.insert(body.value(QStringLiteral("type")).toString(), body.value(QStringLiteral("data")).toObject());
            const QString raw = event.value(QStringLiteral("raw")).toString();
            for (const QString& personal :
                 {QStringLiteral("203.0.113.7"), hex(1), hex(0x100001), QStringLiteral("visitor_key")})
                QVERIFY2(!raw.contains(personal),
                         qPrintable(personal + u' ' + raw.right(400))); // no address, cookie or visitor key
        }
        // As docs/openapi.yaml describes them (its `webhooks`).
        QJsonArray bodies;
        for (const QJsonObject& event : events)
            bodies.append(event.value(QStringLiteral("body")));
        QString checked;
        QVERIFY2(test::OpenApiCheck::run(QStringLiteral("events"), bodies, &checked) == 0, qPrintable(checked));
        QCOMPARE(byType.value(QStringLiteral("company.new"))
                     .value(QStringLiteral("company"))
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Acme Industrie B.V.")));
        const QJsonObject fired = byType.value(QStringLiteral("rule.fired"));
        QCOMPARE(fired.value(QStringLiteral("rule")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Pricing visitors"));
        QCOMPARE(fired.value(QStringLiteral("why")).toObject().value(QStringLiteral("page")).toString(),
                 QStringLiteral("/pricing"));
        QCOMPARE(fired.value(QStringLiteral("company")).toObject().value(QStringLiteral("link")).toString(),
                 QStringLiteral("leadscope://company/kvk-10000001"));
        const QJsonArray pages =
            fired.value(QStringLiteral("visit")).toObject().value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[1].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/pricing"));

        // A new secret: both sign during the overlap, so a receiver that knows either accepts.
        const auto rotated = m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks/%1/rotate").arg(hookId),
                                            {{QStringLiteral("code"), m_admin.recoveryCodes.takeFirst()}}, again);
        QCOMPARE(rotated.status, 200);
        const QString newSecret = rotated.json.value(QStringLiteral("secret")).toString();
        QVERIFY(!newSecret.isEmpty() && newSecret != secret);
        receiver.setSecrets({newSecret});
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks/%1/test").arg(hookId), {}, again).status,
                 202);
        QList<QJsonObject> after = receiver.waitFor(4);
        QCOMPARE(after.size(), 4);
        QVERIFY(after[3].value(QStringLiteral("valid")).toBool());
        QCOMPARE(after[3].value(QStringLiteral("signature")).toString().count(QStringLiteral("v1,")), 2);
        receiver.setSecrets({QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, 'x').toBase64())});
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks/%1/test").arg(hookId), {}, again).status,
                 202);
        after = receiver.waitFor(5);
        QCOMPARE(after.size(), 5);
        QVERIFY(!after[4].value(QStringLiteral("valid")).toBool()); // a wrong secret does not verify

        // What the admins see: each delivery with its status and time.
        // (The receiver keeps a request before the server has its answer written down.)
        QJsonArray rows;
        for (int i = 0; i < 100; ++i) {
            const auto seen = m_client->call("GET", deliveries, {}, again);
            QCOMPARE(seen.status, 200);
            rows = seen.json.value(QStringLiteral("deliveries")).toArray();
            if (!QJsonDocument(rows).toJson().contains("\"sending\""))
                break;
            QTest::qWait(100);
        }
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& row : rows) {
            QCOMPARE(row.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
            QCOMPARE(row.toObject().value(QStringLiteral("status")).toInt(), 200);
        }
        // Only admins.
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/admin/webhooks")).status, 401);
    }

    // A HubSpot destination through the real server: refused while the
    // operator has given no key for secrets at rest; with one, added with
    // the private app's token (never shown again, only its last characters);
    // a visiting company reaches the HubSpot stand-in and the admin's list
    // of matched and created companies; a HubSpot destination has no signing
    // secret to rotate. The answers are as docs/openapi.yaml describes them.
    void hubSpotDestinationThroughTheServer()
    {
        test::HubSpotStandIn hubspot;
        QString error;
        QVERIFY2(hubspot.start(&error, {}), qPrintable(error));
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--webhook-allow-private")}));
        const auto [access, adminId] = signedInAdmin();
        const QJsonObject draft{{QStringLiteral("name"), QStringLiteral("HubSpot")},
                                {QStringLiteral("kind"), QStringLiteral("hubspot")},
                                {QStringLiteral("url"), hubspot.url()},
                                {QStringLiteral("token"), hubspot.token()},
                                {QStringLiteral("events"), QJsonArray{QStringLiteral("company.new")}}};
        const auto with = [](QJsonObject body, const QString& key, const QJsonValue& value) {
            body.insert(key, value);
            return body;
        };
        QJsonArray captured;
        const auto capture = [&captured](const char* method, const char* route, const ApiTestClient::Reply& reply) {
            captured.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                                        {QStringLiteral("route"), QString::fromLatin1(route)},
                                        {QStringLiteral("status"), reply.status},
                                        {QStringLiteral("body"), reply.json}});
        };
        // (Refused before the code is looked at: none is spent.)
        auto refused = m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks"),
                                      with(draft, QStringLiteral("code"), QStringLiteral("000000")), access);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("secrets_key_missing"));
        capture("POST", "/api/v1/admin/webhooks", refused);

        QFETCH_GLOBAL(QString, store);
        const QString key = m_files.filePath(store + QStringLiteral("-secrets.key"));
        QString output;
        QVERIFY2(
            test::ServerProcess::run({QStringLiteral("secrets-key"), QStringLiteral("--out"), key}, &output, &error),
            qPrintable(error));
        QVERIFY2(m_server->stop(&error), qPrintable(error));
        QVERIFY2(m_server->start(&error, m_server->dbUrl(),
                                 {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--secrets-key"), key, QStringLiteral("--webhook-allow-private"),
                                  QStringLiteral("--webhook-ca"), hubspot.caFile()}),
                 qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        const QString again = m_client->signIn(m_admin).access;
        QJsonObject tokenless = draft;
        tokenless.remove(QStringLiteral("token"));
        refused = m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks"),
                                 with(tokenless, QStringLiteral("code"), QStringLiteral("000000")), again);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("token:")));
        const auto added =
            m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks"),
                           with(draft, QStringLiteral("code"), m_admin.recoveryCodes.takeFirst()), again);
        QCOMPARE(added.status, 201);
        capture("POST", "/api/v1/admin/webhooks", added);
        QVERIFY(!added.json.contains(QStringLiteral("secret"))); // HubSpot is sent no signed requests
        const QJsonObject hook = added.json.value(QStringLiteral("webhook")).toObject();
        QCOMPARE(hook.value(QStringLiteral("kind")).toString(), QStringLiteral("hubspot"));
        QCOMPARE(hook.value(QStringLiteral("token_hint")).toString(), QChar(0x2026) + hubspot.token().right(4));
        const QString hookId = hook.value(QStringLiteral("id")).toString();
        const auto listed = m_client->call("GET", QStringLiteral("/api/v1/admin/webhooks"), {}, again);
        QVERIFY(!QJsonDocument(listed.json).toJson().contains(hubspot.token().toUtf8()));
        const auto rotate = m_client->call("POST", QStringLiteral("/api/v1/admin/webhooks/%1/rotate").arg(hookId),
                                           {{QStringLiteral("code"), QStringLiteral("000000")}}, again);
        QCOMPARE(rotate.status, 400);

        // A company visits: it is in the HubSpot account, and in the admin's list.
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/"), 1, 1)).status, 204);
        const QString companies = QStringLiteral("/api/v1/admin/webhooks/%1/hubspot-companies").arg(hookId);
        QJsonArray rows;
        for (int i = 0; i < 150 && rows.isEmpty(); ++i) {
            QTest::qWait(100);
            const auto seen = m_client->call("GET", companies, {}, again);
            QCOMPARE(seen.status, 200);
            rows = seen.json.value(QStringLiteral("companies")).toArray();
            if (!rows.isEmpty())
                capture("GET", "/api/v1/admin/webhooks/{id}/hubspot-companies", seen);
        }
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme Industrie B.V."));
        QCOMPARE(row.value(QStringLiteral("matched_by")).toString(), QStringLiteral("created"));
        const QJsonObject inHubSpot = hubspot.state()
                                          .value(QStringLiteral("companies"))
                                          .toObject()
                                          .value(row.value(QStringLiteral("hubspot_id")).toString())
                                          .toObject()
                                          .value(QStringLiteral("properties"))
                                          .toObject();
        QCOMPARE(inHubSpot.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Industrie B.V."));
        QCOMPARE(inHubSpot.value(QStringLiteral("leadscope_registry_number")).toString(), QStringLiteral("10000001"));
        for (const QJsonObject& request : hubspot.requests())
            QVERIFY2(request.value(QStringLiteral("problems")).toArray().isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))));
        // Not a HubSpot destination's list for another kind; only admins.
        QCOMPARE(m_client->call("GET", companies).status, 401);
        QString checked;
        QVERIFY2(test::OpenApiCheck::run(QStringLiteral("answers"), captured, &checked) == 0, qPrintable(checked));
    }

    // An admin creates a read-only API token (fresh code, shown once, stored
    // hashed); with it another system reads what the desktop syncs — the
    // companies (filtered by the filter language, paged), a company's visits
    // with pages, the shared segments and their members — within its scopes,
    // its rate, until it is revoked. Nothing about a visitor as a person.
    void apiTokensReadWhatTheDesktopSyncs()
    {
        QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        const auto [access, adminId] = signedInAdmin();
        for (const char* path : {"/", "/pricing"})
            QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QLatin1String(path), 1, 1)).status, 204);
        QCOMPARE(hit(QStringLiteral("192.0.2.70"), hitBody(QStringLiteral("/"), 2, 2)).status, 204);
        QCOMPARE(hit(QStringLiteral("192.0.2.5"), hitBody(QStringLiteral("/"), 4, 4)).status,
                 204); // a sole trader: a person
        QCOMPARE(hit(QStringLiteral("198.51.100.9"), hitBody(QStringLiteral("/"), 3, 3)).status,
                 204); // an ISP: no company

        const auto create = [&, access = access](const QJsonArray& scopes, const QString& code) {
            return m_client->call("POST", QStringLiteral("/api/v1/admin/api-tokens"),
                                  {{QStringLiteral("name"), QStringLiteral("Warehouse")},
                                   {QStringLiteral("scopes"), scopes},
                                   {QStringLiteral("expires_in_days"), 30},
                                   {QStringLiteral("code"), code}},
                                  access);
        };
        const QJsonArray leadsAndVisits{QStringLiteral("leads"), QStringLiteral("visits")};
        QCOMPARE(create(leadsAndVisits, QStringLiteral("000000")).status, 401); // no token without a fresh code
        QCOMPARE(create({QStringLiteral("everything")}, m_admin.nextCode()).status, 400);
        const auto created = create(leadsAndVisits, m_admin.recoveryCodes.takeFirst());
        QCOMPARE(created.status, 201);
        const QString token = created.json.value(QStringLiteral("secret")).toString();
        const QString tokenId =
            created.json.value(QStringLiteral("token")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(token.startsWith(QLatin1String("lst_")) && token.size() > 40);
        const auto listed = m_client->call("GET", QStringLiteral("/api/v1/admin/api-tokens"), {}, access);
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(token.toUtf8())); // shown once
        const QJsonObject entry = listed.json.value(QStringLiteral("tokens")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QVERIFY(token.startsWith(entry.value(QStringLiteral("hint")).toString()));
        QVERIFY(entry.value(QStringLiteral("last_used_at")).isNull());

        // The companies, in pages (an ISP's visitor is nobody's lead).
        const auto companies = m_client->call("GET", QStringLiteral("/api/v1/read/companies"), {}, token);
        QCOMPARE(companies.status, 200);
        const QJsonArray all = companies.json.value(QStringLiteral("companies")).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Industrie B.V."));
        QCOMPARE(all[0].toObject().value(QStringLiteral("visits")).toInt(), 1);
        QCOMPARE(all[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Beta Logistiek B.V."));
        QVERIFY(companies.json.value(QStringLiteral("next")).isNull());
        const auto first = m_client->call("GET", QStringLiteral("/api/v1/read/companies?limit=1"), {}, token);
        QCOMPARE(first.json.value(QStringLiteral("companies")).toArray().size(), 1);
        const QString next = first.json.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const auto second =
            m_client->call("GET", QStringLiteral("/api/v1/read/companies?limit=1&after=") + next, {}, token);
        QCOMPARE(second.json.value(QStringLiteral("companies")).toArray().at(0).toObject().value(QStringLiteral("id")),
                 all[1].toObject().value(QStringLiteral("id")));
        // The filter language, as in the desktop: who looked at pricing.
        const QString pricing =
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("{\"visit\":{\"page\":\"/pricing*\"}}")));
        const auto filtered =
            m_client->call("GET", QStringLiteral("/api/v1/read/companies?filter=") + pricing, {}, token);
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.json.value(QStringLiteral("companies")).toArray().size(), 1);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies?filter=%7B%22cty%22%3A1%7D"), {}, token)
                     .errorCode(),
                 QStringLiteral("invalid_filter"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies?limit=0"), {}, token).status, 400);
        // A company's visits, with their pages; nothing about the visitor.
        const QString acme = all[0].toObject().value(QStringLiteral("id")).toString();
        const auto visits =
            m_client->call("GET", QStringLiteral("/api/v1/read/companies/%1/visits").arg(acme), {}, token);
        QCOMPARE(visits.status, 200);
        const QJsonObject visit = visits.json.value(QStringLiteral("visits")).toArray().at(0).toObject();
        QCOMPARE(visit.value(QStringLiteral("pages")).toArray().size(), 2);
        for (const auto& answer : {companies, visits}) {
            for (const QString& personal : {QStringLiteral("203.0.113.7"), hex(1), hex(0x100001)})
                QVERIFY2(!answer.body.contains(personal.toUtf8()), qPrintable(personal));
        }
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies/kvk-10000002"), {}, token).status, 404);

        // Only within its scopes, and only with an API token.
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/segments"), {}, token).errorCode(),
                 QStringLiteral("insufficient_scope"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies"), {}, access).status, 401);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies")).status, 401);
        QVERIFY(!m_client->call("GET", QStringLiteral("/api/v1/admin/api-tokens"), {}, access)
                     .json.value(QStringLiteral("tokens"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("last_used_at"))
                     .isNull());

        // Shared segments and their members; a personal one is not an organisation's.
        QCOMPARE(
            m_client
                ->call("POST", QStringLiteral("/api/v1/segments"),
                       {{QStringLiteral("name"), QStringLiteral("Utrecht")},
                        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Utrecht")}}},
                        {QStringLiteral("sharing"), QStringLiteral("view")}},
                       access)
                .status,
            201);
        QCOMPARE(
            m_client
                ->call("POST", QStringLiteral("/api/v1/segments"),
                       {{QStringLiteral("name"), QStringLiteral("Mine")}, {QStringLiteral("filter"), QJsonObject{}}},
                       access)
                .status,
            201);
        const auto segmentToken = create({QStringLiteral("segments")}, m_admin.recoveryCodes.takeFirst());
        QCOMPARE(segmentToken.status, 201);
        const QString segmentsKey = segmentToken.json.value(QStringLiteral("secret")).toString();
        const auto segments = m_client->call("GET", QStringLiteral("/api/v1/read/segments"), {}, segmentsKey);
        const QJsonArray shared = segments.json.value(QStringLiteral("segments")).toArray();
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Utrecht"));
        const auto members = m_client->call("GET",
                                            QStringLiteral("/api/v1/read/segments/%1/companies")
                                                .arg(shared[0].toObject().value(QStringLiteral("id")).toString()),
                                            {}, segmentsKey);
        QCOMPARE(members.status, 200);
        QCOMPARE(members.json.value(QStringLiteral("companies")).toArray().size(), 1);
        QCOMPARE(members.json.value(QStringLiteral("companies")).toArray().at(0).toObject().value(QStringLiteral("id")),
                 QJsonValue(acme));

        // Its rate: past it, 429 with the wait.
        ApiTestClient::Reply limited;
        for (int i = 0; i < 200 && limited.status != 429; ++i)
            limited = m_client->call("GET", QStringLiteral("/api/v1/read/segments"), {}, segmentsKey);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() > 0);

        // Revoked: refused from then on, and the audit log says who did what.
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/admin/api-tokens/") + tokenId, {}, access).status,
                 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/read/companies"), {}, token).errorCode(),
                 QStringLiteral("invalid_token"));
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/admin/api-tokens/tok-none"), {}, access).status, 404);
        const QJsonArray audit = m_client->call("GET", QStringLiteral("/api/v1/audit"), {}, access)
                                     .json.value(QStringLiteral("entries"))
                                     .toArray();
        QStringList actions;
        for (const QJsonValue& e : audit)
            actions << e.toObject().value(QStringLiteral("action")).toString();
        QVERIFY2(actions.contains(QStringLiteral("api_token_created")) &&
                     actions.contains(QStringLiteral("api_token_revoked")),
                 qPrintable(actions.join(u' ')));
        QVERIFY(!QJsonDocument(audit).toJson().contains(token.toUtf8()));
    }

    void rulesAlertByEmailThroughARealRelay()
    {
        test::SmtpServer smtp;
        QString error;
        QVERIFY2(smtp.start(&error), qPrintable(error));
        QVERIFY(startServer(relayArguments(smtp)));
        const auto [access, adminId] = signedInAdmin();
        const auto before = m_client->call("GET", QStringLiteral("/api/v1/account/alerts"), {}, access);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json.value(QStringLiteral("mail_configured")).toBool());
        QCOMPARE(before.json.value(QStringLiteral("preferences")).toObject().value(QStringLiteral("email_alerts")),
                 QJsonValue(false));
        // Refused by name.
        const auto bad = m_client->call("PUT", QStringLiteral("/api/v1/account/alerts"),
                                        {{QStringLiteral("digest_hour"), 25}}, access);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("digest_hour")));
        const auto saved = m_client->call("PUT", QStringLiteral("/api/v1/account/alerts"),
                                          {{QStringLiteral("email_alerts"), true},
                                           {QStringLiteral("language"), QStringLiteral("nl")},
                                           {QStringLiteral("time_zone"), QStringLiteral("Europe/Amsterdam")}},
                                          access);
        QCOMPARE(saved.status, 200);
        QCOMPARE(addPricingAlert(access, adminId), 201);

        for (const char* path : {"/", "/pricing", "/pricing/enterprise"})
            QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QLatin1String(path), 1, 1)).status, 204);
        const QList<QJsonObject> first = smtp.waitFor(1);
        QCOMPARE(first.size(), 1);
        const QJsonObject mail = first[0];
        QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{m_admin.email});
        QVERIFY(mail.value(QStringLiteral("tls")).toBool());
        QVERIFY(mail.value(QStringLiteral("authenticated")).toBool());
        QCOMPARE(mail.value(QStringLiteral("login")).toString(), test::SmtpServer::user());
        QCOMPARE(mail.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/mixed"));
        const QString subject = mail.value(QStringLiteral("subject")).toString();
        QVERIFY2(subject.contains(QStringLiteral("Acme Industrie B.V.")) &&
                     subject.contains(QStringLiteral("Pricing visitors")) && subject.contains(QStringLiteral("regel")),
                 qPrintable(subject)); // in Dutch
        const QString text = mail.value(QStringLiteral("text")).toString();
        const QString html = mail.value(QStringLiteral("html")).toString();
        for (const QString& part : {text, html}) {
            QVERIFY2(part.contains(QStringLiteral("/pricing")), qPrintable(part));
            QVERIFY2(part.contains(QStringLiteral("leadscope://company/kvk-10000001")), qPrintable(part));
            QVERIFY2(part.contains(QStringLiteral("Utrecht")), qPrintable(part));
        }
        QVERIFY2(text.contains(QStringLiteral("bezocht /pricing")), qPrintable(text)); // why, in Dutch
        const QString raw = mail.value(QStringLiteral("raw")).toString();
        QVERIFY(raw.contains(QStringLiteral("Acme Industrie"))); // the search reads the message as sent…
        QVERIFY(!raw.contains(QStringLiteral("203.0.113.7")) && !raw.contains(hex(1)) &&
                !raw.contains(hex(0x100001))); // …and finds no address, cookie or visitor in it

        // Once per visit: more pages of it send nothing; the next visit does.
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing/plus"), 1, 1)).status, 204);
        QCOMPARE(hit(QStringLiteral("203.0.113.8"), hitBody(QStringLiteral("/pricing"), 2, 2)).status, 204);
        QCOMPARE(smtp.waitFor(2).size(), 2);
        QTest::qWait(3000); // a mail round more
        QCOMPARE(smtp.received().size(), 2);
        const auto admin = m_client->call("GET", QStringLiteral("/api/v1/admin/mail"), {}, access);
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.json.value(QStringLiteral("sent_last_day")).toInt(), 2);
        QCOMPARE(admin.json.value(QStringLiteral("failed")).toInt(), 0);
        // Only admins see the organisation's mail.
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/admin/mail")).status, 401);
    }

    // A relay that is down: the alert waits in the store, admins see why,
    // a restart loses nothing, and the retry after the backoff delivers it
    // once. A relay whose certificate is not trusted gets nothing; quiet
    // hours hold an alert until they end.
    void alertsWaitForTheRelayAcrossARestart()
    {
        test::SmtpServer smtp;
        QString error;
        QVERIFY2(smtp.start(&error), qPrintable(error));
        smtp.stop(); // down when the alert is due
        QVERIFY(startServer(relayArguments(smtp)));
        const auto [access, adminId] = signedInAdmin();
        QCOMPARE(m_client
                     ->call("PUT", QStringLiteral("/api/v1/account/alerts"), {{QStringLiteral("email_alerts"), true}},
                            access)
                     .status,
                 200);
        QCOMPARE(addPricingAlert(access, adminId), 201);
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 1)).status, 204);
        QJsonObject undelivered;
        for (int i = 0; i < 100 && undelivered.isEmpty(); ++i) {
            QTest::qWait(100);
            const auto mail = m_client->call("GET", QStringLiteral("/api/v1/admin/mail"), {}, access);
            undelivered = mail.json.value(QStringLiteral("undelivered")).toArray().first().toObject();
        }
        QCOMPARE(undelivered.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(undelivered.value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY2(undelivered.value(QStringLiteral("last_error"))
                     .toString()
                     .contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(undelivered.value(QStringLiteral("last_error")).toString()));
        QVERIFY(!undelivered.value(QStringLiteral("next_attempt")).toString().isEmpty());
        QVERIFY(m_server->stop(&error));

        // The relay is back; a server started later finds the alert in the store.
        QVERIFY2(smtp.start(&error), qPrintable(error));
        const auto store = openStore();
        QVERIFY(store);
        server::Clock clock;
        server::MailWorker worker(*store, clock, relay(smtp));
        server::MailWorker::Report report;
        const qint64 now = clock.nowMs();
        QVERIFY2(worker.runOnce(now, &report, &error), qPrintable(error));
        QCOMPARE(report.sent, 0); // not before its backoff
        // A relay whose certificate the server does not trust gets nothing.
        auto untrusted = relay(smtp);
        QVERIFY(untrusted);
        untrusted->caFile.clear(); // the system's CAs: not the test CA
        {
            server::MailWorker distrustful(*store, clock, untrusted);
            server::MailWorker::Report refused;
            QVERIFY2(distrustful.runOnce(now + 120'000, &refused, &error), qPrintable(error));
            QCOMPARE(refused.failed, 1);
            QCOMPARE(refused.sent, 0);
        }
        QCOMPARE(smtp.received().size(), 0);
        QVariantList row;
        bool found = false;
        QVERIFY(server::Sql::fetchOne(store->connection(),
                                      QStringLiteral("SELECT last_error, attempts FROM mail_outbox"), {}, &row, &found,
                                      &error));
        QVERIFY2(row.value(0).toString().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(row.value(0).toString()));
        QCOMPARE(row.value(1).toInt(), 2);
        // Quiet hours (in UTC) hold it past the backoff…
        const qint64 later = now + 600'000;
        const int hour = QDateTime::fromMSecsSinceEpoch(later, QTimeZone::utc()).time().hour();
        QVERIFY(server::Sql::execCached(store->connection(),
                                        QStringLiteral("UPDATE alert_prefs SET quiet_from = ?, quiet_to = ?, time_zone "
                                                       "= 'UTC'"),
                                        {hour, (hour + 1) % 24}, &error));
        QVERIFY2(worker.runOnce(later, &report, &error), qPrintable(error));
        QCOMPARE(report.postponed, 1);
        QCOMPARE(report.sent, 0);
        // … until they end: then it goes out, once.
        const qint64 after =
            QDateTime(QDateTime::fromMSecsSinceEpoch(later, QTimeZone::utc()).date(), QTime(hour, 0), QTimeZone::utc())
                .addSecs(3600)
                .toMSecsSinceEpoch();
        QVERIFY2(worker.runOnce(after + 1000, &report, &error), qPrintable(error));
        QCOMPARE(report.sent, 1);
        QVERIFY2(worker.runOnce(after + 600'000, &report, &error), qPrintable(error));
        QCOMPARE(report.sent, 1);
        const QList<QJsonObject> got = smtp.waitFor(1);
        QCOMPARE(got.size(), 1);
        QVERIFY(got[0].value(QStringLiteral("subject")).toString().contains(QStringLiteral("Acme Industrie B.V.")));
        store->closeThreadConnection();
    }

    // A daily digest goes out at its hour in the reader's time zone, once,
    // in the reader's language, with the companies that visited (hidden
    // ones left out), and none before its first hour comes.
    void digestsGoOutAtTheirHour()
    {
        test::SmtpServer smtp;
        QString error;
        QVERIFY2(smtp.start(&error), qPrintable(error));
        QVERIFY(startServer(relayArguments(smtp)));
        const auto [access, adminId] = signedInAdmin();
        QCOMPARE(hit(QStringLiteral("203.0.113.7"), hitBody(QStringLiteral("/pricing"), 1, 1)).status, 204);
        QCOMPARE(hit(QStringLiteral("192.0.2.5"), hitBody(QStringLiteral("/"), 3, 3)).status, 204);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/ignored"),
                            {{QStringLiteral("company_id"), QStringLiteral("kvk-10000002")},
                             {QStringLiteral("category"), QStringLiteral("customer")}},
                            access)
                     .status,
                 201);
        // Tokyo has no summer time: its hours are UTC + 9 all year.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QTimeZone tokyo("Asia/Tokyo");
        const int hour = (QDateTime::fromMSecsSinceEpoch(now, tokyo).time().hour() + 1) % 24;
        const auto saved = m_client->call(
            "PUT", QStringLiteral("/api/v1/account/alerts"),
            {{QStringLiteral("digest"), QStringLiteral("daily")},
             {QStringLiteral("digest_hour"), hour},
             {QStringLiteral("digest_days"),
              QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                         QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")}},
             {QStringLiteral("language"), QStringLiteral("de")},
             {QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo")}},
            access);
        QCOMPARE(saved.status, 200);
        QVERIFY(m_server->stop(&error));

        const auto store = openStore();
        QVERIFY(store);
        server::Clock clock;
        server::MailWorker worker(*store, clock, relay(smtp));
        server::MailWorker::Report report;
        QVERIFY2(worker.runOnce(now + 1000, &report, &error), qPrintable(error));
        QCOMPARE(report.digestsQueued, 0); // its hour has not come
        QDateTime next = QDateTime::fromMSecsSinceEpoch(now, tokyo);
        next = QDateTime(next.date(), QTime(hour, 0), tokyo);
        if (next.toMSecsSinceEpoch() <= now)
            next = next.addDays(1);
        QVERIFY2(worker.runOnce(next.toMSecsSinceEpoch() - 1000, &report, &error), qPrintable(error));
        QCOMPARE(report.digestsQueued, 0);
        QVERIFY2(worker.runOnce(next.toMSecsSinceEpoch() + 60'000, &report, &error), qPrintable(error));
        QCOMPARE(report.digestsQueued, 1);
        QCOMPARE(report.sent, 1);
        QVERIFY2(worker.runOnce(next.toMSecsSinceEpoch() + 120'000, &report, &error), qPrintable(error));
        QCOMPARE(report.digestsQueued, 1); // once
        const QList<QJsonObject> got = smtp.waitFor(1);
        QCOMPARE(got.size(), 1);
        const QString subject = got[0].value(QStringLiteral("subject")).toString();
        QVERIFY2(subject.contains(QStringLiteral("täglich")), qPrintable(subject));
        const QString text = got[0].value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("Acme Industrie B.V.")) &&
                     text.contains(QStringLiteral("leadscope://company/kvk-10000001")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Jansen")), qPrintable(text)); // hidden
        store->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestTracking)
#include "TestTracking.moc"
