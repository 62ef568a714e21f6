#include "server/base/Clock.h"
#include "server/domain/Annotations.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/integrations/WebhookWorker.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/VisitRecorder.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"
#include "tests/support/TestPostgres.h"
#include "tests/support/WebhookReceiver.h"

#include <QDateTime>
#include <QJsonArray>
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
        const bool ok =
            Webhooks::add(m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                          {QStringLiteral("CRM"), receiver.url(), {QStringLiteral("rule.fired")}, {}}, &added, &error);
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

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

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
                     "30000001,Acme B.V.,,Besloten Vennootschap,2599,Metaal,50-99,Weg 1,3542 AD,Utrecht,NL,,,\n"
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
                               &d, &error),
                 qPrintable(error));
        // A second destination of the organisation, for every company (the log is read once for both).
        Webhooks::Destination all;
        QVERIFY2(
            Webhooks::add(
                m_store->connection(), now(), m_org.orgId, QStringLiteral("admin"),
                {QStringLiteral("Everything"), receiver.url() + QStringLiteral("/all"), Webhooks::eventTypes(), {}},
                &all, &error),
            qPrintable(error));
        receiver.setSecrets({d.secret, all.secret});
        // Two companies visit (Acme in Utrecht, Beta in Rotterdam), two pages each.
        server::VisitRecorder::Site site;
        bool found = false;
        QVERIFY(server::VisitRecorder(*m_store).findSite(m_org.siteId, &site, &found, &error) && found);
        const server::IpRangeIndex::Range acme{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000001"), {}};
        const server::IpRangeIndex::Range beta{{}, {}, server::RangeKind::Company, QStringLiteral("kvk-30000002"), {}};
        const qint64 start = now();
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
        QCOMPARE(toAll, 6); // both companies, three events each
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
        const int requestsWhenPaused = int(receiver.received().size());
        WebhookWorker::Report paused;
        QVERIFY(worker.runOnce(dayLater + 3'600'000, &paused, &error));
        QCOMPARE(paused.failed + paused.delivered, 0);
        QCOMPARE(receiver.received().size(), requestsWhenPaused);

        // Resumed, it is tried again; three days after its event, a delivery has failed for good.
        QVERIFY(Webhooks::setPaused(m_store->connection(), dayLater, m_org.orgId, d.id, false, {}, &found, &error));
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
