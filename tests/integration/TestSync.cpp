#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/cache/Cache.h"
#include "core/query/CompanyQuery.h"
#include "core/sync/AnnotationOutbox.h"
#include "core/sync/ChangeApplier.h"
#include "core/sync/OlderVisits.h"
#include "core/sync/SyncEngine.h"
#include "protocol/Base32.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/DemoServer.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace leadscope;
using core::SyncEngine;

// The client's sync against a real server over HTTPS, on both stores: full
// and incremental sync, 451 before the DPA, annotations, tombstones from the
// retention purge, and a 410 full resync — each time the cache ends with
// exactly the server's rows.
class TestSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DemoServer> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::CredentialStore> m_keychain;
    std::unique_ptr<core::Session> m_session;
    QByteArray m_key = protocol::Crypto::randomBytes(32);

    QString cachePath(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    SyncEngine::Result sync(const char* cache, int limit = 500, QList<qint64>* remaining = nullptr,
                            const QDate& window = {})
    {
        SyncEngine engine(m_session.get(), cachePath(cache), protocol::SecretBytes(m_key));
        engine.setPageLimit(limit);
        engine.setWindowStart(window);
        if (remaining)
            connect(&engine, &SyncEngine::progress, this,
                    [remaining](int, qint64, qint64 left) { remaining->append(left); });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        if (!finished.wait(120'000))
            return {};
        return finished.first().first().value<SyncEngine::Result>();
    }

    // A failure on either side gives a value the other side never gives
    // (server -2, cache -1): two broken reads never compare equal.
    qint64 serverCount(const QString& sql)
    {
        const QStringList rows = serverRows(sql);
        bool ok = false;
        const qint64 n = rows.size() == 1 ? rows.first().toLongLong(&ok) : -2;
        return ok ? n : -2;
    }

    qint64 cacheCount(const char* cache, const char* sql)
    {
        const QStringList rows = cacheRows(cache, sql);
        bool ok = false;
        const qint64 n = rows.size() == 1 ? rows.first().toLongLong(&ok) : -1;
        return ok ? n : -1;
    }

    // Every row of a query on the server's store, read directly (not through
    // the API the client syncs from), columns joined by '|', sorted here (the
    // two databases collate text differently). {"<error>"} when it fails.
    QStringList serverRows(const QString& sql)
    {
        QString error;
        server::Store store(*server::DatabaseUrl::parse(m_demo->process().dbUrl(), &error));
        if (!store.open(&error))
            return {QStringLiteral("<server error> ") + error};
        QStringList rows;
        {
            QSqlQuery query(store.connection());
            if (!server::Sql::exec(query, sql, {}, &error))
                rows = {QStringLiteral("<server error> ") + error};
            while (query.next()) {
                QStringList columns;
                for (int i = 0; i < query.record().count(); ++i)
                    columns << query.value(i).toString();
                rows << columns.join(u'|');
            }
        }
        store.closeThreadConnection();
        rows.sort();
        return rows;
    }

    QStringList cacheRows(const char* cache, const char* sql)
    {
        core::Cache::OpenResult result;
        auto opened = core::Cache::open(cachePath(cache), m_key, &result);
        if (!opened)
            return {QStringLiteral("<cache error> ") + result.message};
        QString error;
        core::SqliteStatement query = opened->db().prepare(QString::fromLatin1(sql), &error);
        if (!query.isValid())
            return {QStringLiteral("<cache error> ") + error};
        QStringList rows;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.columnCount(); ++i)
                columns << query.value(i).toString();
            rows << columns.join(u'|');
        }
        rows.sort();
        return rows;
    }

    // Row for row, as the server's store holds them: the companies the
    // organisation has seen, every visit (company, times, page view count,
    // source) and every page view (visit, path, time, seconds).
    void expectSameVisits(const char* cache)
    {
        const QStringList companies = serverRows(QStringLiteral("SELECT company_id FROM org_companies"));
        QVERIFY2(!companies.join(u' ').startsWith(u'<'), qPrintable(companies.join(u' ')));
        QCOMPARE(cacheRows(cache, "SELECT id FROM companies"), companies);
        QCOMPARE(cacheRows(cache, "SELECT id, company_id, started_at, ended_at, pageviews, referrer_class FROM visits"),
                 serverRows(QStringLiteral(
                     "SELECT id, company_id, started_at, last_at, pageviews, referrer_class FROM visits")));
        QCOMPARE(cacheRows(cache, "SELECT id, visit_id, path, viewed_at, seconds FROM pageviews"),
                 serverRows(QStringLiteral("SELECT id, visit_id, path, viewed_at, seconds FROM pageviews")));
        QCOMPARE(cacheCount(cache, "SELECT count(*) FROM companies"),
                 serverCount(QStringLiteral("SELECT count(*) FROM org_companies")));
        QCOMPARE(cacheCount(cache, "SELECT count(*) FROM visits"),
                 serverCount(QStringLiteral("SELECT count(*) FROM visits")));
        QCOMPARE(cacheCount(cache, "SELECT count(*) FROM pageviews"),
                 serverCount(QStringLiteral("SELECT count(*) FROM pageviews")));
        QCOMPARE(cacheCount(cache, "SELECT coalesce(sum(pageviews), 0) FROM visits"),
                 serverCount(QStringLiteral("SELECT coalesce(sum(pageviews), 0) FROM visits")));
        QCOMPARE(cacheCount(cache, "SELECT coalesce(sum(seconds), 0) FROM pageviews"),
                 serverCount(QStringLiteral("SELECT coalesce(sum(seconds), 0) FROM pageviews")));
    }

    bool purge(const QDateTime& asOf)
    {
        QString output;
        QString error;
        const bool ok =
            test::ServerProcess::run({QStringLiteral("purge"), QStringLiteral("--db"), m_demo->process().dbUrl(),
                                      QStringLiteral("--now"), asOf.toString(Qt::ISODateWithMs)},
                                     &output, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void initTestCase() { qRegisterMetaType<SyncEngine::Result>(); }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db;
        if (store == QLatin1String("postgresql")) {
            db = test::TestPostgres::createDatabase(&error);
            QVERIFY2(!db.isEmpty(), qPrintable(error));
        }
        m_demo = std::make_unique<test::DemoServer>();
        // The window of months needs a month of visits, and companies that come back.
        const bool month = QLatin1String(QTest::currentTestFunction()) ==
                           QLatin1String("aWindowOfMonthsKeepsRecentVisitsAndFetchesOlderOnes");
        QVERIFY2(m_demo->start(&error, month ? 3000 : 600, month ? 30 : 10, db), qPrintable(error));
        core::ServerEndpoint endpoint(m_demo->process().url(), m_demo->process().caFile());
        QVERIFY(endpoint.load(&error));
        m_client = std::make_unique<core::ApiClient>(&m_network, endpoint);
        m_keychain = std::make_unique<core::CredentialStore>(QStringLiteral("leadscope-sync-test"));
        m_session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        QVERIFY2(test::DemoServer::signIn(*m_session, m_demo->admin(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        QString error;
        if (m_demo)
            QVERIFY2(m_demo->stop(&error), qPrintable(error));
        m_demo.reset();
        for (const char* name : {"a.cache", "b.cache"})
            core::Cache::remove(cachePath(name), &error);
    }

    void fullIncrementalTombstonesAndResync()
    {
        // Before the DPA: a clear state, and nothing in the cache.
        SyncEngine::Result result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::DpaRequired);
        QVERIFY2(result.message.contains(QStringLiteral("Data Processing Agreement")), qPrintable(result.message));
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM visits"), 0);

        bool accepted = false;
        m_session->request("POST", QStringLiteral("/api/v1/dpa/accept"),
                           QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}}),
                           [&](const core::Session::Reply& reply) { accepted = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, 30'000);

        // Full sync, in pages; two caches at the same point.
        QList<qint64> remaining;
        result = sync("a.cache", 10, &remaining);
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        // Progress says about how much is left: from roughly everything down to nothing.
        QVERIFY(remaining.size() > 3);
        QVERIFY2(remaining.first() >= result.changes - 10 - result.changes / 5 && remaining.first() <= result.changes,
                 qPrintable(QStringLiteral("%1 of %2").arg(remaining.first()).arg(result.changes)));
        QCOMPARE(remaining.last(), 0);
        QVERIFY2(
            result.pages > 3,
            qPrintable(
                QStringLiteral("%1 pages, %2 changes: %3").arg(result.pages).arg(result.changes).arg(result.message)));
        QVERIFY(result.newCompanies.size() > 0);
        expectSameVisits("a.cache");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(sync("b.cache").outcome, SyncEngine::Outcome::Done);

        // Nothing new: one page, nothing applied, nothing changed.
        result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QCOMPARE(result.changes, 0);
        QCOMPARE(result.pages, 1);

        // An annotation made on the server side arrives incrementally.
        QString companyId;
        {
            core::Cache::OpenResult open;
            auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
            QVERIFY(cache);
            QString error;
            // (One nobody has touched yet: the demo's rules act on some as its traffic arrives.)
            core::SqliteStatement first = cache->db().prepare(
                QStringLiteral("SELECT id FROM companies WHERE id NOT IN (SELECT company_id FROM annotations) AND id "
                               "NOT IN (SELECT company_id FROM activity) LIMIT 1"),
                &error);
            QVERIFY(first.next());
            companyId = first.text(0);
        }
        bool annotated = false;
        m_session->request("PUT", QStringLiteral("/api/v1/companies/%1/annotation").arg(companyId),
                           QJsonDocument(QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("hot")}},
                                                     {QStringLiteral("note"), QStringLiteral("Call on Monday")},
                                                     {QStringLiteral("status"), QStringLiteral("contacted")}}),
                           [&](const core::Session::Reply& reply) { annotated = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(annotated, 30'000);
        result = sync("a.cache");
        QCOMPARE(result.changes, 2); // the annotation and its entry in the company's team history
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM annotations WHERE status = 'contacted' AND "
                                       "note = 'Call on Monday' AND tags = '[\"hot\"]'"),
                 1);
        {
            core::Cache::OpenResult open;
            auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
            QVERIFY(cache);
            QString error;
            QList<core::CompanyQuery::HistoryEntry> history;
            QVERIFY2(core::CompanyQuery(*cache).history(companyId, 50, &history, &error), qPrintable(error));
            QCOMPARE(history.size(), 1);
            QVERIFY(history[0].statusChanged);
            QCOMPARE(history[0].statusFrom, QStringLiteral("new"));
            QCOMPARE(history[0].statusTo, QStringLiteral("contacted"));
            QCOMPARE(history[0].tagsAdded, QStringList{QStringLiteral("hot")});
            QVERIFY(history[0].noteChanged);
            QCOMPARE(history[0].note, QStringLiteral("Call on Monday"));
            QVERIFY(!history[0].assigneeChanged);
            QVERIFY(qAbs(history[0].at - QDateTime::currentMSecsSinceEpoch()) < 120'000);
        }

        // Retention (13 months) removes every visit with tombstones: "b" applies them.
        const QDateTime later = QDateTime::currentDateTimeUtc().addMonths(14);
        QVERIFY(purge(later));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM visits")), 0);
        result = sync("b.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QVERIFY(!result.fullResync);
        expectSameVisits("b.cache");
        if (QTest::currentTestFailed())
            return;

        // Much later the tombstones themselves are compacted away: "a", still
        // at the old cursor, gets 410 and syncs everything again into a fresh file.
        QVERIFY(purge(later.addYears(1)));
        result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QVERIFY(result.fullResync);
        expectSameVisits("a.cache");
        if (QTest::currentTestFailed())
            return;
        // The team's notes outlive the visits: every one comes back (the demo's and the one above).
        const qint64 annotations = serverCount(QStringLiteral("SELECT count(*) FROM annotations"));
        QVERIFY(annotations >= 2);
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM annotations"), annotations);
        QVERIFY(!QFile::exists(cachePath("a.cache") + QStringLiteral(".resync")));
    }

    // The visits a cache with a window must hold: the server's that started on or after its first day.
    void expectWindow(const char* cache, const QDate& first)
    {
        const qint64 since = first.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const QStringList cached =
            cacheRows(cache, "SELECT id, company_id, started_at, ended_at, pageviews FROM visits");
        const QStringList served = serverRows(
            QStringLiteral("SELECT id, company_id, started_at, last_at, pageviews FROM visits WHERE started_at >= %1")
                .arg(since));
        if (cached != served) { // which rows, not only how many
            for (const QString& row : cached)
                if (!served.contains(row))
                    qWarning("only in the cache: %s (window from %lld)", qPrintable(row), since);
            for (const QString& row : served)
                if (!cached.contains(row))
                    qWarning("only on the server: %s (window from %lld)", qPrintable(row), since);
        }
        QCOMPARE(cached, served);
        QCOMPARE(cacheRows(cache, "SELECT id, visit_id, viewed_at FROM pageviews"),
                 serverRows(QStringLiteral("SELECT p.id, p.visit_id, p.viewed_at FROM pageviews p JOIN visits v ON "
                                           "v.id = p.visit_id WHERE v.started_at >= %1")
                                .arg(since)));
        // The companies stay whole; their counts are the window's.
        QCOMPARE(cacheRows(cache, "SELECT id FROM companies"),
                 serverRows(QStringLiteral("SELECT company_id FROM org_companies")));
        QCOMPARE(cacheCount(cache, "SELECT coalesce(sum(visits), 0) FROM company_stats"),
                 cacheCount(cache, "SELECT count(*) FROM visits"));
        QCOMPARE(cacheCount(cache, "SELECT count(*) FROM visit_matches WHERE visit_id NOT IN (SELECT id FROM visits)"),
                 0);
    }

    void aWindowOfMonthsKeepsRecentVisitsAndFetchesOlderOnes()
    {
        QString error;
        QVERIFY2(m_demo->acceptDpa(&error), qPrintable(error));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto before = [this](const QDate& day) {
            return serverCount(QStringLiteral("SELECT count(*) FROM visits WHERE started_at < %1")
                                   .arg(day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()));
        };
        // The demo's thirty days: some visits on each side of every window below.
        QVERIFY(before(today.addDays(-25)) > 0);
        QVERIFY(before(today.addDays(-20)) < before(today.addDays(-8)));
        QVERIFY(before(today.addDays(-8)) < serverCount(QStringLiteral("SELECT count(*) FROM visits")));

        // The whole history, and a window of the last twenty days: fewer changes come, the window's visits exactly.
        const SyncEngine::Result whole = sync("b.cache", 500);
        QCOMPARE(whole.outcome, SyncEngine::Outcome::Done);
        SyncEngine::Result result = sync("a.cache", 500, nullptr, today.addDays(-20));
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QVERIFY2(result.changes < whole.changes,
                 qPrintable(QStringLiteral("%1 of %2").arg(result.changes).arg(whole.changes)));
        expectWindow("a.cache", today.addDays(-20));
        if (QTest::currentTestFailed())
            return;

        // The window moves on (or shrinks): what fell out of it leaves the cache, without a resync.
        result = sync("a.cache", 500, nullptr, today.addDays(-8));
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QVERIFY(!result.fullResync);
        QCOMPARE(result.trimmed, before(today.addDays(-8)) - before(today.addDays(-20))); // what the screens reload for
        expectWindow("a.cache", today.addDays(-8));
        if (QTest::currentTestFailed())
            return;

        // A longer window lacks the months between: everything again into a fresh file.
        result = sync("a.cache", 500, nullptr, today.addDays(-15));
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QVERIFY(result.fullResync);
        expectWindow("a.cache", today.addDays(-15));
        if (QTest::currentTestFailed())
            return;

        // What lies before the window, on demand: a company's older visits, newest first, page by page.
        const qint64 since = today.addDays(-15).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const QStringList busiest =
            serverRows(QStringLiteral("SELECT company_id FROM visits WHERE started_at < %1 GROUP BY company_id "
                                      "ORDER BY count(*) DESC, company_id LIMIT 1")
                           .arg(since));
        QCOMPARE(busiest.size(), 1);
        const QString companyId = busiest.first();
        QStringList expected = serverRows(
            QStringLiteral("SELECT id || '|' || started_at FROM visits WHERE company_id = '%1' AND started_at < %2")
                .arg(companyId)
                .arg(since));
        QStringList fetched;
        qint64 beforeMs = since;
        QString beforeId;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            QJsonObject answer;
            m_session->request("GET", core::OlderVisits::path(companyId, beforeMs, beforeId, 2), {},
                               [&](const core::Session::Reply& reply) {
                                   answer = reply.ok() ? QJsonDocument::fromJson(reply.body).object()
                                                       : QJsonObject{{QStringLiteral("failed"), reply.status}};
                               });
            QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 30'000);
            core::OlderVisits::Page page;
            QVERIFY2(core::OlderVisits::parse(answer, &page, &error), qPrintable(error));
            QVERIFY(page.visits.size() <= 2);
            for (const core::CompanyQuery::Visit& visit : std::as_const(page.visits)) {
                QVERIFY(visit.startedAt < since);
                QVERIFY(!visit.pageviews.isEmpty());
                QCOMPARE(qint64(visit.pageviews.size()), visit.pageviewCount);
                if (!fetched.isEmpty())
                    QVERIFY(visit.startedAt <= fetched.last().section(u'|', 1).toLongLong()); // newest first
                fetched << visit.id + u'|' + QString::number(visit.startedAt);
            }
            more = page.more;
            beforeMs = page.nextBeforeMs;
            beforeId = page.nextBeforeId;
            QVERIFY(pages < 1000);
        }
        QVERIFY2(expected.size() > 2, qPrintable(QString::number(expected.size()))); // more than one page
        fetched.sort();
        QCOMPARE(fetched, expected);
        // Shown, not kept.
        const QByteArray older = "SELECT count(*) FROM visits WHERE started_at < " + QByteArray::number(since);
        QCOMPARE(cacheCount("a.cache", older.constData()), 0);

        // The whole history again.
        result = sync("a.cache", 500, nullptr, QDate());
        QVERIFY(result.fullResync);
        expectSameVisits("a.cache");
    }

    void aBadWindowOrOlderVisitsRequestIsRefused()
    {
        QString error;
        QVERIFY2(m_demo->acceptDpa(&error), qPrintable(error));
        test::ApiTestClient client(m_demo->process().url(), m_demo->process().caFile());
        const QString access = client.signIn(m_demo->sales()).access;
        for (const char* query : {"since=yesterday", "since=2026-13-01", "since=1970-01-01"})
            QCOMPARE(client.call("GET", QStringLiteral("/api/v1/sync?") + QLatin1String(query), {}, access).status,
                     400);
        for (const char* query : {"", "before=soon", "before=2026-01-01&limit=0", "before=2026-01-01&limit=201",
                                  "before=2026-01-01T00:00:00", "before=2026-01-01&before_id=a%20b"})
            QCOMPARE(
                client.call("GET", QStringLiteral("/api/v1/companies/kvk-1/visits?") + QLatin1String(query), {}, access)
                    .status,
                400);
        QCOMPARE(client.call("GET", QStringLiteral("/api/v1/companies/kvk-1/visits?before=2026-01-01"), {}, {}).status,
                 401);
        // A company the organisation never saw: no visits, not an error that tells it apart.
        const auto none =
            client.call("GET", QStringLiteral("/api/v1/companies/kvk-none/visits?before=2999-01-01"), {}, access);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(QStringLiteral("visits")).toArray().size(), 0);
        QCOMPARE(none.json.value(QStringLiteral("has_more")).toBool(), false);
    }

    void offlineAnnotationEditsGoUpWhenOnline()
    {
        QString error;
        QVERIFY2(m_demo->acceptDpa(&error), qPrintable(error));
        QCOMPARE(sync("a.cache").outcome, SyncEngine::Outcome::Done);
        QString companyId;
        {
            core::Cache::OpenResult open;
            auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
            QVERIFY(cache);
            core::SqliteStatement first =
                cache->db().prepare(QStringLiteral("SELECT id FROM companies LIMIT 1"), &error);
            QVERIFY(first.next());
            companyId = first.text(0);
        }

        // The server goes away; the rep edits the company anyway.
        const int port = m_demo->process().url().port();
        QVERIFY2(m_demo->stop(&error), qPrintable(error));
        {
            core::Cache::OpenResult open;
            auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
            QVERIFY(cache);
            core::AnnotationOutbox::Edit edit;
            edit.tags = QStringList{QStringLiteral("watch")};
            edit.note = QStringLiteral("Offline: call after the fair");
            edit.status = QStringLiteral("qualified");
            QVERIFY2(core::AnnotationOutbox::queue(*cache, companyId, edit, &error), qPrintable(error));
        }
        SyncEngine::Result result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Failed);
        QVERIFY(result.offline);
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM outbox"), 1);
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM annotations WHERE note = 'Offline: call after the fair'"),
                 1);

        // Back online (same address): the edit goes up first, then the pull.
        QVERIFY2(
            m_demo->process().start(&error, {}, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
            qPrintable(error));
        QCOMPARE(m_demo->process().url().port(), port);
        result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QCOMPARE(result.editsUploaded, 1);
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM outbox"), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM annotations WHERE note = 'Offline: call after the "
                                            "fair' AND status = 'qualified'")),
                 1);
        // The server's copy (with its timestamp) replaced the local one.
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM annotations WHERE status = 'qualified' AND updated_at "
                                       "<> '' AND tags = '[\"watch\"]'"),
                 1);

        // An edit the server refuses (the assignee is nobody it knows) is dropped with a message, not retried forever.
        {
            core::Cache::OpenResult open;
            auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
            QVERIFY(cache);
            core::AnnotationOutbox::Edit edit;
            edit.assignee = QStringLiteral("no-such-user");
            QVERIFY2(core::AnnotationOutbox::queue(*cache, companyId, edit, &error), qPrintable(error));
        }
        result = sync("a.cache");
        QCOMPARE(result.outcome, SyncEngine::Outcome::Done);
        QCOMPARE(result.editsRefused.size(), 1);
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM outbox"), 0);
        // …and what the server has shows again.
        QCOMPARE(cacheCount("a.cache", "SELECT count(*) FROM annotations WHERE status = 'qualified' AND assignee IS "
                                       "NULL AND note = 'Offline: call after the fair'"),
                 1);
    }

    void aMalformedPageWritesNothing()
    {
        core::Cache::OpenResult open;
        auto cache = core::Cache::open(cachePath("a.cache"), m_key, &open);
        QVERIFY(cache);
        core::ChangeApplier applier(*cache);
        core::ChangeApplier::Outcome outcome;
        QString error;
        const QByteArray good =
            R"({"changes":[{"seq":1,"type":"company","op":"upsert","id":"kvk-1","data":{"name":"A"}}],"cursor":"c1:MQ","has_more":false})";
        QVERIFY2(applier.apply(good, &outcome, &error), qPrintable(error));
        QCOMPARE(cache->meta(QStringLiteral("sync.cursor")), QStringLiteral("c1:MQ"));
        for (const QByteArray& bad : {
                 QByteArray(R"({"changes":[{"type":"company","op":"upsert","id":"kvk-2","data":{"name":"B"}},)"
                            R"({"type":"visit","op":"upsert","id":"v-1","data":{"company_id":"kvk-2"}}],)"
                            R"("cursor":"c1:Mg","has_more":false})"),
                 QByteArray(
                     R"({"changes":[{"type":"company","op":"upsert","id":"kvk-2","data":{"name":"B"}},)"
                     R"({"type":"secret","op":"upsert","id":"x","data":{}}],"cursor":"c1:Mg","has_more":false})"),
                 QByteArray(R"({"changes":[{"type":"company","op":"upsert","id":"kvk 2","data":{"name":"B"}}],)"
                            R"("cursor":"c1:Mg","has_more":false})"),
                 QByteArray(R"({"changes":[],"cursor":"c1:Mg"})"),
                 QByteArray(R"({"changes":[],"cursor":"\ud800c1","has_more":false})"), // found by FuzzSyncPage
                 QByteArray(R"({"changes":[{"type":"company","op":"upsert","id":"kvk-2","data":{"name":"B"}})"),
             }) {
            QVERIFY(!applier.apply(bad, &outcome, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(cache->meta(QStringLiteral("sync.cursor")), QStringLiteral("c1:MQ"));
            QString ignored;
            core::SqliteStatement companies =
                cache->db().prepare(QStringLiteral("SELECT count(*) FROM companies"), &ignored);
            QVERIFY(companies.next());
            QCOMPARE(companies.int64(0), 1);
        }
    }
};

QTEST_MAIN(TestSync)
#include "TestSync.moc"
