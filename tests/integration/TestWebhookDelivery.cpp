#include "server/base/Clock.h"
#include "server/base/SecretBox.h"
#include "server/domain/AlertPreferences.h"
#include "server/domain/Annotations.h"
#include "server/domain/HubSpotCompanies.h"
#include "server/domain/MailOutbox.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/integrations/ChatMessage.h"
#include "server/integrations/WebhookWorker.h"
#include "server/mail/MailComposer.h"
#include "server/mail/ServerTranslations.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/VisitRecorder.h"
#include "tests/support/HubSpotStandIn.h"
#include "tests/support/OpenApiCheck.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"
#include "tests/support/TestPostgres.h"
#include "tests/support/WebhookReceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace leadscope;
using server::WebhookOutbox;
using server::Webhooks;
using server::WebhookWorker;

// Webhook delivery on a real store (SQLite and PostgreSQL) to a real HTTPS
// receiver that checks signatures from the Standard Webhooks specification,
// with the worker's clock in the test's hands: retries with backoff until the
// receiver answers (the same webhook-id each time, delivered once), a restart
// in the middle loses nothing, 3 days of failures end it, and a destination
// that keeps failing for a day is paused and audited.
class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    std::unique_ptr<server::Store> m_store;
    test::TestOrganisation m_org;
    server::Clock m_clock;

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    // A destination of the organisation at the receiver, its secret in the receiver's hands.
    Webhooks::Destination destination(const test::WebhookReceiver& receiver)
    {
        Webhooks::Destination added;
        QString error;
        const bool ok = Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                                      {QStringLiteral("CRM"), receiver.url(), {QStringLiteral("rule.fired")}, {}},
                                      nullptr, &added, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        receiver.setSecrets({added.secret});
        return added;
    }

    QString queueTest(const Webhooks::Destination& d, qint64 at)
    {
        QString id;
        const QByteArray payload = Webhooks::testEvent(d, at, &id);
        QString error;
        if (!WebhookOutbox::queue(m_store->connection(), at, m_org.orgId, d.id, id, QStringLiteral("webhook.test"),
                                  payload, &error))
            qWarning("%s", qPrintable(error));
        return id;
    }

    WebhookOutbox::Delivery delivery(const Webhooks::Destination& d, const QString& id)
    {
        QList<WebhookOutbox::Delivery> all;
        QString error;
        WebhookOutbox::recent(m_store->connection(), m_org.orgId, d.id, 1000, &all, &error);
        for (const WebhookOutbox::Delivery& x : std::as_const(all)) {
            if (x.id == id)
                return x;
        }
        return {};
    }

    static server::WebhookSender::Settings settings(const test::WebhookReceiver& receiver)
    {
        return {true, receiver.caFile(), 10'000};
    }

    // A colleague of the organisation: u-anna, anna@shop.example.
    void addAnna()
    {
        QString error;
        QSqlQuery user(m_store->connection());
        QVERIFY2(server::Sql::exec(user,
                                   QStringLiteral("INSERT INTO users (id, org_id, email, role, password_hash, "
                                                  "created_at) VALUES ('u-anna', ?, 'anna@shop.example', 'sales', "
                                                  "'-', 0)"),
                                   {m_org.orgId}, &error),
                 qPrintable(error));
    }

    // Two companies visit (Acme in Utrecht, Beta in Rotterdam), two pages each
    // from `start`; at start + 5 s a colleague (u-anna) annotates both.
    void happen(qint64 start)
    {
        QString error;
        server::VisitRecorder::Site site;
        bool found = false;
        QVERIFY(server::VisitRecorder(*m_store).findSite(m_org.siteId, &site, &found, &error) && found);
        const server::IpRangeIndex::Range acme{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000001"), {}};
        const server::IpRangeIndex::Range beta{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000002"), {}};
        std::vector<server::Hit> hits(4);
        std::vector<server::VisitRecorder::Input> inputs;
        for (int i = 0; i < 4; ++i) {
            hits[size_t(i)].host = QStringLiteral("shop.example");
            hits[size_t(i)].path = i % 2 == 0 ? QStringLiteral("/") : QStringLiteral("/pricing");
            hits[size_t(i)].visitorId = QByteArray(32, i < 2 ? 'a' : 'b');
            hits[size_t(i)].sessionId = QByteArray(32, i < 2 ? 'c' : 'd');
            inputs.push_back({site, &hits[size_t(i)], i < 2 ? &acme : &beta, start + i * 1000, false, false});
        }
        QList<server::VisitRecorder::Input*> pointers;
        for (server::VisitRecorder::Input& input : inputs)
            pointers.append(&input);
        {
            QSqlDatabase db = m_store->connection();
            server::Sql::Transaction transaction(db);
            QVERIFY2(server::VisitRecorder(*m_store).recordBatch(db, pointers, &error) && transaction.commit(&error),
                     qPrintable(error));
        }
        // A colleague notes something on each.
        for (const QString& company : {acme.companyId, beta.companyId}) {
            server::Annotations::Annotation note{
                company, {QStringLiteral("hot")}, QStringLiteral("Call back"), QStringLiteral("contacted"), {}};
            QVERIFY2(server::Annotations::put(
                         m_store->connection(), start + 5000, m_org.orgId, QStringLiteral("u-anna"), note,
                         server::Annotations::payload(note, start + 5000, QStringLiteral("u-anna")), &error),
                     qPrintable(error));
        }
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        const QString db =
            store == QLatin1String("postgresql")
                ? test::TestPostgres::createDatabase(&error)
                : QStringLiteral("sqlite:") +
                      m_files.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QString output;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("init"), QStringLiteral("--db"), db}, &output, &error),
                 qPrintable(error));
        QVERIFY2(test::TestOrganisation::create(
                     db, m_files.path(), QStringLiteral("Shop B.V."), QStringLiteral("shop.example"),
                     "30000001,Acme B.V.,,Besloten Vennootschap,2599,Metaal,50-99,Weg 1,3542 "
                     "AD,Utrecht,NL,https://www.acme.example,,\n"
                     "30000002,Beta B.V.,,Besloten Vennootschap,4941,Vervoer,20-49,Haven 1,3011 AA,Rotterdam,NL,,,\n",
                     "203.0.113.0,203.0.113.255,30000001,company,Acme\n", &m_org, &error),
                 qPrintable(error));
        const auto url = server::DatabaseUrl::parse(db, &error);
        QVERIFY2(url, qPrintable(error));
        m_store = std::make_unique<server::Store>(*url);
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }

    void cleanup()
    {
        if (m_store)
            m_store->closeThreadConnection();
        m_store.reset();
    }

    // What a destination is told comes from what happened: a company's first
    // visit, a colleague's note, a visit that ended 30 minutes after its last
    // page — only for the companies its filter takes (here: in Utrecht), with
    // the company and the visit and nothing about the visitor.
    void eventsFollowWhatHappenedThroughTheFilter()
    {
        test::WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        Webhooks::Destination d;
        QVERIFY2(Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                               {QStringLiteral("CRM"), receiver.url(), Webhooks::eventTypes(),
                                QJsonObject{{QStringLiteral("city"), QStringLiteral("Utrecht")}}},
                               nullptr, &d, &error),
                 qPrintable(error));
        // A second destination of the organisation, for every company (the log is read once for both).
        Webhooks::Destination all;
        QVERIFY2(
            Webhooks::add(
                m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                {QStringLiteral("Everything"), receiver.url() + QStringLiteral("/all"), Webhooks::eventTypes(), {}},
                nullptr, &all, &error),
            qPrintable(error));
        receiver.setSecrets({d.secret, all.secret});
        const qint64 start = now();
        happen(start);
        if (QTest::currentTestFailed())
            return;
        WebhookWorker worker(*m_store, m_clock, settings(receiver));
        WebhookWorker::Report report;
        QVERIFY2(worker.runOnce(start + 10'000, &report, &error), qPrintable(error));
        QCOMPARE(report.delivered, 2 + 4);
        // The visits end 30 minutes after their last page; the next look (at most once a minute) tells.
        QVERIFY2(worker.runOnce(start + 32 * 60'000, &report, &error), qPrintable(error));
        QCOMPARE(report.delivered, 3 + 6);
        QVERIFY(worker.runOnce(start + 40 * 60'000, &report, &error));
        QCOMPARE(report.delivered, 3 + 6); // once
        QStringList types;
        int toAll = 0;
        for (const QJsonObject& request : receiver.received()) {
            if (request.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/all"))) {
                ++toAll;
                QVERIFY(request.value(QStringLiteral("valid")).toBool());
                continue;
            }
            QVERIFY(request.value(QStringLiteral("valid")).toBool());
            const QJsonObject body = request.value(QStringLiteral("body")).toObject();
            types << body.value(QStringLiteral("type")).toString();
            const QJsonObject data = body.value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("company")).toObject().value(QStringLiteral("city")).toString(),
                     QStringLiteral("Utrecht"));
            const QString raw = request.value(QStringLiteral("raw")).toString();
            QVERIFY2(!raw.contains(QStringLiteral("aaaaaaaa")) && !raw.contains(QStringLiteral("cccccccc")) &&
                         !raw.contains(QStringLiteral("visitor_key")),
                     qPrintable(raw));
            if (types.last() == QLatin1String("company.annotated")) {
                QCOMPARE(data.value(QStringLiteral("by")).toString(), QStringLiteral("u-anna"));
                QCOMPARE(data.value(QStringLiteral("changes"))
                             .toObject()
                             .value(QStringLiteral("status"))
                             .toObject()
                             .value(QStringLiteral("to")),
                         QJsonValue(QStringLiteral("contacted")));
            }
            if (types.last() == QLatin1String("visit.finished")) {
                const QJsonObject visit = data.value(QStringLiteral("visit")).toObject();
                QCOMPARE(visit.value(QStringLiteral("pageviews")).toInt(), 2);
                QCOMPARE(visit.value(QStringLiteral("pages")).toArray().size(), 2);
            }
        }
        QCOMPARE(types, (QStringList{QStringLiteral("company.new"), QStringLiteral("company.annotated"),
                                     QStringLiteral("visit.finished")}));
        // As docs/openapi.yaml describes them (its `webhooks`).
        QJsonArray bodies;
        for (const QJsonObject& request : receiver.received())
            bodies.append(request.value(QStringLiteral("body")));
        QString checked;
        QVERIFY2(test::OpenApiCheck::run(QStringLiteral("events"), bodies, &checked) == 0, qPrintable(checked));
        QCOMPARE(toAll, 6); // both companies, three events each
    }

    // Slack and Teams destinations get messages people read in a channel, not
    // the event: the company, what happened and who did it (by name, in the
    // destination's language), the visit's pages, a link that opens the
    // company in Leadscope — Block Kit for Slack, an Adaptive Card for Teams,
    // still signed (a receiver may check) and still nothing about the visitor.
    void slackAndTeamsGetMessagesPeopleRead()
    {
        test::WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        addAnna();
        if (QTest::currentTestFailed())
            return;
        const QJsonObject utrecht{{QStringLiteral("city"), QStringLiteral("Utrecht")}};
        Webhooks::Destination slack, teams, dutch;
        QVERIFY2(Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                               {QStringLiteral("Sales channel"), receiver.url() + QStringLiteral("/slack"),
                                Webhooks::eventTypes(), utrecht, QStringLiteral("slack")},
                               nullptr, &slack, &error),
                 qPrintable(error));
        QVERIFY2(Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                               {QStringLiteral("Teams"), receiver.url() + QStringLiteral("/teams"),
                                Webhooks::eventTypes(), utrecht, QStringLiteral("teams")},
                               nullptr, &teams, &error),
                 qPrintable(error));
        QVERIFY2(Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                               {QStringLiteral("Verkoop"),
                                receiver.url() + QStringLiteral("/dutch"),
                                {QStringLiteral("company.annotated")},
                                utrecht,
                                QStringLiteral("slack"),
                                QStringLiteral("nl")},
                               nullptr, &dutch, &error),
                 qPrintable(error));
        receiver.setSecrets({slack.secret, teams.secret, dutch.secret});
        const qint64 start = now();
        happen(start);
        if (QTest::currentTestFailed())
            return;
        WebhookWorker worker(*m_store, m_clock, settings(receiver));
        WebhookWorker::Report report;
        QVERIFY2(worker.runOnce(start + 10'000, &report, &error), qPrintable(error));
        QVERIFY2(worker.runOnce(start + 32 * 60'000, &report, &error), qPrintable(error));
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.delivered, 3 + 3 + 1); // new company, annotated, visit finished (Acme only); Dutch: annotated

        QHash<QString, QStringList> texts; // path → what each message says, in order
        for (const QJsonObject& request : receiver.received()) {
            QVERIFY(request.value(QStringLiteral("valid")).toBool());
            const QString raw = request.value(QStringLiteral("raw")).toString();
            QVERIFY2(!raw.contains(QStringLiteral("aaaaaaaa")) && !raw.contains(QStringLiteral("cccccccc")),
                     qPrintable(raw));
            QVERIFY2(!raw.contains(QStringLiteral("Beta B.V.")), "the filter takes Utrecht only");
            const QJsonObject body = request.value(QStringLiteral("body")).toObject();
            const QString path = request.value(QStringLiteral("path")).toString().section(u'/', -1);
            if (path == QLatin1String("teams")) {
                QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
                const QJsonObject attachment = body.value(QStringLiteral("attachments")).toArray().at(0).toObject();
                QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(),
                         QStringLiteral("application/vnd.microsoft.card.adaptive"));
                const QJsonObject card = attachment.value(QStringLiteral("content")).toObject();
                QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
                const QJsonObject open = card.value(QStringLiteral("actions")).toArray().at(0).toObject();
                QCOMPARE(open.value(QStringLiteral("type")).toString(), QStringLiteral("Action.OpenUrl"));
                QCOMPARE(open.value(QStringLiteral("url")).toString(),
                         QStringLiteral("leadscope://company/kvk-30000001"));
                QStringList lines;
                for (const QJsonValue& block : card.value(QStringLiteral("body")).toArray()) {
                    QCOMPARE(block.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextBlock"));
                    lines << block.toObject().value(QStringLiteral("text")).toString();
                }
                QCOMPARE(lines.first(), QStringLiteral("Acme B.V."));
                texts[path] << lines.join(u'\n');
            } else {
                const QJsonArray blocks = body.value(QStringLiteral("blocks")).toArray();
                QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));
                QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")),
                         QJsonValue(QStringLiteral("Acme B.V.")));
                QVERIFY(body.value(QStringLiteral("text")).toString().startsWith(QLatin1String("Acme B.V.: ")));
                QStringList lines;
                for (qsizetype i = 1; i < blocks.size(); ++i) {
                    const QJsonObject b = blocks.at(i).toObject();
                    lines << (b.contains(QStringLiteral("text"))
                                  ? b.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString()
                                  : b.value(QStringLiteral("elements"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("text"))
                                        .toString());
                }
                QVERIFY2(lines.last().contains(QLatin1String("<leadscope://company/kvk-30000001|")),
                         qPrintable(lines.last()));
                texts[path] << lines.join(u'\n');
            }
        }
        for (const QString& path : {QStringLiteral("slack"), QStringLiteral("teams")}) {
            const QStringList& said = texts[path];
            QCOMPARE(said.size(), 3);
            QVERIFY2(said[0].contains(QLatin1String("Visited your website for the first time.")), qPrintable(said[0]));
            QVERIFY2(said[0].contains(QStringLiteral("Utrecht · Metaal · 50-99 employees")), qPrintable(said[0]));
            QVERIFY2(said[1].contains(QStringLiteral("anna@shop.example changed this company: status new → contacted; "
                                                     "tags hot; note changed.")),
                     qPrintable(said[1]));
            QVERIFY2(said[2].contains(QLatin1String("A visit ended.")) && said[2].contains(QLatin1String("/pricing")) &&
                         said[2].contains(QStringLiteral("shop.example · 2 pages")),
                     qPrintable(said[2]));
        }
        // In Dutch for the Dutch channel.
        QCOMPARE(texts[QStringLiteral("dutch")].size(), 1);
        QVERIFY2(
            texts[QStringLiteral("dutch")][0].contains(QLatin1String("anna@shop.example heeft dit bedrijf gewijzigd")),
            qPrintable(texts[QStringLiteral("dutch")][0]));
    }

    // A rule's firing says which rule, why it fired and what it did, with the
    // assignee by name; Slack's markup characters in names are escaped.
    void ruleFiredMessageSaysWhyAndWhatTheRuleDid()
    {
        // (Single quotes for readability; moc does not read raw string literals.)
        const QByteArray event =
            QByteArray("{'type':'rule.fired','timestamp':'2026-12-06T09:14:03.120+00:00','version':1,'data':{'rule':{'i"
                       "d':'r-1','name':'Pricing & plans'},'why':{'page':'/prijzen','pages':3},'did':{'tags_added':['pr"
                       "icing'],'assigned_to':'u-anna'},'company':{'id':'kvk-1','name':'Acme <Industrie> B.V.','city':'"
                       "Utrecht','size_band':'50-99','link':'leadscope://company/kvk-1'},'visit':{'website':'shop.examp"
                       "le','pageviews':12,'seconds':212,'source':'search','pages':[{'path':'/','seconds':40},{'path':'"
                       "/prijzen','seconds':130},{'path':'/a'},{'path':'/b'},{'path':'/c'},{'path':'/d'},{'path':'/e'},"
                       "{'path':'/f'},{'path':'/g'},{'path':'/h'},{'path':'/i'},{'path':'/j'}]}}}")
                .replace('\'', '"');
        server::ServerTranslations translations;
        const server::ChatMessage english(translations.forLanguage(QStringLiteral("en")), QStringLiteral("en"),
                                          {{QStringLiteral("u-anna"), QStringLiteral("anna@shop.example")}});
        const QJsonObject slack = QJsonDocument::fromJson(english.compose(QStringLiteral("slack"), event)).object();
        const QJsonArray blocks = slack.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("Acme <Industrie> B.V."))); // plain text
        const QString section =
            blocks.at(1).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(section.contains(QStringLiteral("Rule “Pricing &amp; plans” fired: visited /prijzen, 3 pages.")),
                 qPrintable(section));
        QVERIFY2(section.contains(QLatin1String("The rule tagged pricing, assigned to anna@shop.example.")),
                 qPrintable(section));
        const QString pages =
            blocks.at(2).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(pages.contains(QStringLiteral("• /prijzen — 2 min")) && pages.contains(QLatin1String("and 2 more")) &&
                     !pages.contains(QLatin1String("/i ")),
                 qPrintable(pages));
        const QString context = blocks.at(3)
                                    .toObject()
                                    .value(QStringLiteral("elements"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("text"))
                                    .toString();
        QVERIFY2(context.startsWith(QStringLiteral("shop.example · 12 pages · 4 min · via search")),
                 qPrintable(context));
        // Not an event: nothing to send.
        QVERIFY(english.compose(QStringLiteral("slack"), "not json").isEmpty());
        QVERIFY(english.compose(QStringLiteral("webhook"), event).isEmpty());
    }

    // One event for three destinations is kept once (the rows the outbox
    // updates stay small); each destination's delivery reads it back. A month
    // after, the daily purge removes what was delivered and the body with it,
    // but never the body of a delivery still waiting.
    void keepsEachBodyOnceAndAMonthOfDeliveries()
    {
        QString error;
        QSqlDatabase db = m_store->connection();
        QList<Webhooks::Destination> hooks(3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(Webhooks::add(db, now(), m_org.orgId, QStringLiteral("admin"),
                                   {QStringLiteral("D%1").arg(i),
                                    QStringLiteral("https://crm.example/%1").arg(i),
                                    {QStringLiteral("rule.fired")},
                                    {}},
                                   nullptr, &hooks[i], &error),
                     qPrintable(error));
        const qint64 start = now();
        const QByteArray body = "{\"type\":\"rule.fired\",\"data\":{\"company\":{\"id\":\"kvk-30000001\"}}}";
        for (int i = 0; i < 3; ++i)
            QVERIFY2(WebhookOutbox::queue(db, start, m_org.orgId, hooks[i].id, QStringLiteral("msg_%1").arg(i),
                                          QStringLiteral("rule.fired"), body, &error),
                     qPrintable(error));
        const QByteArray waiting = "{\"type\":\"rule.fired\",\"data\":{\"company\":{\"id\":\"kvk-30000002\"}}}";
        QVERIFY(WebhookOutbox::queue(db, start, m_org.orgId, hooks[0].id, QStringLiteral("msg_waiting"),
                                     QStringLiteral("rule.fired"), waiting, &error));
        const auto count = [&](const char* sql) {
            QVariantList row;
            bool found = false;
            server::Sql::fetchOne(db, QString::fromLatin1(sql), {}, &row, &found, &error);
            return row.value(0).toInt();
        };
        QCOMPARE(count("SELECT count(*) FROM webhook_payloads"), 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(delivery(hooks[i], QStringLiteral("msg_%1").arg(i)).payload, body);
            QVERIFY(WebhookOutbox::markDelivered(db, start + 1000, QStringLiteral("msg_%1").arg(i), 200, 5, &error));
        }
        int removed = 0;
        QVERIFY(WebhookOutbox::expire(db, start + 29LL * 24 * 3600 * 1000, &removed, &error));
        QCOMPARE(removed, 0);
        QCOMPARE(count("SELECT count(*) FROM webhook_payloads"), 2);
        QVERIFY2(WebhookOutbox::expire(db, start + 31LL * 24 * 3600 * 1000, &removed, &error), qPrintable(error));
        QCOMPARE(removed, 3);
        QCOMPARE(count("SELECT count(*) FROM webhook_payloads"), 1); // the waiting one's
        QCOMPARE(delivery(hooks[0], QStringLiteral("msg_waiting")).payload, waiting);
    }

    // A HubSpot destination, against a stand-in that checks each request as
    // HubSpot documents it: the token is kept sealed with the operator's key;
    // the registry number property is made once; Acme is matched to the
    // company HubSpot already had under its domain (written differently) and
    // gets its registry number and the assigned colleague's HubSpot owner;
    // Beta, unknown there, is created; each finished visit becomes one note
    // on its company — once, even after HubSpot's 429 (waited out exactly as
    // long as Retry-After said, not counted as failing) and a redelivery.
    // Without the key nothing is sent.
    void hubSpotUpsertsCompaniesAndNotesVisits()
    {
        QString error;
        addAnna();
        if (QTest::currentTestFailed())
            return;
        test::HubSpotStandIn hubspot;
        test::HubSpotStandIn::Options account;
        const auto company = [](const char* id, const char* name, const char* domain) {
            return QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                                           {QStringLiteral("domain"), QString::fromLatin1(domain)}}}};
        };
        account.companies = {company("501", "ACME Nederland", "acme.example"),
                             company("502", "Other", "other.example")};
        account.owners = {QJsonObject{{QStringLiteral("id"), QStringLiteral("77")},
                                      {QStringLiteral("email"), QStringLiteral("Anna@Shop.example")},
                                      {QStringLiteral("firstName"), QStringLiteral("Anna")}}};
        account.limitNotes = 1;
        QVERIFY2(hubspot.start(&error, account), qPrintable(error));
        const server::SecretBox key(protocol::SecretBytes(protocol::Crypto::randomBytes(32)));

        Webhooks::Draft draft{
            QStringLiteral("HubSpot"), hubspot.url(), Webhooks::eventTypes(), {}, QStringLiteral("hubspot")};
        // Not kept without the operator's key.
        draft.token = protocol::SecretBytes(hubspot.token().toUtf8());
        Webhooks::Destination d;
        QVERIFY(!Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"), draft, nullptr, &d,
                               &error));
        QVERIFY2(error.contains(QLatin1String("--secrets-key")), qPrintable(error));
        draft.token = protocol::SecretBytes(hubspot.token().toUtf8());
        QVERIFY2(
            Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"), draft, &key, &d, &error),
            qPrintable(error));
        // Sealed at rest: not the token, not even in the store's file.
        QVariantList stored;
        bool found = false;
        QVERIFY(server::Sql::fetchOne(m_store->connection(),
                                      QStringLiteral("SELECT credential FROM webhooks WHERE id = ?"), {d.id}, &stored,
                                      &found, &error) &&
                found);
        QVERIFY2(stored.value(0).toString().startsWith(QLatin1String("lsk1.")), qPrintable(stored.value(0).toString()));
        QVERIFY(!stored.value(0).toString().contains(hubspot.token()));
        QVERIFY(!d.toJson().contains(QStringLiteral("token")));
        QCOMPARE(d.toJson().value(QStringLiteral("token_hint")).toString(), QChar(0x2026) + hubspot.token().right(4));

        const qint64 start = now();
        happen(start);
        if (QTest::currentTestFailed())
            return;
        server::Annotations::Annotation assigned{QStringLiteral("kvk-30000001"),
                                                 {QStringLiteral("hot")},
                                                 QStringLiteral("Call back"),
                                                 QStringLiteral("contacted"),
                                                 QStringLiteral("u-anna")};
        QVERIFY2(server::Annotations::put(
                     m_store->connection(), start + 6000, m_org.orgId, QStringLiteral("u-anna"), assigned,
                     server::Annotations::payload(assigned, start + 6000, QStringLiteral("u-anna")), &error),
                 qPrintable(error));

        // Without the key (or with another one) a worker sends nothing at all.
        {
            WebhookWorker keyless(*m_store, m_clock, {true, hubspot.caFile(), 10'000});
            WebhookWorker::Report report;
            QVERIFY2(keyless.runOnce(start + 10'000, &report, &error), qPrintable(error));
            QCOMPARE(report.delivered, 0);
            QVERIFY(report.failed > 0);
            QCOMPARE(hubspot.requests().size(), 0);
            QList<WebhookOutbox::Delivery> tried;
            QVERIFY(WebhookOutbox::recent(m_store->connection(), m_org.orgId, d.id, 100, &tried, &error));
            QVERIFY(!tried.isEmpty());
            QVERIFY2(tried.first().lastError.contains(QLatin1String("--secrets-key")),
                     qPrintable(tried.first().lastError));
            const server::SecretBox other(protocol::SecretBytes(protocol::Crypto::randomBytes(32)));
            WebhookWorker wrongKey(*m_store, m_clock, {true, hubspot.caFile(), 10'000}, &other);
            QVERIFY2(wrongKey.runOnce(start + 20'000, &report, &error), qPrintable(error));
            QCOMPARE(hubspot.requests().size(), 0);
            QVERIFY(WebhookOutbox::recent(m_store->connection(), m_org.orgId, d.id, 100, &tried, &error));
            QVERIFY2(tried.first().lastError.contains(QLatin1String("another secrets key")),
                     qPrintable(tried.first().lastError));
            // What failed is tried again at once for the rest of the test.
            QSqlQuery again(m_store->connection());
            QVERIFY(server::Sql::exec(again, QStringLiteral("UPDATE webhook_deliveries SET next_at = 0, attempts = 0"),
                                      {}, &error));
        }

        WebhookWorker worker(*m_store, m_clock, {true, hubspot.caFile(), 10'000}, &key);
        WebhookWorker::Report report;
        QVERIFY2(worker.runOnce(start + 60'000, &report, &error), qPrintable(error));
        QCOMPARE(report.failed, 0);
        QJsonObject state = hubspot.state();
        const QJsonObject companies = state.value(QStringLiteral("companies")).toObject();
        QCOMPARE(companies.size(), 3); // Acme matched, Beta created, Other untouched
        const QJsonObject acme =
            companies.value(QStringLiteral("501")).toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(acme.value(QStringLiteral("leadscope_registry_number")).toString(), QStringLiteral("30000001"));
        QCOMPARE(acme.value(QStringLiteral("hubspot_owner_id")).toString(), QStringLiteral("77"));
        QCOMPARE(acme.value(QStringLiteral("name")).toString(), QStringLiteral("ACME Nederland")); // theirs, kept
        QJsonObject beta;
        for (const QJsonValue& c : companies) {
            const QJsonObject properties = c.toObject().value(QStringLiteral("properties")).toObject();
            if (properties.value(QStringLiteral("name")).toString() == QLatin1String("Beta B.V."))
                beta = c.toObject();
        }
        QVERIFY(!beta.isEmpty());
        const QJsonObject betaProperties = beta.value(QStringLiteral("properties")).toObject();
        QCOMPARE(betaProperties.value(QStringLiteral("leadscope_registry_number")).toString(),
                 QStringLiteral("30000002"));
        QCOMPARE(betaProperties.value(QStringLiteral("city")).toString(), QStringLiteral("Rotterdam"));
        QVERIFY(
            state.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("leadscope_registry_number")));
        QList<server::HubSpotCompanies::Mapping> mapped;
        QVERIFY(server::HubSpotCompanies::list(m_store->connection(), m_org.orgId, d.id, 100, &mapped, &error));
        QCOMPARE(mapped.size(), 2);
        QHash<QString, QString> how;
        for (const server::HubSpotCompanies::Mapping& m : std::as_const(mapped))
            how.insert(m.companyName, m.matchedBy + u'/' + m.hubspotId);
        QCOMPARE(how.value(QStringLiteral("Acme B.V.")), QStringLiteral("domain/501"));
        QCOMPARE(how.value(QStringLiteral("Beta B.V.")),
                 QStringLiteral("created/") + beta.value(QStringLiteral("id")).toString());

        // The visits end: HubSpot's first note creation answers 429 with Retry-After: 7.
        const qint64 ended = start + 32 * 60'000;
        QVERIFY2(worker.runOnce(ended, &report, &error), qPrintable(error));
        QList<WebhookOutbox::Delivery> deliveries;
        QVERIFY(WebhookOutbox::recent(m_store->connection(), m_org.orgId, d.id, 100, &deliveries, &error));
        int waiting = 0;
        for (const WebhookOutbox::Delivery& x : std::as_const(deliveries)) {
            if (x.event == QLatin1String("visit.finished")) {
                QCOMPARE(x.state, QStringLiteral("queued"));
                QCOMPARE(x.nextAt, ended + 7000); // as HubSpot asked, not a backoff
                ++waiting;
            }
        }
        QCOMPARE(waiting, 2); // the second waited without being tried
        Webhooks::Destination after;
        QVERIFY(Webhooks::find(m_store->connection(), m_org.orgId, d.id, &after, &found, &error) && found);
        QCOMPARE(after.failures, 0);
        QVERIFY2(worker.runOnce(ended + 7000, &report, &error), qPrintable(error));
        state = hubspot.state();
        QJsonObject notes = state.value(QStringLiteral("notes")).toObject();
        QCOMPARE(notes.size(), 2);
        QSet<QString> noted;
        for (const QJsonValue& n : std::as_const(notes)) {
            const QJsonObject note = n.toObject();
            const QString body =
                note.value(QStringLiteral("properties")).toObject().value(QStringLiteral("hs_note_body")).toString();
            QVERIFY2(body.contains(QLatin1String("/pricing")) && body.contains(QLatin1String("shop.example")),
                     qPrintable(body));
            QVERIFY2(!body.contains(QLatin1String("aaaaaaaa")) && !body.contains(QLatin1String("cccccccc")),
                     qPrintable(body));
            for (const QJsonValue& c : note.value(QStringLiteral("companies")).toArray())
                noted.insert(c.toString());
        }
        QCOMPARE(noted, (QSet<QString>{QStringLiteral("501"), beta.value(QStringLiteral("id")).toString()}));

        // Redelivered: the company is written again if it must be, the note is not made twice.
        QVERIFY(WebhookOutbox::recent(m_store->connection(), m_org.orgId, d.id, 100, &deliveries, &error));
        for (const WebhookOutbox::Delivery& x : std::as_const(deliveries)) {
            if (x.event == QLatin1String("visit.finished")) {
                QCOMPARE(x.state, QStringLiteral("delivered"));
                QVERIFY(!x.remoteId.isEmpty());
                QVERIFY(WebhookOutbox::redeliver(m_store->connection(), ended + 8000, m_org.orgId, d.id, x.id, &found,
                                                 &error) &&
                        found);
            }
        }
        WebhookWorker::Report redelivered;
        QVERIFY2(worker.runOnce(ended + 9000, &redelivered, &error), qPrintable(error));
        QCOMPARE(redelivered.delivered, 2);
        QCOMPARE(hubspot.state().value(QStringLiteral("notes")).toObject().size(), 2);
        QCOMPARE(hubspot.state().value(QStringLiteral("companies")).toObject().size(), 3);

        // Every request was as HubSpot documents it, with the token.
        const QList<QJsonObject> requests = hubspot.requests();
        QVERIFY(requests.size() >= 8);
        for (const QJsonObject& request : requests)
            QVERIFY2(request.value(QStringLiteral("problems")).toArray().isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))));
        // The property was made once, the company search asked once per company.
        int propertyMade = 0;
        int searched = 0;
        for (const QJsonObject& request : requests) {
            const QString what = request.value(QStringLiteral("method")).toString() + u' ' +
                                 request.value(QStringLiteral("path")).toString();
            propertyMade += what == QLatin1String("POST /crm/v3/properties/companies") ? 1 : 0;
            searched += what == QLatin1String("POST /crm/v3/objects/companies/search") ? 1 : 0;
        }
        QCOMPARE(propertyMade, 1);
        QCOMPARE(searched, 2);
    }

    // A receiver that fails five times, then answers: six attempts, each
    // later than the last, all with the same webhook-id and a signature that
    // verifies; the delivery ends delivered once. The worker is replaced
    // after the third failure (a restart): the store holds where it was.
    void retriesUntilTheReceiverAnswersAcrossARestart()
    {
        test::WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(&error, 5), qPrintable(error));
        const Webhooks::Destination d = destination(receiver);
        qint64 at = now();
        const QString id = queueTest(d, at);
        auto worker = std::make_unique<WebhookWorker>(*m_store, m_clock, settings(receiver));
        QList<qint64> waits;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            if (attempt == 4)
                worker = std::make_unique<WebhookWorker>(*m_store, m_clock, settings(receiver)); // a restart
            WebhookWorker::Report report;
            QVERIFY2(worker->runOnce(at, &report, &error), qPrintable(error));
            const WebhookOutbox::Delivery now = delivery(d, id);
            QCOMPARE(now.attempts, attempt);
            if (attempt < 6) {
                QCOMPARE(report.failed, 1);
                QCOMPARE(now.state, QStringLiteral("queued"));
                QCOMPARE(now.status, 503);
                // Nothing goes before its time.
                WebhookWorker::Report early;
                QVERIFY(worker->runOnce(now.nextAt - 1, &early, &error));
                QCOMPARE(early.failed + early.delivered, 0);
                waits << now.nextAt - at;
                at = now.nextAt;
            } else {
                QCOMPARE(report.delivered, 1);
                QCOMPARE(now.state, QStringLiteral("delivered"));
                QCOMPARE(now.status, 200);
            }
        }
        for (qsizetype i = 1; i < waits.size(); ++i)
            QVERIFY2(waits[i] > waits[i - 1], "each wait is longer than the one before");
        QVERIFY(waits.first() >= 4'000 && waits.first() <= 6'000); // 5 s ± 20 %
        const QList<QJsonObject> requests = receiver.received();
        QCOMPARE(requests.size(), 6);
        for (const QJsonObject& request : requests) {
            QCOMPARE(request.value(QStringLiteral("id")).toString(), id);
            QVERIFY(request.value(QStringLiteral("valid")).toBool());
            QCOMPARE(request.value(QStringLiteral("body")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("webhook.test"));
        }
        // Delivered: nothing more goes out.
        WebhookWorker::Report later;
        QVERIFY(worker->runOnce(at + 24LL * 3'600'000, &later, &error));
        QCOMPARE(later.delivered + later.failed, 0);
        QCOMPARE(receiver.received().size(), 6);
    }

    // A receiver that never answers well: after 3 days the delivery has
    // failed for good; a destination failing at least 20 times in a row for
    // more than a day is paused (and audited), and then nothing is claimed
    // for it until an admin resumes it.
    void givesUpAfterThreeDaysAndPausesWhatKeepsFailing()
    {
        test::WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(&error, 1'000'000), qPrintable(error));
        const Webhooks::Destination d = destination(receiver);
        // Who is told when it is paused: the admins who can sign in, nobody else.
        const QList<std::tuple<QString, QString, int>> users{{QStringLiteral("u-admin"), QStringLiteral("admin"), 0},
                                                             {QStringLiteral("u-sales"), QStringLiteral("sales"), 0},
                                                             {QStringLiteral("u-gone"), QStringLiteral("admin"), 1}};
        for (const auto& [id, role, disabled] : users) {
            QSqlQuery insert(m_store->connection());
            QVERIFY2(server::Sql::exec(insert,
                                       QStringLiteral("INSERT INTO users (id, org_id, email, role, disabled, "
                                                      "password_hash, created_at) VALUES (?, ?, ?, ?, ?, '-', 0)"),
                                       {id, m_org.orgId, QString(id + QStringLiteral("@shop.example")), role, disabled},
                                       &error),
                     qPrintable(error));
        }
        WebhookWorker worker(*m_store, m_clock, settings(receiver));
        const qint64 start = now();
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << queueTest(d, start);
        WebhookWorker::Report first;
        QVERIFY2(worker.runOnce(start, &first, &error), qPrintable(error));
        QCOMPARE(first.failed, 20);
        QCOMPARE(first.paused, 0); // 20 failures, but all of them now
        Webhooks::Destination read;
        bool found = false;
        QVERIFY(Webhooks::find(m_store->connection(), m_org.orgId, d.id, &read, &found, &error) && found);
        QCOMPARE(read.failures, 20);
        QCOMPARE(read.pausedAt, 0);

        // A day later the next failure pauses it.
        const qint64 dayLater = start + 25LL * 3'600'000;
        WebhookWorker::Report second;
        QVERIFY2(worker.runOnce(dayLater, &second, &error), qPrintable(error));
        QCOMPARE(second.paused, 1);
        QCOMPARE(second.failed, 20); // (this round's went out; from now on none does)
        QVERIFY(Webhooks::find(m_store->connection(), m_org.orgId, d.id, &read, &found, &error) && found);
        QVERIFY(read.pausedAt > 0);
        QVERIFY(read.pausedReason.contains(QStringLiteral("20 failed attempts")));
        QVariantList row;
        QVERIFY(server::Sql::fetchOne(m_store->connection(),
                                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'webhook_paused'"),
                                      {}, &row, &found, &error));
        QCOMPARE(row.value(0).toInt(), 1);
        // The admins are told by e-mail, in their language, with what the receiver said and what to do.
        QSqlQuery notices(m_store->connection());
        QVERIFY2(server::Sql::exec(notices,
                                   QStringLiteral("SELECT o.id, o.org_id, o.user_id, u.email, o.kind, o.ref FROM "
                                                  "mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.kind = "
                                                  "'webhook_paused'"),
                                   {}, &error),
                 qPrintable(error));
        QList<server::MailOutbox::Message> told;
        while (notices.next()) {
            server::MailOutbox::Message message;
            message.id = notices.value(0).toLongLong();
            message.orgId = notices.value(1).toString();
            message.userId = notices.value(2).toString();
            message.email = notices.value(3).toString();
            message.kind = notices.value(4).toString();
            message.ref = notices.value(5).toString();
            told.append(message);
        }
        QStringList toldWhom;
        for (const server::MailOutbox::Message& message : std::as_const(told))
            toldWhom << message.userId;
        QStringList admins{m_org.admin.id, QStringLiteral("u-admin")};
        toldWhom.sort();
        admins.sort();
        QCOMPARE(toldWhom, admins);
        server::ServerTranslations translations;
        server::AlertPreferences::Prefs reader;
        const server::MailComposer composer(translations.forLanguage(reader.language), reader);
        server::MailComposer::Mail mail;
        QCOMPARE(composer.compose(m_store->connection(), told[0], &mail, &error), server::MailComposer::Outcome::Ready);
        QCOMPARE(mail.subject, QStringLiteral("Leadscope stopped sending to “CRM”"));
        QVERIFY2(mail.text.contains(QLatin1String("(127.0.0.1) has been paused")) &&
                     mail.text.contains(QLatin1String("HTTP 503")) &&
                     mail.text.contains(QStringLiteral("Administration → Integrations → Resume")),
                 qPrintable(mail.text));
        const int requestsWhenPaused = int(receiver.received().size());
        WebhookWorker::Report paused;
        QVERIFY(worker.runOnce(dayLater + 3'600'000, &paused, &error));
        QCOMPARE(paused.failed + paused.delivered, 0);
        QCOMPARE(receiver.received().size(), requestsWhenPaused);

        // Resumed, it is tried again (and a notice not yet sent is no longer true: it is not sent);
        // three days after its event, a delivery has failed for good.
        QVERIFY(Webhooks::setPaused(m_store->connection(), dayLater, m_org.orgId, d.id, false, {}, &found, &error));
        QCOMPARE(composer.compose(m_store->connection(), told[0], &mail, &error),
                 server::MailComposer::Outcome::Nothing);
        for (qint64 at = dayLater; at <= start + 4LL * 24 * 3'600'000; at += 3'600'000) {
            WebhookWorker::Report report;
            QVERIFY2(worker.runOnce(at, &report, &error), qPrintable(error));
            QVERIFY(Webhooks::setPaused(m_store->connection(), at, m_org.orgId, d.id, false, {}, &found, &error));
        }
        const WebhookOutbox::Delivery last = delivery(d, ids.first());
        QCOMPARE(last.state, QStringLiteral("failed"));
        QVERIFY(last.attempts >= 5);
        QVERIFY(last.lastError.contains(QStringLiteral("503")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "TestWebhookDelivery.moc"
