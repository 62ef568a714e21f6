#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/cache/Cache.h"
#include "core/sync/SyncEngine.h"
#include "protocol/Crypto.h"
#include "tests/support/CacheRows.h"
#include "tests/support/DemoServer.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/SmallDisk.h"
#include "tests/support/SyncRun.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using core::SyncEngine;
using Fault = test::FaultProxy::Fault;

Q_DECLARE_METATYPE(QList<Fault>)

// Sync through a hostile network: a proxy between client and server drops
// connections mid-body, stalls, throttles to 10 KiB/s, truncates gzip,
// answers 500/502/503/429 (with and without Retry-After) and duplicates
// answers. Each time the sync either ends with exactly the rows of a clean
// sync, or reports a clear error — and a later sync without faults then ends
// with exactly those rows: nothing lost, nothing twice. And a disk that
// fills up during a sync stops it with a clear message and no damage.
class TestSyncFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::DemoServer m_demo;
    std::unique_ptr<test::FaultProxy> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::CredentialStore> m_keychain;
    std::unique_ptr<core::Session> m_session;
    QByteArray m_key = protocol::Crypto::randomBytes(32);
    QStringList m_clean; // the clean sync's rows
    QStringList m_report;

    QString cachePath(const QString& name) const { return QDir::isAbsolutePath(name) ? name : m_dir.filePath(name); }

    SyncEngine::Result sync(const QString& cache)
    {
        return test::runSync(m_session.get(), cachePath(cache), m_key, 25);
    }

    QStringList rows(const QString& cache) { return test::cacheRows(cachePath(cache), m_key); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncEngine::Result>();
        QString error;
        QVERIFY2(m_demo.start(&error, 600, 45), qPrintable(error));
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        m_proxy = std::make_unique<test::FaultProxy>(m_demo.process().url(), m_demo.process().directory());
        core::ServerEndpoint endpoint(m_proxy->url(), m_demo.process().caFile());
        QVERIFY2(endpoint.load(&error), qPrintable(error));
        m_client = std::make_unique<core::ApiClient>(&m_network, endpoint);
        m_client->setTransferTimeout(3'000); // a stalled answer is given up on after 3 s without a byte
        m_keychain = std::make_unique<core::CredentialStore>(QStringLiteral("leadscope-sync-faults-test"));
        m_session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        QVERIFY2(test::DemoServer::signIn(*m_session, m_demo.admin(), &error), qPrintable(error));

        const SyncEngine::Result clean = sync(QStringLiteral("clean.cache"));
        QVERIFY2(clean.outcome == SyncEngine::Outcome::Done, qPrintable(clean.message));
        QVERIFY(clean.pages > 5);
        m_clean = rows(QStringLiteral("clean.cache"));
        QVERIFY(m_clean.size() > 100);
        QCOMPARE(m_clean.last(), QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        for (const QString& line : std::as_const(m_report))
            qInfo("%s", qPrintable(line));
        m_session.reset();
        QString error;
        QVERIFY2(m_demo.stop(&error), qPrintable(error));
    }

    void faultsNeverLoseNorDuplicate_data()
    {
        QTest::addColumn<QList<Fault>>("faults");
        // Transient faults are absorbed (retried) without the user seeing an error; a 500 or a
        // 429 without Retry-After is reported.
        const QList<Fault> each{Fault::DropMidBody,         Fault::Stall,     Fault::Throttle,
                                Fault::TruncateGzip,        Fault::Status500, Fault::Status502,
                                Fault::Status503,           Fault::Status429, Fault::Status503RetryAfter,
                                Fault::Status429RetryAfter, Fault::Duplicate};
        QTest::addColumn<bool>("absorbed");
        for (const Fault fault : each) // every third page request
            QTest::newRow(qPrintable(test::FaultProxy::name(fault)))
                << QList<Fault>{fault, Fault::Pass, Fault::Pass}
                << (fault != Fault::Status500 && fault != Fault::Status429);
        QList<Fault> all; // all of them, one after another, between good answers
        for (const Fault fault : each)
            all << fault << Fault::Pass;
        QTest::newRow("all, in turn") << all << false;
    }

    void faultsNeverLoseNorDuplicate()
    {
        QFETCH(QList<Fault>, faults);
        QFETCH(bool, absorbed);
        const QString cache =
            QStringLiteral("faulty-%1.cache").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-');
        m_proxy->setFaults(QStringLiteral("/api/v1/sync"), faults);
        const int injectedBefore = m_proxy->faultsInjected();
        const SyncEngine::Result faulty = sync(cache);
        const int injected = m_proxy->faultsInjected() - injectedBefore;
        QVERIFY(injected > 0);
        m_proxy->setFaults({}, {});
        // Absorbed faults end in a complete sync; the others (a 500, a 429
        // without Retry-After) are reported as a failure, never passed over.
        if (absorbed)
            QVERIFY2(faulty.outcome == SyncEngine::Outcome::Done, qPrintable(faulty.message));
        else
            QCOMPARE(faulty.outcome, SyncEngine::Outcome::Failed);
        if (faulty.outcome == SyncEngine::Outcome::Done) {
            QCOMPARE(rows(cache), m_clean);
        } else {
            QCOMPARE(faulty.outcome, SyncEngine::Outcome::Failed);
            QVERIFY(!faulty.message.isEmpty());
            QCOMPARE(rows(cache).last(), QStringLiteral("ok")); // what was applied is intact
            const SyncEngine::Result resumed = sync(cache);
            QVERIFY2(resumed.outcome == SyncEngine::Outcome::Done, qPrintable(resumed.message));
            QCOMPARE(rows(cache), m_clean);
        }
        m_report.append(QStringLiteral("%1: %2 faults injected, %3")
                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                            .arg(injected)
                            .arg(faulty.outcome == SyncEngine::Outcome::Done
                                     ? QStringLiteral("sync completed, rows equal")
                                     : QStringLiteral("reported \"%1\"; resumed, rows equal").arg(faulty.message)));
        QString error;
        core::Cache::remove(cachePath(cache), &error);
    }

    void aFullDiskStopsTheSyncCleanly()
    {
        test::SmallDisk disk(8);
        LEADSCOPE_REQUIRE_SMALL_DISK(disk);
        // Room for the database file, not for it and its write-ahead log together.
        QVERIFY(disk.fill(QFileInfo(cachePath(QStringLiteral("clean.cache"))).size() * 3 / 2));
        const QString cache = disk.filePath(QStringLiteral("full.cache"));

        const SyncEngine::Result full = sync(cache);
        QCOMPARE(full.outcome, SyncEngine::Outcome::Failed);
        QVERIFY2(full.message.contains(QStringLiteral("disk is full")), qPrintable(full.message));

        QVERIFY(disk.freeSpace()); // the user makes room
        QCOMPARE(rows(cache).last(), QStringLiteral("ok"));
        const SyncEngine::Result resumed = sync(cache);
        QVERIFY2(resumed.outcome == SyncEngine::Outcome::Done, qPrintable(resumed.message));
        QCOMPARE(rows(cache), m_clean);
        m_report.append(
            QStringLiteral("full disk: reported \"%1\"; space freed, resumed, rows equal").arg(full.message));
        QString error;
        core::Cache::remove(cache, &error);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
