#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/cache/Cache.h"
#include "core/sync/SyncEngine.h"
#include "protocol/Crypto.h"
#include "tests/support/CacheRows.h"
#include "tests/support/DemoServer.h"
#include "tests/support/LossyVfs.h"
#include "tests/support/SyncRun.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using core::SyncEngine;
using test::LossyVfs;

// Power losses during sync. The cache's files sit on a VFS that remembers
// what the disk held at each fsync; the power is cut at a random write —
// the files are kept as the disk would have them (everything synced, and a
// random half of what was not), and the sync's further I/O fails. Each time
// the cache found after the power came back opens, passes integrity_check,
// and a resumed sync ends with exactly the rows of a clean sync.
class TestSyncPowerLoss : public QObject
{
    Q_OBJECT
private:
    static constexpr int kPowerLosses = 100;
    QTemporaryDir m_dir;
    test::DemoServer m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::CredentialStore> m_keychain;
    std::unique_ptr<core::Session> m_session;
    QByteArray m_key = protocol::Crypto::randomBytes(32);
    QStringList m_clean;
    int m_writesPerSync = 0;

    SyncEngine::Result sync(const QString& path) { return test::runSync(m_session.get(), path, m_key, 25); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncEngine::Result>();
        QString error;
        QVERIFY2(LossyVfs::install(&error), qPrintable(error));
        QVERIFY2(m_demo.start(&error, 600, 45), qPrintable(error));
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        core::ServerEndpoint endpoint(m_demo.process().url(), m_demo.process().caFile());
        QVERIFY2(endpoint.load(&error), qPrintable(error));
        m_client = std::make_unique<core::ApiClient>(&m_network, endpoint);
        m_keychain = std::make_unique<core::CredentialStore>(QStringLiteral("leadscope-power-loss-test"));
        m_session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        QVERIFY2(test::DemoServer::signIn(*m_session, m_demo.admin(), &error), qPrintable(error));

        const int before = LossyVfs::writes();
        const SyncEngine::Result clean = sync(m_dir.filePath(QStringLiteral("clean.cache")));
        QVERIFY2(clean.outcome == SyncEngine::Outcome::Done, qPrintable(clean.message));
        m_writesPerSync = LossyVfs::writes() - before;
        QVERIFY(m_writesPerSync > 20);
        m_clean = test::cacheRows(m_dir.filePath(QStringLiteral("clean.cache")), m_key);
        QCOMPARE(m_clean.last(), QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QString error;
        QVERIFY2(m_demo.stop(&error), qPrintable(error));
    }

    void powerLossesNeverCorruptTheCache()
    {
        QRandomGenerator random(20261129);
        int resumed = 0;
        for (int i = 0; i < kPowerLosses; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("run-%1/cache").arg(i));
            const QString after = m_dir.filePath(QStringLiteral("after-%1").arg(i));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            const int cutAfter = 1 + int(random.bounded(m_writesPerSync - 1));
            LossyVfs::cutPowerAfterWrites(cutAfter, path, after, random.generate());
            const int writesBefore = LossyVfs::writes();
            const SyncEngine::Result cut = sync(path);
            QVERIFY2(
                LossyVfs::powerWasCut(),
                qPrintable(QStringLiteral("run %1: no cut after %2 writes (the sync made %3, the clean one %4): %5")
                               .arg(i)
                               .arg(cutAfter)
                               .arg(LossyVfs::writes() - writesBefore)
                               .arg(m_writesPerSync)
                               .arg(cut.message)));
            // (The sync may still report success: a cut during a checkpoint after the last commit
            // fails only the checkpoint. What counts is what the disk holds.)
            LossyVfs::restore();

            // What the disk held when the power came back.
            const QString found = QDir(after).filePath(QStringLiteral("cache"));
            if (QFile::exists(found)) {
                const QStringList rows = test::cacheRows(found, m_key);
                QVERIFY2(rows.last() == QLatin1String("ok"),
                         qPrintable(QStringLiteral("run %1: %2").arg(i).arg(rows.last())));
            }
            const SyncEngine::Result again = sync(found);
            QVERIFY2(again.outcome == SyncEngine::Outcome::Done, qPrintable(again.message));
            const QStringList rows = test::cacheRows(found, m_key);
            if (rows != m_clean) {
                qsizetype at = 0;
                while (at < rows.size() && at < m_clean.size() && rows[at] == m_clean[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("run %1: %2 rows, clean %3; first difference at %4: %5 / %6")
                                     .arg(i)
                                     .arg(rows.size())
                                     .arg(m_clean.size())
                                     .arg(at)
                                     .arg(rows.value(at), m_clean.value(at))));
            }
            ++resumed;
            QString error;
            core::Cache::remove(path, &error);
            core::Cache::remove(found, &error);
        }
        qInfo("%d power losses at random writes: every cache intact, every resumed sync equal to the clean one",
              resumed);
    }
};

QTEST_GUILESS_MAIN(TestSyncPowerLoss)
#include "TestSyncPowerLoss.moc"
