#include "protocol/Base32.h"
#include "server/domain/Retention.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

using namespace leadscope;
using test::ApiTestClient;
using test::TestUser;

// Retention and backups, on both stores: "After removal, your data is kept
// for 30 days in our system backups" — and never comes back from one.
class TestRetention : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    QString m_db;
    QString m_orgId;
    QString m_siteId;
    TestUser m_admin;
    TestUser m_sales;

    static bool run(const QStringList& arguments, QString* output = nullptr, const QByteArray& input = {})
    {
        QString error;
        QString ignored;
        if (!test::ServerProcess::run(arguments, output ? output : &ignored, &error, input)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool addUser(const QString& email, const QString& role, TestUser* user)
    {
        QString output;
        user->email = email;
        user->password = "retention test password";
        if (!run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--org"),
                  m_orgId, QStringLiteral("--email"), email, QStringLiteral("--role"), role,
                  QStringLiteral("--password-stdin")},
                 &output, user->password + '\n'))
            return false;
        user->id = output.trimmed();
        return true;
    }

    static QString signIn(ApiTestClient& client, TestUser& user) { return client.signIn(user).access; }

    bool prepare(test::ServerProcess& server)
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db;
        if (store == QLatin1String("postgresql") && (db = test::TestPostgres::createDatabase(&error)).isEmpty())
            return false;
        if (!server.prepare(&error, db))
            return false;
        m_db = server.dbUrl();
        QFile companies(m_files.filePath(QStringLiteral("c.csv")));
        QFile ranges(m_files.filePath(QStringLiteral("r.csv")));
        if (!companies.open(QIODevice::WriteOnly) || !ranges.open(QIODevice::WriteOnly))
            return false;
        companies.write("registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
                        "city,country,website,phone,linkedin\n"
                        "20000001,Beta Logistiek B.V.,,Besloten Vennootschap,4941,Goederenvervoer,20-49,Havenweg 1,"
                        "3011 AA,Rotterdam,NL,,,\n");
        ranges.write("start,end,registry_number,kind,name\n203.0.113.0,203.0.113.255,20000001,company,Beta\n");
        companies.close();
        ranges.close();
        QString output;
        if (!run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--companies"),
                  companies.fileName(), QStringLiteral("--ranges"), ranges.fileName()}) ||
            !run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                  QStringLiteral("Retain B.V."), QStringLiteral("--domain"), QStringLiteral("retain.example")},
                 &output))
            return false;
        m_orgId = output.section(u'\n', 0, 0);
        m_siteId = output.section(u'\n', 1, 1).section(u' ', 0, 0);
        m_admin = TestUser{};
        m_sales = TestUser{};
        return addUser(QStringLiteral("admin@retain.example"), QStringLiteral("admin"), &m_admin) &&
               addUser(QStringLiteral("sales.person@retain.example"), QStringLiteral("sales"), &m_sales) &&
               run({QStringLiteral("dpa"), QStringLiteral("record"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--org"), m_orgId, QStringLiteral("--signed-by"), m_admin.email});
    }

    // The test's store, open on this thread; nullptr and *error when it cannot be opened.
    std::unique_ptr<server::Store> openStore(QString* error) const
    {
        const auto url = server::DatabaseUrl::parse(m_db, error);
        if (!url)
            return nullptr;
        auto store = std::make_unique<server::Store>(*url);
        if (!store->open(error))
            return nullptr;
        return store;
    }

    int count(const QString& sql)
    {
        QString error;
        const auto store = openStore(&error);
        if (!store)
            return -1;
        QVariantList row;
        bool found = false;
        server::Sql::fetchOne(store->connection(), sql, {}, &row, &found, &error);
        const int value = found ? row.value(0).toInt() : -1;
        store->closeThreadConnection();
        return value;
    }

    // Visits, their page views and rule firings straight into the store (rows as the tables' columns below).
    static bool insertRows(QSqlDatabase db, const QList<QVariantList>& visits, const QList<QVariantList>& pageviews,
                           const QList<QVariantList>& firings, QString* error)
    {
        return server::Sql::insertMany(db, QStringLiteral("visits"),
                                       {QStringLiteral("id"), QStringLiteral("org_id"), QStringLiteral("site_id"),
                                        QStringLiteral("company_id"), QStringLiteral("visitor_key"),
                                        QStringLiteral("session_key"), QStringLiteral("started_at"),
                                        QStringLiteral("last_at"), QStringLiteral("pageviews")},
                                       visits, {}, error) &&
               server::Sql::insertMany(db, QStringLiteral("pageviews"),
                                       {QStringLiteral("id"), QStringLiteral("visit_id"), QStringLiteral("org_id"),
                                        QStringLiteral("path"), QStringLiteral("viewed_at")},
                                       pageviews, {}, error) &&
               server::Sql::insertMany(db, QStringLiteral("rule_firings"),
                                       {QStringLiteral("org_id"), QStringLiteral("id"), QStringLiteral("rule_id"),
                                        QStringLiteral("company_id"), QStringLiteral("visit_id"), QStringLiteral("at"),
                                        QStringLiteral("detail")},
                                       firings, {}, error);
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void deletedAccountsStayDeletedAfterARestore()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        QVERIFY2(server.start(&error, m_db, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(error));
        ApiTestClient client(server.url(), server.caFile());
        const QString admin = signIn(client, m_admin);
        QVERIFY(!signIn(client, m_sales).isEmpty());
        QCOMPARE(
            client
                .callRaw("POST", QStringLiteral("/collect"),
                         QJsonDocument(QJsonObject{{QStringLiteral("site"), m_siteId},
                                                   {QStringLiteral("url"), QStringLiteral("https://retain.example/")},
                                                   {QStringLiteral("vid"), QString(32, u'a')},
                                                   {QStringLiteral("sid"), QString(32, u'b')}})
                             .toJson(),
                         {}, {{"X-Forwarded-For", "203.0.113.9"}, {"Origin", "https://retain.example"}})
                .status,
            204);

        // A backup while serving, then the account is removed.
        QString backupFile;
        QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                     m_files.filePath(QStringLiteral("backups"))},
                    &backupFile));
        backupFile = backupFile.trimmed();
        QVERIFY2(QFile::exists(backupFile), qPrintable(backupFile));
        QCOMPARE(client.call("DELETE", QStringLiteral("/api/v1/users/") + m_sales.id, {}, admin).status, 200);
        // Gone from the live store at once: no row and no e-mail address anywhere.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'sales.person@retain.example'")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_email = 'sales.person@retain.example'")),
            0);
        QVERIFY(server.stop(&error));

        // Restoring the older backup does not bring the account back.
        QString output;
        QVERIFY(run({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), backupFile},
                    &output));
        QVERIFY2(output.contains(QStringLiteral("re-applied 1 account deletions")), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'sales.person@retain.example'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'admin@retain.example'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 1); // the backup's data is back
    }

    void visitsPastRetentionAndOldBackupsArePurged()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        QVERIFY2(server.start(&error, m_db, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(error));
        ApiTestClient client(server.url(), server.caFile());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client
                         .callRaw("POST", QStringLiteral("/collect"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("site"), m_siteId},
                                                            {QStringLiteral("url"),
                                                             QStringLiteral("https://retain.example/p%1").arg(i)},
                                                            {QStringLiteral("vid"), QString(32, u'c')},
                                                            {QStringLiteral("sid"), QString(32, QChar(u'0' + i))}})
                                      .toJson(),
                                  {}, {{"X-Forwarded-For", "203.0.113.10"}, {"Origin", "https://retain.example"}})
                         .status,
                     204);
        QVERIFY(server.stop(&error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        QString backupFile;
        QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &backupFile));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString output;
        // 29 days on the backup stays; 31 days on it goes. The visits stay within 13 months.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addDays(29).toString(Qt::ISODate), QStringLiteral("--backups"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &output));
        QVERIFY(QFile::exists(backupFile.trimmed()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addDays(31).toString(Qt::ISODate), QStringLiteral("--backups"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &output));
        QVERIFY2(!QFile::exists(backupFile.trimmed()), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        // 14 months on: past retention; the visits and their page views go, with tombstones for clients.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addMonths(14).toString(Qt::ISODate)},
                    &output));
        QVERIFY2(output.contains(QStringLiteral("removed 3 visits, 3 page views")), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pageviews")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'visit'")), 3);
    }

    // The daily purge in batches (Retention::kPurgeBatch): more old visits than
    // a batch holds all go, with their page views, rule firings and a
    // tombstone each; a visit still going on at the cutoff stays, as do the
    // recent ones and another organisation's that its longer retention keeps.
    void aPurgeInBatchesRemovesEveryVisitPastRetentionAndNothingElse()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString output;
        QVERIFY(
            run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                 QStringLiteral("Keep B.V."), QStringLiteral("--domain"), QStringLiteral("keep.example")},
                &output));
        const QString keepOrg = output.section(u'\n', 0, 0);
        QString error;
        const auto store = openStore(&error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->connection();
        QSqlQuery update(db);
        QVERIFY2(server::Sql::exec(update,
                                   QStringLiteral("UPDATE organisations SET retention_months = 25 WHERE id = ?"),
                                   {keepOrg}, &error),
                 qPrintable(error));
        update.finish();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = QDateTime::currentDateTimeUtc().addMonths(-15).toMSecsSinceEpoch();
        const qint64 cutoff = QDateTime::currentDateTimeUtc().addMonths(-13).toMSecsSinceEpoch();
        constexpr int kOld = 1'234; // more than two batches
        QList<QVariantList> visits;
        QList<QVariantList> pageviews;
        QList<QVariantList> firings;
        const auto visit = [&](const QString& id, const QString& org, qint64 start, qint64 last) {
            visits.append({id, org, m_siteId, QStringLiteral("kvk-20000001"), QByteArray(16, 'v'),
                           QString(id + QStringLiteral("-session")).toUtf8(), start, last, 2});
            for (int p = 0; p < 2; ++p)
                pageviews.append({QString(id + QStringLiteral("-p%1").arg(p)), id, org, QStringLiteral("/p%1").arg(p),
                                  start + qint64(p) * 1000});
        };
        // Seven old visits a minute, sharing their start (as a busy site's do; a batch ends among them).
        for (int i = 0; i < kOld; ++i) {
            visit(QStringLiteral("v-old-%1").arg(i), m_orgId, old + qint64(i / 7) * 60'000,
                  old + qint64(i / 7) * 60'000 + 5000);
            if (i % 100 == 0)
                firings.append({m_orgId, QStringLiteral("f-%1").arg(i), QStringLiteral("r-1"),
                                QStringLiteral("kvk-20000001"), QStringLiteral("v-old-%1").arg(i), old,
                                QStringLiteral("{}")});
        }
        visit(QStringLiteral("v-straddles"), m_orgId, cutoff - 60'000, cutoff + 60'000);
        for (int i = 0; i < 3; ++i)
            visit(QStringLiteral("v-new-%1").arg(i), m_orgId, now - 3'600'000, now - 3'000'000);
        for (int i = 0; i < 5; ++i)
            visit(QStringLiteral("v-kept-%1").arg(i), keepOrg, old, old + 5000);
        QVERIFY2(insertRows(db, visits, pageviews, firings, &error), qPrintable(error));
        store->closeThreadConnection();

        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db}, &output));
        QVERIFY2(output.contains(QStringLiteral("removed %1 visits, %2 page views").arg(kOld).arg(2 * kOld)),
                 qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE id LIKE 'v-old-%'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pageviews WHERE visit_id LIKE 'v-old-%'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rule_firings")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE id NOT LIKE 'v-old-%'")), 1 + 3 + 5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pageviews")), 2 * (1 + 3 + 5));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'visit'")), kOld);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'pageview'")),
                 2 * kOld);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'rule_firing'")),
                 firings.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM changes WHERE op = 'delete' AND "
                                      "entity = 'visit' AND entity_id LIKE 'v-old-%'")),
                 kOld);
        // A second purge finds nothing more.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db}, &output));
        QVERIFY2(output.contains(QStringLiteral("removed 0 visits, 0 page views")), qPrintable(output));
    }
    // A server shutting down does not wait for a month's purge: the purge
    // stops between two batches (each batch whole, with its tombstones) and
    // the next one goes on from there.
    void aPurgeStopsBetweenBatchesWhenAsked()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        const auto store = openStore(&error);
        QVERIFY2(store, qPrintable(error));
        const qint64 old = QDateTime::currentDateTimeUtc().addMonths(-15).toMSecsSinceEpoch();
        constexpr int kOld = 3 * server::Retention::kPurgeBatch;
        QList<QVariantList> visits;
        for (int i = 0; i < kOld; ++i)
            visits.append({QStringLiteral("v-old-%1").arg(i), m_orgId, m_siteId, QStringLiteral("kvk-20000001"),
                           QByteArray(16, 'v'), QStringLiteral("s-%1").arg(i).toUtf8(), old + i, old + i + 5000, 0});
        QVERIFY2(insertRows(store->connection(), visits, {}, {}, &error), qPrintable(error));
        store->closeThreadConnection();

        std::atomic<bool> stop{false};
        server::Retention::Report report;
        bool purged = false;
        QString purgeError;
        std::thread purge([&] {
            purged = server::Retention::purgeVisits(*store, QDateTime::currentMSecsSinceEpoch(), &report, &purgeError,
                                                    &stop);
            store->closeThreadConnection();
        });
        // Asked to stop once the first batch is in: it rests after each batch for longer than the batch took.
        while (count(QStringLiteral("SELECT COUNT(*) FROM visits")) == kOld)
            QThread::msleep(5);
        stop = true;
        purge.join();
        QVERIFY2(purged, qPrintable(purgeError));
        QVERIFY2(report.visits > 0 && report.visits < kOld && report.visits % server::Retention::kPurgeBatch == 0,
                 qPrintable(QString::number(report.visits)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), kOld - report.visits);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'visit'")),
                 report.visits);
        // The next purge removes the rest.
        QString output;
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db}, &output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
    }

    // Reads by a list of ids (the rules' facts, annotations, list membership) bind a few hundred ids a
    // statement; a list of several statements' worth is read whole, once, with the binds before it.
    void aLongListOfIdsIsReadWholeAcrossStatements()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        const auto store = openStore(&error);
        QVERIFY2(store, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr int kVisits = int(2 * server::Sql::kInChunk + 7);
        QList<QVariantList> visits;
        QStringList asked;
        for (int i = 0; i < kVisits; ++i) {
            visits.append({QStringLiteral("v-%1").arg(i), m_orgId, m_siteId, QStringLiteral("kvk-20000001"),
                           QByteArray(16, 'v'), QStringLiteral("s-%1").arg(i).toUtf8(), now + i, now + i, 0});
            asked << QStringLiteral("v-%1").arg(i) << QStringLiteral("absent-%1").arg(i);
        }
        QVERIFY2(insertRows(store->connection(), visits, {}, {}, &error), qPrintable(error));
        QStringList read;
        QVERIFY2(server::Sql::eachInChunks(store->connection(),
                                           QStringLiteral("SELECT id FROM visits WHERE org_id = ? AND id IN ("),
                                           {m_orgId}, asked, QStringLiteral(" ORDER BY id"), &error,
                                           [&read](const QSqlQuery& row) { read << row.value(0).toString(); }),
                 qPrintable(error));
        QCOMPARE(read.size(), kVisits);
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()).size(), kVisits);
        QVERIFY(read.contains(QStringLiteral("v-0")));
        QVERIFY(read.contains(QStringLiteral("v-%1").arg(kVisits - 1)));
        // Another organisation's binds find none of them.
        read.clear();
        QVERIFY2(server::Sql::eachInChunks(store->connection(),
                                           QStringLiteral("SELECT id FROM visits WHERE org_id = ? AND id IN ("),
                                           {QStringLiteral("another-org")}, asked, {}, &error,
                                           [&read](const QSqlQuery& row) { read << row.value(0).toString(); }),
                 qPrintable(error));
        QVERIFY(read.isEmpty());
        store->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
