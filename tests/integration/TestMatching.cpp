#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"
#include "tests/support/TestPostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using test::ApiTestClient;

namespace {

const char* const kCompanies = "20000001,Acme B.V.,,Besloten Vennootschap,6201,Software,10-19,Laan 1,1011 AA,"
                               "Amsterdam,NL,,,\n"
                               "20000002,Beta B.V.,,Besloten Vennootschap,4941,Vervoer,20-49,Haven 3,3011 AA,"
                               "Rotterdam,NL,,,\n"
                               "20000003,Gamma Holding N.V.,,Naamloze Vennootschap,6420,Holdings,500+,Plein 1,"
                               "2511 AA,Den Haag,NL,,,\n"
                               "20000004,Delta B.V.,,Besloten Vennootschap,7022,Advies,50-99,Weg 4,3500 AA,"
                               "Utrecht,NL,,,\n";
// A company's /24 (high), a /16 (medium), a /12 (low), a provider's and a data centre's network.
const char* const kRanges = "203.0.113.0,203.0.113.255,20000001,company,Acme office\n"
                            "198.18.0.0,198.18.255.255,20000004,company,Delta campus\n"
                            "10.0.0.0,10.15.255.255,20000003,company,Gamma group\n"
                            "198.51.100.0,198.51.100.255,,isp,Example Broadband\n"
                            "192.0.2.0,192.0.2.255,,hosting,Example Cloud\n";
const QByteArray kBrowser =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

} // namespace

// Matches that explain themselves, corrections that change the next match,
// and bots that are counted instead of recorded (docs/MATCHING.md) — through
// the real server on both stores.
class TestMatching : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_client;
    test::TestOrganisation m_shop;
    test::TestOrganisation m_other;
    int m_session = 0;

    struct Hit
    {
        QString from;
        QString site;
        QString domain;
        int session = 0;
        QByteArray userAgent = kBrowser;
        bool origin = true;
        bool webdriver = false;
    };

    static QJsonObject bodyOf(const Hit& h, const QString& path)
    {
        QJsonObject body{{QStringLiteral("site"), h.site},
                         {QStringLiteral("url"), QStringLiteral("https://www.%1%2").arg(h.domain, path)},
                         {QStringLiteral("vid"), QStringLiteral("%1").arg(h.session, 32, 16, QLatin1Char('0'))},
                         {QStringLiteral("sid"), QStringLiteral("%1").arg(h.session + 1, 32, 16, QLatin1Char('0'))}};
        if (h.webdriver)
            body.insert(QStringLiteral("webdriver"), true);
        return body;
    }
    static QList<QPair<QByteArray, QByteArray>> headersOf(const Hit& h)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Forwarded-For", h.from.toLatin1()},
                                                     {"User-Agent", h.userAgent}};
        if (h.origin)
            headers.append({"Origin", "https://www." + h.domain.toLatin1()});
        return headers;
    }
    int send(const Hit& h, const QString& path = QStringLiteral("/"))
    {
        return m_client
            ->callRaw("POST", QStringLiteral("/collect"), QJsonDocument(bodyOf(h, path)).toJson(QJsonDocument::Compact),
                      {}, headersOf(h))
            .status;
    }
    Hit shopHit(const QString& from) { return {from, m_shop.siteId, QStringLiteral("shop.example"), m_session += 2}; }
    Hit otherHit(const QString& from)
    {
        return {from, m_other.siteId, QStringLiteral("other.example"), m_session += 2};
    }

    QJsonArray syncAll(const QString& access)
    {
        QJsonArray all;
        QString cursor;
        for (;;) {
            const auto page = m_client->call(
                "GET", QStringLiteral("/api/v1/sync?with=rule_firings&limit=10000&cursor=") + cursor, {}, access);
            for (const QJsonValue& change : page.json.value(QStringLiteral("changes")).toArray())
                all.append(change);
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return all;
    }

    // The visits as the last change of each says: id → data (deleted ones absent).
    static QHash<QString, QJsonObject> visits(const QJsonArray& changes)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue& value : changes) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("type")).toString() != QLatin1String("visit"))
                continue;
            if (c.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
                out.remove(c.value(QStringLiteral("id")).toString());
            else
                out.insert(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("data")).toObject());
        }
        return out;
    }
    static QStringList companiesOf(const QHash<QString, QJsonObject>& visits)
    {
        QStringList out;
        for (const QJsonObject& v : visits)
            out << v.value(QStringLiteral("company_id")).toString();
        out.sort();
        return out;
    }
    static QString visitOf(const QHash<QString, QJsonObject>& visits, const QString& company)
    {
        for (auto it = visits.cbegin(); it != visits.cend(); ++it) {
            if (it->value(QStringLiteral("company_id")).toString() == company)
                return it.key();
        }
        return {};
    }

    QHash<QString, qint64> traffic(const QString& access)
    {
        const auto reply = m_client->call("GET", QStringLiteral("/api/v1/traffic"), {}, access);
        QHash<QString, qint64> byKind;
        for (const QJsonValue& row : reply.json.value(QStringLiteral("traffic")).toArray())
            byKind[row.toObject().value(QStringLiteral("kind")).toString()] +=
                row.toObject().value(QStringLiteral("hits")).toInteger();
        return byKind;
    }

    bool run(const QStringList& arguments, QString* output)
    {
        QString error;
        if (!test::ServerProcess::run(arguments + QStringList{QStringLiteral("--db"), m_server->dbUrl()}, output,
                                      &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db;
        if (store == QLatin1String("postgresql")) {
            db = test::TestPostgres::createDatabase(&error);
            QVERIFY2(!db.isEmpty(), qPrintable(error));
        }
        m_server = std::make_unique<test::ServerProcess>();
        QVERIFY2(m_server->prepare(&error, db), qPrintable(error));
        QVERIFY2(test::TestOrganisation::create(m_server->dbUrl(), m_files.path(), QStringLiteral("Shop B.V."),
                                                QStringLiteral("shop.example"), kCompanies, kRanges, &m_shop, &error),
                 qPrintable(error));
        QVERIFY2(test::TestOrganisation::create(m_server->dbUrl(), m_files.path(), QStringLiteral("Other B.V."),
                                                QStringLiteral("other.example"), kCompanies, kRanges, &m_other, &error),
                 qPrintable(error));
        QVERIFY2(m_server->start(&error, db, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // Every matched visit says how it was matched, and rules leave low-confidence matches alone.
    void eachVisitSaysHowSureTheMatchIs()
    {
        const QString access = m_client->signIn(m_shop.admin).access;
        QVERIFY(!access.isEmpty());
        const auto rule = [&](const QString& name, const QJsonObject& filter, const QString& tag) {
            return m_client
                ->call("POST", QStringLiteral("/api/v1/rules"),
                       {{QStringLiteral("name"), name},
                        {QStringLiteral("filter"), filter},
                        {QStringLiteral("actions"), QJsonObject{{QStringLiteral("add_tags"), QJsonArray{tag}}}}},
                       access)
                .status;
        };
        QCOMPARE(rule(QStringLiteral("Every visit"),
                      {{QStringLiteral("visit"), QJsonObject{{QStringLiteral("min_pages"), 1}}}},
                      QStringLiteral("seen")),
                 201);
        QCOMPARE(rule(QStringLiteral("Even unsure ones"),
                      {{QStringLiteral("visit"), QJsonObject{{QStringLiteral("confidence"), QStringLiteral("low")}}}},
                      QStringLiteral("any")),
                 201);
        QCOMPARE(send(shopHit(QStringLiteral("203.0.113.7"))), 204);
        QCOMPARE(send(shopHit(QStringLiteral("198.18.4.5"))), 204);
        QCOMPARE(send(shopHit(QStringLiteral("10.1.2.3"))), 204);

        const QJsonArray changes = syncAll(access);
        const auto all = visits(changes);
        QCOMPARE(all.size(), 3);
        QHash<QString, QJsonObject> match;
        for (const QJsonObject& v : all)
            match.insert(v.value(QStringLiteral("company_id")).toString(), v.value(QStringLiteral("match")).toObject());
        const QJsonObject acme = match.value(QStringLiteral("kvk-20000001"));
        QCOMPARE(acme.value(QStringLiteral("confidence")).toString(), QStringLiteral("high"));
        QCOMPARE(acme.value(QStringLiteral("range_kind")).toString(), QStringLiteral("company"));
        QCOMPARE(acme.value(QStringLiteral("prefix_length")).toInt(), 24);
        QCOMPARE(acme.value(QStringLiteral("ip_version")).toInt(), 4);
        QCOMPARE(acme.value(QStringLiteral("linked_by")).toString(), QStringLiteral("registry_number"));
        const QJsonObject source = acme.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("leadscope"));
        QCOMPARE(source.value(QStringLiteral("file")).toString(), QStringLiteral("ranges.csv"));
        QVERIFY(source.value(QStringLiteral("at")).toString().startsWith(u'2'));
        QCOMPARE(match.value(QStringLiteral("kvk-20000004")).value(QStringLiteral("confidence")).toString(),
                 QStringLiteral("medium"));
        QCOMPARE(match.value(QStringLiteral("kvk-20000003")).value(QStringLiteral("confidence")).toString(),
                 QStringLiteral("low"));
        QCOMPARE(match.value(QStringLiteral("kvk-20000003")).value(QStringLiteral("prefix_length")).toInt(), 12);
        // The address itself is in no answer.
        QVERIFY(!QJsonDocument(changes).toJson().contains("10.1.2.3"));

        // "Every visit" acted on the high and medium matches only; "Even unsure ones" on all three.
        QMultiHash<QString, QString> firedOn; // rule name → company
        for (const QJsonValue& value : changes) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("type")).toString() == QLatin1String("rule_firing"))
                firedOn.insert(
                    c.value(QStringLiteral("data")).toObject().value(QStringLiteral("rule_name")).toString(),
                    c.value(QStringLiteral("data")).toObject().value(QStringLiteral("company_id")).toString());
        }
        QStringList every = firedOn.values(QStringLiteral("Every visit"));
        every.sort();
        QCOMPARE(every, (QStringList{QStringLiteral("kvk-20000001"), QStringLiteral("kvk-20000004")}));
        QCOMPARE(firedOn.values(QStringLiteral("Even unsure ones")).size(), 3);
    }

    // A report changes the organisation's next match at once (and, when asked, its past visits);
    // another organisation's matches stay; the operator sees the reports by range and corrects the register.
    void reportsCorrectTheNextMatch()
    {
        const QString shop = m_client->signIn(m_shop.admin).access;
        const QString other = m_client->signIn(m_other.admin).access;
        QVERIFY(!shop.isEmpty() && !other.isEmpty());
        QCOMPARE(send(shopHit(QStringLiteral("203.0.113.7"))), 204);
        QCOMPARE(send(shopHit(QStringLiteral("203.0.113.8"))), 204);
        QCOMPARE(send(shopHit(QStringLiteral("198.18.4.5"))), 204);
        auto shopVisits = visits(syncAll(shop));
        QCOMPARE(companiesOf(shopVisits), (QStringList{QStringLiteral("kvk-20000001"), QStringLiteral("kvk-20000001"),
                                                       QStringLiteral("kvk-20000004")}));

        // Refused: the visit's own company, no company, a company outside the register.
        const QString acmeVisit = visitOf(shopVisits, QStringLiteral("kvk-20000001"));
        const auto report = [&](const QJsonObject& body) {
            return m_client->call("POST", QStringLiteral("/api/v1/corrections"), body, shop);
        };
        QCOMPARE(report({{QStringLiteral("visit_id"), acmeVisit},
                         {QStringLiteral("verdict"), QStringLiteral("other_company")},
                         {QStringLiteral("correct_company_id"), QStringLiteral("kvk-20000001")}})
                     .status,
                 400);
        QCOMPARE(report({{QStringLiteral("visit_id"), acmeVisit},
                         {QStringLiteral("verdict"), QStringLiteral("other_company")}})
                     .status,
                 400);
        QCOMPARE(report({{QStringLiteral("visit_id"), acmeVisit},
                         {QStringLiteral("verdict"), QStringLiteral("other_company")},
                         {QStringLiteral("correct_company_id"), QStringLiteral("kvk-9")}})
                     .status,
                 400);
        QCOMPARE(report({{QStringLiteral("visit_id"), QStringLiteral("v-nope")},
                         {QStringLiteral("verdict"), QStringLiteral("isp")}})
                     .status,
                 404);

        // The register search names the right company.
        const auto found = m_client->call("GET", QStringLiteral("/api/v1/registry/companies?q=beta"), {}, shop);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(QStringLiteral("companies"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("kvk-20000002"));

        // "This is Beta, not Acme", past visits too.
        const auto reported = report({{QStringLiteral("visit_id"), acmeVisit},
                                      {QStringLiteral("verdict"), QStringLiteral("other_company")},
                                      {QStringLiteral("correct_company_id"), QStringLiteral("kvk-20000002")},
                                      {QStringLiteral("note"), QStringLiteral("Beta rents that floor")},
                                      {QStringLiteral("relabel_past"), true}});
        QCOMPARE(reported.status, 201);
        QCOMPARE(
            reported.json.value(QStringLiteral("correction")).toObject().value(QStringLiteral("relabelled")).toInt(),
            2);
        shopVisits = visits(syncAll(shop));
        QCOMPARE(companiesOf(shopVisits), (QStringList{QStringLiteral("kvk-20000002"), QStringLiteral("kvk-20000002"),
                                                       QStringLiteral("kvk-20000004")}));
        const QJsonObject relabelled = shopVisits.value(acmeVisit).value(QStringLiteral("match")).toObject();
        QCOMPARE(relabelled.value(QStringLiteral("linked_by")).toString(), QStringLiteral("correction"));
        QCOMPARE(relabelled.value(QStringLiteral("confidence")).toString(), QStringLiteral("high"));

        // The next hits: Beta for this organisation, still Acme for the other.
        QCOMPARE(send(shopHit(QStringLiteral("203.0.113.99"))), 204);
        QCOMPARE(send(otherHit(QStringLiteral("203.0.113.99"))), 204);
        shopVisits = visits(syncAll(shop));
        QCOMPARE(companiesOf(shopVisits).count(QStringLiteral("kvk-20000002")), 3);
        QCOMPARE(companiesOf(shopVisits).count(QStringLiteral("kvk-20000001")), 0);
        QCOMPARE(companiesOf(visits(syncAll(other))), QStringList{QStringLiteral("kvk-20000001")});

        // "Delta's /16 is a provider", without touching the past: the next hit is no visit.
        const QString deltaVisit = visitOf(shopVisits, QStringLiteral("kvk-20000004"));
        QCOMPARE(report({{QStringLiteral("visit_id"), deltaVisit}, {QStringLiteral("verdict"), QStringLiteral("isp")}})
                     .status,
                 201);
        QCOMPARE(send(shopHit(QStringLiteral("198.18.9.9"))), 204);
        shopVisits = visits(syncAll(shop));
        QCOMPARE(companiesOf(shopVisits).count(QStringLiteral("kvk-20000004")), 1);
        QCOMPARE(traffic(shop).value(QStringLiteral("isp")), 1);

        // The list, and withdrawing: the next hit is Delta's again.
        const auto list = m_client->call("GET", QStringLiteral("/api/v1/corrections"), {}, shop);
        const QJsonArray corrections = list.json.value(QStringLiteral("corrections")).toArray();
        QCOMPARE(corrections.size(), 2);
        QString deltaReport;
        for (const QJsonValue& c : corrections) {
            if (c.toObject().value(QStringLiteral("verdict")).toString() == QLatin1String("isp"))
                deltaReport = c.toObject().value(QStringLiteral("id")).toString();
        }
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/corrections/") + deltaReport, {}, other).status, 404);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/corrections/") + deltaReport, {}, shop).status, 200);
        QCOMPARE(send(shopHit(QStringLiteral("198.18.9.9"))), 204);
        QCOMPARE(companiesOf(visits(syncAll(shop))).count(QStringLiteral("kvk-20000004")), 2);
        // Both are in the audit log.
        const auto audit = m_client->call("GET", QStringLiteral("/api/v1/audit?action=match_reported"), {}, shop);
        QCOMPARE(audit.json.value(QStringLiteral("entries")).toArray().size(), 2);

        // "Not a company" with the past: those visits go (tombstones).
        const QString gammaFrom = QStringLiteral("10.4.4.4");
        QCOMPARE(send(otherHit(gammaFrom)), 204);
        const auto otherVisits = visits(syncAll(other));
        const QString gammaVisit = visitOf(otherVisits, QStringLiteral("kvk-20000003"));
        QVERIFY(!gammaVisit.isEmpty());
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/corrections"),
                            {{QStringLiteral("visit_id"), gammaVisit},
                             {QStringLiteral("verdict"), QStringLiteral("not_company")},
                             {QStringLiteral("relabel_past"), true}},
                            other)
                     .status,
                 201);
        QVERIFY(!visits(syncAll(other)).contains(gammaVisit));

        // The operator: reports by range, most reported first; apply to the register.
        QString output;
        QVERIFY(run({QStringLiteral("corrections"), QStringLiteral("list"), QStringLiteral("--json")}, &output));
        const QStringList lines = output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2); // Acme's /24 (open), Gamma's /12 (open); Delta's report was withdrawn
        QJsonObject acmeRange;
        QJsonObject gammaRange;
        for (const QString& line : lines) {
            const QJsonObject range = QJsonDocument::fromJson(line.toUtf8()).object();
            if (range.value(QStringLiteral("network")).toString() == QLatin1String("203.0.113.0/24"))
                acmeRange = range;
            if (range.value(QStringLiteral("network")).toString() == QLatin1String("10.0.0.0/12"))
                gammaRange = range;
        }
        QCOMPARE(gammaRange.value(QStringLiteral("verdicts")).toObject().value(QStringLiteral("not_company")).toInt(),
                 1);
        QCOMPARE(acmeRange.value(QStringLiteral("organisations")).toInt(), 1);
        QCOMPARE(acmeRange.value(QStringLiteral("register_company_id")).toString(), QStringLiteral("kvk-20000001"));
        QCOMPARE(acmeRange.value(QStringLiteral("suggested_companies"))
                     .toObject()
                     .value(QStringLiteral("kvk-20000002"))
                     .toInt(),
                 1);
        QVERIFY(run({QStringLiteral("corrections"), QStringLiteral("apply"), QStringLiteral("--range"),
                     acmeRange.value(QStringLiteral("range")).toString(), QStringLiteral("--kind"),
                     QStringLiteral("company"), QStringLiteral("--company"), QStringLiteral("20000002"),
                     QStringLiteral("--note"), QStringLiteral("Confirmed with the building's landlord")},
                    &output));
        QVERIFY(run({QStringLiteral("corrections"), QStringLiteral("list")}, &output));
        QVERIFY2(!output.contains(QStringLiteral("203.0.113.0/24")), qPrintable(output));
        // The running server picks the corrected register up (it looks every 10 s): the other organisation's
        // next hit from the range is Beta's, matched by the operator's correction.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                send(otherHit(QStringLiteral("203.0.113.50")));
                return companiesOf(visits(syncAll(other))).contains(QStringLiteral("kvk-20000002"));
            }(),
            30'000);
        const auto otherNow = visits(syncAll(other));
        const QJsonObject operatorMatch =
            otherNow.value(visitOf(otherNow, QStringLiteral("kvk-20000002"))).value(QStringLiteral("match")).toObject();
        QCOMPARE(operatorMatch.value(QStringLiteral("linked_by")).toString(), QStringLiteral("operator"));
        QCOMPARE(operatorMatch.value(QStringLiteral("source")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("operator"));
        // Rejecting needs an open report; Gamma's is.
        QVERIFY(!run({QStringLiteral("corrections"), QStringLiteral("reject"), QStringLiteral("--range"),
                      acmeRange.value(QStringLiteral("range")).toString(), QStringLiteral("--reason"),
                      QStringLiteral("again")},
                     &output));
        QVERIFY(run({QStringLiteral("corrections"), QStringLiteral("reject"), QStringLiteral("--range"),
                     gammaRange.value(QStringLiteral("range")).toString(), QStringLiteral("--reason"),
                     QStringLiteral("Gamma's group network, as registered")},
                    &output));
        QVERIFY(run({QStringLiteral("corrections"), QStringLiteral("list")}, &output));
        QCOMPARE(output.trimmed(), QStringLiteral("No open reports."));
        const auto rejected = m_client->call("GET", QStringLiteral("/api/v1/corrections"), {}, other);
        QCOMPARE(rejected.json.value(QStringLiteral("corrections"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("rejected"));
    }

    // Bots are counted by reason, never stored; a person from the same address is a visit.
    void botHitsAreCountedNotStored()
    {
        const QString access = m_client->signIn(m_shop.admin).access;
        const QString office = QStringLiteral("203.0.113.20");
        Hit crawler = shopHit(office);
        crawler.userAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
        QCOMPARE(send(crawler), 204);
        Hit automated = shopHit(office);
        automated.webdriver = true;
        QCOMPARE(send(automated), 204);
        Hit headless = shopHit(office);
        headless.userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "HeadlessChrome/120.0.0.0 Safari/537.36";
        QCOMPARE(send(headless), 204);
        Hit script = shopHit(office);
        script.origin = false;
        QCOMPARE(send(script), 204);
        QCOMPARE(send(shopHit(QStringLiteral("192.0.2.10"))), 204); // a data centre
        // Thirty pages at once from one session: no person reads ten pages a second.
        const Hit racer = shopHit(office);
        for (const auto& reply : m_client->callParallel(30, "POST", QStringLiteral("/collect"),
                                                        bodyOf(racer, QStringLiteral("/fast")), {}, headersOf(racer)))
            QCOMPARE(reply.status, 204);
        // A person from the same office: a visit of three pages.
        const Hit person = shopHit(office);
        for (const char* path : {"/", "/pricing", "/contact"})
            QCOMPARE(send(person, QLatin1String(path)), 204);

        const auto counts = traffic(access);
        QCOMPARE(counts.value(QStringLiteral("bot:crawler")), 1);
        QCOMPARE(counts.value(QStringLiteral("bot:automated")), 2);
        QCOMPARE(counts.value(QStringLiteral("bot:no_script")), 1);
        QCOMPARE(counts.value(QStringLiteral("bot:data_centre")), 1);
        QVERIFY2(counts.value(QStringLiteral("bot:too_fast")) >= 20,
                 qPrintable(QString::number(counts.value(QStringLiteral("bot:too_fast")))));
        const auto all = visits(syncAll(access));
        // The person's visit, and at most the racer's first (person-paced) pages.
        QVERIFY2(all.size() <= 2, qPrintable(QString::number(all.size())));
        bool personSeen = false;
        qint64 pages = 0;
        for (const QJsonObject& v : all) {
            personSeen = personSeen || v.value(QStringLiteral("landing_page")).toString() == QLatin1String("/");
            pages += v.value(QStringLiteral("pageviews")).toInteger();
        }
        QVERIFY(personSeen);
        QCOMPARE(counts.value(QStringLiteral("company")), pages);

        // A website that records automated browsers (for its own tests) records them; admins only.
        const auto me = m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access);
        QCOMPARE(me.json.value(QStringLiteral("websites"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("record_automated"))
                     .toBool(true),
                 false);
        const auto changed = m_client->call("PATCH", QStringLiteral("/api/v1/websites/") + m_shop.siteId,
                                            {{QStringLiteral("record_automated"), true}}, access);
        QCOMPARE(changed.status, 200);
        QCOMPARE(
            changed.json.value(QStringLiteral("website")).toObject().value(QStringLiteral("record_automated")).toBool(),
            true);
        const auto bad = m_client->call("PATCH", QStringLiteral("/api/v1/websites/") + m_shop.siteId,
                                        {{QStringLiteral("record_automated"), QStringLiteral("yes")}}, access);
        QCOMPARE(bad.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestMatching)
#include "TestMatching.moc"
