#include "server/domain/Rules.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/IngestQueue.h"
#include "server/tracking/RuleEngine.h"
#include "server/tracking/VisitRecorder.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace leadscope;
using server::VisitRecorder;

// How hits become visits and page views, on both stores, with times chosen
// by the test: what a sales rep reads in a timeline (one visit per session,
// a new one after 30 minutes, time on page) must not depend on how the
// ingest queue happened to batch the hits.
class TestVisitRecorder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    QString m_db;
    std::unique_ptr<server::Store> m_store;
    VisitRecorder::Site m_site;
    server::IpRangeIndex::Range m_acme;
    server::IpRangeIndex::Range m_beta;
    server::IpRangeIndex::Range m_isp;
    static constexpr qint64 kStart = 1'790'000'000'000; // 2026-09-22

    static bool run(const QStringList& arguments, QString* output)
    {
        QString error;
        if (!test::ServerProcess::run(arguments, output, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    static QByteArray hex(int n) { return QByteArray::number(n, 16).rightJustified(32, '0'); }

    static server::Hit hit(const QString& path, int session, const QString& campaign = {})
    {
        server::Hit h;
        h.host = QStringLiteral("shop.example");
        h.path = path;
        h.title = QStringLiteral("Title of ") + path;
        h.referrerClass = campaign.isEmpty() ? QStringLiteral("direct") : QStringLiteral("campaign");
        h.utmCampaign = campaign;
        h.visitorId = hex(1000 + session);
        h.sessionId = hex(session);
        h.device = QStringLiteral("desktop");
        return h;
    }

    // Records the hits as one batch, in one transaction, as IngestQueue does
    // (`commit` false: the batch fails after it is recorded and rolls back).
    bool record(const QList<std::pair<const server::Hit*, qint64>>& hits,
                const server::IpRangeIndex::Range* range = nullptr, bool commit = true)
    {
        std::vector<VisitRecorder::Input> inputs(size_t(hits.size()));
        QList<VisitRecorder::Input*> pointers;
        for (qsizetype i = 0; i < hits.size(); ++i) {
            inputs[size_t(i)] =
                VisitRecorder::Input{m_site, hits[i].first, range ? range : &m_acme, hits[i].second, false, false};
            pointers.append(&inputs[size_t(i)]);
        }
        QString error;
        QSqlDatabase db = m_store->connection();
        bool ok = false;
        {
            server::Sql::Transaction transaction(db);
            ok = VisitRecorder(*m_store).recordBatch(db, pointers, &error) && commit && transaction.commit(&error);
        }
        server::RuleEngine::settle(ok);
        if (!ok && commit)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    // A rule of the site's organisation, by `userId`; its id.
    QString addRule(const QString& userId, const QString& name, const QByteArray& filter, const QByteArray& actions)
    {
        server::Rules::Rule rule;
        rule.name = name;
        QString error;
        rule.filter = *protocol::LeadFilter::parse(QJsonDocument::fromJson(filter).object(), &error);
        rule.actions = *server::Rules::Actions::parse(QJsonDocument::fromJson(actions).object(), &error);
        server::Rules::Rule added;
        const server::Rules::Result result =
            server::Rules::add(m_store->connection(), kStart, m_site.orgId, userId, rule, 50, &added);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        return added.id;
    }

    QList<QVariantList> rows(const QString& sql)
    {
        QSqlQuery query(m_store->connection());
        QString error;
        QList<QVariantList> out;
        if (!server::Sql::exec(query, sql, {}, &error)) {
            qWarning("%s", qPrintable(error));
            return out;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            out.append(row);
        }
        return out;
    }

    // The latest change-log payload of every entity: what a synced client has.
    QHash<QString, QJsonObject> synced(const QString& entity)
    {
        QHash<QString, QJsonObject> latest;
        for (const QVariantList& row : rows(QStringLiteral("SELECT entity_id, payload FROM changes WHERE entity = '") +
                                            entity + QStringLiteral("' ORDER BY seq")))
            latest.insert(row[0].toString(), QJsonDocument::fromJson(row[1].toString().toUtf8()).object());
        return latest;
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        m_db = store == QLatin1String("postgresql")
                   ? test::TestPostgres::createDatabase(&error)
                   : QStringLiteral("sqlite:") +
                         m_files.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        QFile companies(m_files.filePath(QStringLiteral("c.csv")));
        QFile ranges(m_files.filePath(QStringLiteral("r.csv")));
        QVERIFY(companies.open(QIODevice::WriteOnly) && ranges.open(QIODevice::WriteOnly));
        companies.write(
            "registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
            "city,country,website,phone,linkedin\n"
            "30000001,Acme B.V.,,Besloten Vennootschap,2599,Metaal,50-99,Weg 1,3542 AD,Utrecht,NL,,,\n"
            "30000002,Beta B.V.,,Besloten Vennootschap,4941,Vervoer,20-49,Haven 1,3011 AA,Rotterdam,NL,,,\n");
        ranges.write("start,end,registry_number,kind,name\n203.0.113.0,203.0.113.255,30000001,company,Acme\n");
        companies.close();
        ranges.close();
        QString output;
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("--db"), m_db}, &output));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--companies"),
                     companies.fileName(), QStringLiteral("--ranges"), ranges.fileName()},
                    &output));
        QVERIFY(
            run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                 QStringLiteral("Shop B.V."), QStringLiteral("--domain"), QStringLiteral("shop.example")},
                &output));
        const QString siteId = output.section(u'\n', 1, 1).section(u' ', 0, 0);
        const auto url = server::DatabaseUrl::parse(m_db, &error);
        QVERIFY2(url, qPrintable(error));
        m_store = std::make_unique<server::Store>(*url);
        QVERIFY2(m_store->open(&error), qPrintable(error));
        bool found = false;
        QVERIFY2(VisitRecorder(*m_store).findSite(siteId, &m_site, &found, &error), qPrintable(error));
        QVERIFY(found);
        // Small networks registered to the companies by number: high-confidence matches (rules act on them).
        m_acme = server::IpRangeIndex::Range{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000001"), {}};
        m_beta = server::IpRangeIndex::Range{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000002"), {}};
        for (server::IpRangeIndex::Range* range : {&m_acme, &m_beta}) {
            range->linkedBy = QStringLiteral("registry_number");
            range->prefixLength = 24;
            range->ipVersion = 4;
            range->confidence = server::MatchProvenance::High;
        }
        m_isp = server::IpRangeIndex::Range{{}, {}, server::RangeKind::Isp, {}, QStringLiteral("Broadband")};
    }

    void cleanup()
    {
        if (m_store)
            m_store->closeThreadConnection();
        m_store.reset();
    }

    // Each kind of condition fires exactly once per visit, in the batch in
    // which it first holds, as the visit grows hit by hit; the reasons say
    // what held; the actions reach the company's annotation and the change log.
    void rulesFireOncePerVisitWithTheirReasons()
    {
        QString output;
        QStringList users;
        for (const char* email : {"anna@shop.example", "bram@shop.example"}) {
            QString error;
            QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                               m_db, QStringLiteral("--org"), m_site.orgId, QStringLiteral("--email"),
                                               QLatin1String(email), QStringLiteral("--role"), QStringLiteral("sales"),
                                               QStringLiteral("--password-stdin")},
                                              &output, &error, "a sufficiently long password\n"),
                     qPrintable(error));
            users << output.trimmed().section(u'\n', 0, 0);
        }
        QSqlDatabase db = m_store->connection();
        const auto addRule = [&](const QString& name, const QByteArray& filter, const QByteArray& actions) {
            return this->addRule(users[0], name, filter, actions);
        };
        const QString notify = QStringLiteral(R"({"add_tags":["pricing"],"notify":["%1"]})").arg(users[1]);
        const QString pricing =
            addRule(QStringLiteral("Pricing"), R"({"visit":{"page":"/pricing*"}})", notify.toUtf8());
        const QString deep =
            addRule(QStringLiteral("Deep"), R"({"visit":{"min_pages":3}})", R"({"status":"qualified"})");
        const QString longer = addRule(QStringLiteral("Long"), R"({"size_band":"50-99","visit":{"min_minutes":3}})",
                                       R"({"add_tags":["long"]})");
        const QString campaign =
            addRule(QStringLiteral("Campaign"), R"({"visit":{"source":"campaign","campaign":"autumn"}})",
                    R"({"add_tags":["autumn"]})");
        const QString first = addRule(QStringLiteral("First"), R"({"visit":{"first":true}})",
                                      QStringLiteral(R"({"assign_to":["%1","%2"]})").arg(users[0], users[1]).toUtf8());
        const QString back =
            addRule(QStringLiteral("Back"), R"({"visit":{"returning_within_days":7}})", R"({"add_tags":["back"]})");
        const QString transport =
            addRule(QStringLiteral("Transport pricing"), R"({"sbi_prefix":"49","visit":{"page":"/pricing"}})",
                    R"({"add_tags":["transport"]})");
        const QString blog =
            addRule(QStringLiteral("Blog"), R"({"visit":{"page":"/blog"}})", R"({"add_tags":["blog"]})");
        for (const QString& id : {pricing, deep, longer, campaign, first, back, transport, blog})
            QVERIFY(!id.isEmpty());

        // Acme's first visit, page by page, each hit its own batch.
        const server::Hit home = hit(QStringLiteral("/"), 1, QStringLiteral("autumn"));
        const server::Hit prices = hit(QStringLiteral("/pricing"), 1);
        const server::Hit plus = hit(QStringLiteral("/Pricing/plus"), 1);
        const server::Hit contact = hit(QStringLiteral("/contact"), 1);
        QVERIFY(record({{&home, kStart}}));
        QVERIFY(record({{&prices, kStart + 40'000}}));
        QVERIFY(record({{&plus, kStart + 100'000}}));
        QVERIFY(record({{&contact, kStart + 200'000}}));
        // Beta's first visit: transport, pricing.
        const server::Hit betaPrices = hit(QStringLiteral("/pricing"), 3);
        QVERIFY(record({{&betaPrices, kStart + 50'000}}, &m_beta));
        // A rule switched off stops at once; Acme returns three days later, on the blog.
        server::Rules::Rule changed;
        QVERIFY(server::Rules::change(db, kStart, m_site.orgId, users[0], blog, {{}, {}, {}, false}, &changed).ok());
        const server::Hit blogHit = hit(QStringLiteral("/blog"), 2);
        QVERIFY(record({{&blogHit, kStart + 3 * 86'400'000LL}}));

        // Which rule fired on which visit: once each.
        QHash<QString, QString> visitOf;
        for (const QVariantList& row : rows(QStringLiteral("SELECT id, company_id, started_at FROM visits")))
            visitOf.insert(row[0].toString(), row[2].toLongLong() == kStart + 3 * 86'400'000LL
                                                  ? QStringLiteral("acme-2")
                                              : row[1].toString() == m_acme.companyId ? QStringLiteral("acme-1")
                                                                                      : QStringLiteral("beta-1"));
        QStringList fired;
        QHash<QString, QJsonObject> why;
        for (const QVariantList& row : rows(QStringLiteral("SELECT rule_id, visit_id, detail FROM rule_firings"))) {
            const QString name = row[0].toString() == pricing     ? QStringLiteral("pricing")
                                 : row[0].toString() == deep      ? QStringLiteral("deep")
                                 : row[0].toString() == longer    ? QStringLiteral("long")
                                 : row[0].toString() == campaign  ? QStringLiteral("campaign")
                                 : row[0].toString() == first     ? QStringLiteral("first")
                                 : row[0].toString() == back      ? QStringLiteral("back")
                                 : row[0].toString() == transport ? QStringLiteral("transport")
                                                                  : QStringLiteral("blog");
            fired << name + u'@' + visitOf.value(row[1].toString());
            why.insert(
                fired.last(),
                QJsonDocument::fromJson(row[2].toString().toUtf8()).object().value(QStringLiteral("why")).toObject());
        }
        fired.sort();
        QCOMPARE(fired, (QStringList{QStringLiteral("back@acme-2"), QStringLiteral("campaign@acme-1"),
                                     QStringLiteral("deep@acme-1"), QStringLiteral("first@acme-1"),
                                     QStringLiteral("first@beta-1"), QStringLiteral("long@acme-1"),
                                     QStringLiteral("pricing@acme-1"), QStringLiteral("pricing@beta-1"),
                                     QStringLiteral("transport@beta-1")}));
        // Why: what held, as it first held.
        QCOMPARE(why.value(QStringLiteral("pricing@acme-1")).value(QStringLiteral("page")).toString(),
                 QStringLiteral("/pricing"));
        QCOMPARE(why.value(QStringLiteral("deep@acme-1")).value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(why.value(QStringLiteral("long@acme-1")).value(QStringLiteral("minutes")).toInt(), 3);
        QCOMPARE(why.value(QStringLiteral("long@acme-1")).value(QStringLiteral("size_band")).toString(),
                 QStringLiteral("50-99"));
        QCOMPARE(why.value(QStringLiteral("back@acme-2")).value(QStringLiteral("days_since_previous")).toInt(), 3);
        QCOMPARE(why.value(QStringLiteral("transport@beta-1")).value(QStringLiteral("sbi_prefix")).toString(),
                 QStringLiteral("4941"));
        QVERIFY(why.value(QStringLiteral("first@beta-1")).value(QStringLiteral("first")).toBool());

        // What they did: tags, status, assignees in turn (nobody's company is taken away).
        const auto annotations = rows(QStringLiteral("SELECT company_id, tags, status, assignee FROM annotations "
                                                     "ORDER BY company_id"));
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations[0][0].toString(), m_acme.companyId);
        QStringList acmeTags;
        for (const QJsonValue& tag : QJsonDocument::fromJson(annotations[0][1].toString().toUtf8()).array())
            acmeTags << tag.toString();
        acmeTags.sort();
        QCOMPARE(acmeTags, (QStringList{QStringLiteral("autumn"), QStringLiteral("back"), QStringLiteral("long"),
                                        QStringLiteral("pricing")}));
        QCOMPARE(annotations[0][2].toString(), QStringLiteral("qualified"));
        QCOMPARE(annotations[0][3].toString(), users[0]);
        QCOMPARE(annotations[1][3].toString(), users[1]);
        // Synced: each firing once, with the rule's name and whom to tell; the edits as the rule's.
        const auto firings = synced(QStringLiteral("rule_firing"));
        QCOMPARE(firings.size(), 9);
        for (const QJsonObject& firing : firings) {
            if (firing.value(QStringLiteral("rule_id")).toString() == pricing) {
                QCOMPARE(firing.value(QStringLiteral("rule_name")).toString(), QStringLiteral("Pricing"));
                QCOMPARE(firing.value(QStringLiteral("did")).toObject().value(QStringLiteral("notify")).toArray(),
                         QJsonArray{users[1]});
            }
        }
        for (const QJsonObject& entry : synced(QStringLiteral("activity")))
            QVERIFY(entry.value(QStringLiteral("by")).toString().startsWith(QLatin1String("rule:r-")));
    }

    // A writer remembers what fired on the visits it records, but only what
    // committed: a batch that rolls back takes its firing with it, and the rule
    // fires when its condition holds again. A firing by another server on the
    // same store (the same visit's hits spread over two) makes this one's
    // rule do nothing rather than fail the batch or act twice.
    void firingsFollowWhatWasCommitted()
    {
        QSqlDatabase db = m_store->connection();
        const auto addRule = [&](const QString& name, const QByteArray& filter, const QByteArray& actions) {
            return this->addRule(QStringLiteral("admin"), name, filter, actions);
        };
        const QString pricing =
            addRule(QStringLiteral("Pricing"), R"({"visit":{"page":"/pricing*"}})", R"({"add_tags":["pricing"]})");
        const QString deep =
            addRule(QStringLiteral("Deep"), R"({"visit":{"min_pages":5}})", R"({"status":"qualified"})");
        QVERIFY(!pricing.isEmpty() && !deep.isEmpty());
        const auto firings = [&](const QString& rule) {
            return rows(QStringLiteral("SELECT COUNT(*) FROM rule_firings WHERE rule_id = '%1'").arg(rule))[0][0]
                .toInt();
        };
        const auto tags = [&] {
            const auto found = rows(QStringLiteral("SELECT tags, status FROM annotations"));
            return found.isEmpty() ? QString() : found[0][0].toString() + u' ' + found[0][1].toString();
        };

        const server::Hit home = hit(QStringLiteral("/"), 1);
        const server::Hit prices = hit(QStringLiteral("/pricing"), 1);
        const server::Hit about = hit(QStringLiteral("/about"), 1);
        QVERIFY(record({{&home, kStart}}));
        QVERIFY(!record({{&prices, kStart + 10'000}}, nullptr, false)); // fired, then rolled back
        QCOMPARE(firings(pricing), 0);
        QVERIFY(record({{&about, kStart + 20'000}}));
        QCOMPARE(firings(pricing), 0); // the visit's pages are "/" and "/about"
        QCOMPARE(rows(QStringLiteral("SELECT pageviews FROM visits"))[0][0].toInt(), 2);
        QVERIFY(record({{&prices, kStart + 30'000}}));
        QCOMPARE(firings(pricing), 1);
        QVERIFY(record({{&prices, kStart + 40'000}}));
        QCOMPARE(firings(pricing), 1); // once per visit
        QCOMPARE(tags(), QStringLiteral("[\"pricing\"] new"));

        // Another server fires "Deep" on the visit first.
        const QString visit = rows(QStringLiteral("SELECT id FROM visits"))[0][0].toString();
        QSqlQuery other(db);
        QString error;
        QVERIFY2(
            server::Sql::exec(other,
                              QStringLiteral("INSERT INTO rule_firings (org_id, id, rule_id, company_id, visit_id, "
                                             "at, detail) VALUES (?, 'f-elsewhere', ?, ?, ?, ?, '{}')"),
                              {m_site.orgId, deep, m_acme.companyId, visit, kStart + 45'000}, &error),
            qPrintable(error));
        const server::Hit more = hit(QStringLiteral("/more"), 1);
        QVERIFY(record({{&more, kStart + 50'000}}));
        QCOMPARE(rows(QStringLiteral("SELECT pageviews FROM visits"))[0][0].toInt(), 5);
        QCOMPARE(firings(deep), 1);
        QCOMPARE(rows(QStringLiteral("SELECT id FROM rule_firings WHERE rule_id = '%1'").arg(deep))[0][0].toString(),
                 QStringLiteral("f-elsewhere"));
        QCOMPARE(tags(), QStringLiteral("[\"pricing\"] new")); // its action was the other server's to take
    }

    void oneVisitPerSessionWithTimeOnPage()
    {
        const server::Hit home = hit(QStringLiteral("/"), 1, QStringLiteral("autumn"));
        const server::Hit pricing = hit(QStringLiteral("/pricing"), 1);
        const server::Hit contact = hit(QStringLiteral("/contact"), 1);
        const server::Hit later = hit(QStringLiteral("/cases"), 1);
        // Two page views in one batch, the third in the next, then 31 minutes of nothing.
        QVERIFY(record({{&home, kStart}, {&pricing, kStart + 40'000}}));
        QVERIFY(record({{&contact, kStart + 100'000}}));
        QVERIFY(record({{&later, kStart + 100'000 + 31LL * 60'000}}));

        const auto visits = rows(QStringLiteral("SELECT started_at, last_at, pageviews, landing_path, utm_campaign "
                                                "FROM visits ORDER BY started_at"));
        QCOMPARE(visits.size(), 2);
        QCOMPARE(visits[0], (QVariantList{kStart, kStart + 100'000, 3, QStringLiteral("/"), QStringLiteral("autumn")}));
        QCOMPARE(visits[1][2].toInt(), 1);
        QCOMPARE(visits[1][3].toString(), QStringLiteral("/cases"));
        const auto pageviews = rows(QStringLiteral("SELECT path, seconds FROM pageviews ORDER BY viewed_at"));
        QCOMPARE(pageviews.size(), 4);
        QCOMPARE(pageviews[0], (QVariantList{QStringLiteral("/"), 40}));
        QCOMPARE(pageviews[1], (QVariantList{QStringLiteral("/pricing"), 60}));
        QCOMPARE(pageviews[2], (QVariantList{QStringLiteral("/contact"), 0})); // the visit ended there
        QCOMPARE(pageviews[3], (QVariantList{QStringLiteral("/cases"), 0}));

        // What sync hands out ends in the same state as the store.
        const auto syncedVisits = synced(QStringLiteral("visit"));
        QCOMPARE(syncedVisits.size(), 2);
        QList<int> counts;
        for (const QJsonObject& v : syncedVisits)
            counts << v.value(QStringLiteral("pageviews")).toInt();
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, (QList<int>{1, 3}));
        QHash<QString, int> seconds;
        for (const QJsonObject& p : synced(QStringLiteral("pageview")))
            seconds.insert(p.value(QStringLiteral("path")).toString(), p.value(QStringLiteral("seconds")).toInt());
        QCOMPARE(seconds.value(QStringLiteral("/")), 40);
        QCOMPARE(seconds.value(QStringLiteral("/pricing")), 60);
        QCOMPARE(synced(QStringLiteral("company")).size(), 1);
        // The first batch logged its visit once, in its final state.
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'visit'"))[0][0].toInt(), 3);
    }

    void sessionsAndCompaniesStaySeparate()
    {
        const server::Hit a1 = hit(QStringLiteral("/a"), 1);
        const server::Hit b1 = hit(QStringLiteral("/b"), 2);
        const server::Hit a2 = hit(QStringLiteral("/a2"), 1);
        QVERIFY(record({{&a1, kStart}, {&b1, kStart + 1000}, {&a2, kStart + 2000}}));
        // The same session cookie from another company's network is another visit.
        const server::Hit fromBeta = hit(QStringLiteral("/a3"), 1);
        QVERIFY(record({{&fromBeta, kStart + 3000}}, &m_beta));
        const auto visits = rows(QStringLiteral("SELECT company_id, pageviews FROM visits ORDER BY started_at"));
        QCOMPARE(visits.size(), 3);
        QCOMPARE(visits[0], (QVariantList{QStringLiteral("kvk-30000001"), 2}));
        QCOMPARE(visits[1], (QVariantList{QStringLiteral("kvk-30000001"), 1}));
        QCOMPARE(visits[2], (QVariantList{QStringLiteral("kvk-30000002"), 1}));
        QCOMPARE(synced(QStringLiteral("company")).size(), 2);
    }

    void unidentifiedHitsAreOnlyCounted()
    {
        const server::Hit h = hit(QStringLiteral("/"), 7);
        std::vector<VisitRecorder::Input> inputs{
            {m_site, &h, nullptr, kStart, false, false},
            {m_site, &h, nullptr, kStart + 1, false, false},
            {m_site, &h, &m_isp, kStart + 2, false, false},
            {m_site, &h, &m_acme, kStart + 3, false, false},
        };
        QList<VisitRecorder::Input*> pointers;
        for (VisitRecorder::Input& input : inputs)
            pointers.append(&input);
        QString error;
        QSqlDatabase db = m_store->connection();
        {
            server::Sql::Transaction transaction(db);
            QVERIFY2(VisitRecorder(*m_store).recordBatch(db, pointers, &error) && transaction.commit(&error),
                     qPrintable(error));
        }
        QCOMPARE(inputs[0].identified, false);
        QCOMPARE(inputs[2].identified, false);
        QCOMPARE(inputs[3].identified, true);
        QCOMPARE(rows(QStringLiteral("SELECT site_id, kind, hits FROM traffic_counts ORDER BY kind")),
                 (QList<QVariantList>{{m_site.id, QStringLiteral("company"), 1},
                                      {m_site.id, QStringLiteral("isp"), 1},
                                      {m_site.id, QStringLiteral("unknown"), 2}}));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM visits"))[0][0].toInt(), 1);
    }

    // The ingest queue under concurrent submitters: every hit answered once it
    // is stored, each visit's rule fired once, and on PostgreSQL a young
    // store's visit and firing tables get statistics as they grow (planning
    // from none made ingest slow).
    void queueAnswersEveryHitAndKeepsStatistics()
    {
        QFETCH_GLOBAL(QString, store);
        constexpr int kThreads = 12;
        constexpr int kHitsPerThread = 100; // 1 200 page views: past the first ANALYZE
        std::vector<server::Hit> hits;
        hits.reserve(size_t(kThreads) * kHitsPerThread);
        for (int i = 0; i < kThreads * kHitsPerThread; ++i)
            hits.push_back(hit(QStringLiteral("/p%1").arg(i % 7), i % 300));
        // A rule that fires once on every visit (300 firings: past their first ANALYZE).
        QVERIFY(!addRule(QStringLiteral("admin"), QStringLiteral("Seen"), R"({"visit":{"min_pages":1}})",
                         R"({"add_tags":["seen"]})")
                     .isEmpty());
        std::atomic<int> stored{0};
        {
            server::IngestQueue queue(*m_store, store == QLatin1String("postgresql") ? 2 : 1);
            std::vector<std::thread> submitters;
            submitters.reserve(kThreads);
            for (int t = 0; t < kThreads; ++t) {
                submitters.emplace_back([&, t] {
                    for (int i = 0; i < kHitsPerThread; ++i) {
                        server::IngestQueue::Job job;
                        const int n = t * kHitsPerThread + i;
                        job.input = VisitRecorder::Input{m_site, &hits[size_t(n)], &m_acme, kStart + n, true, false};
                        queue.submit(job);
                        if (job.ok && job.done && job.input.identified)
                            ++stored;
                    }
                });
            }
            for (std::thread& submitter : submitters)
                submitter.join();
        }
        QCOMPARE(stored.load(), kThreads * kHitsPerThread);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM pageviews"))[0][0].toInt(), kThreads * kHitsPerThread);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM visits"))[0][0].toInt(), 300);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM rule_firings"))[0][0].toInt(), 300);
        if (store == QLatin1String("postgresql")) {
            // -1 until the table is first analysed (PostgreSQL 14 and later).
            const qint64 counted =
                rows(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE relname = 'pageviews'"))[0][0]
                    .toLongLong();
            QVERIFY2(counted >= 1000, qPrintable(QStringLiteral("pageviews has statistics of %1 rows").arg(counted)));
            const qint64 firings =
                rows(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE relname = 'rule_firings'"))[0][0]
                    .toLongLong();
            QVERIFY2(firings >= 200, qPrintable(QStringLiteral("rule_firings has statistics of %1 rows").arg(firings)));
        }
    }
};

QTEST_GUILESS_MAIN(TestVisitRecorder)
#include "TestVisitRecorder.moc"
