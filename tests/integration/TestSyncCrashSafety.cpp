#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/cache/Cache.h"
#include "core/cache/LocalCache.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CacheRows.h"
#include "tests/support/ClientProcess.h"
#include "tests/support/DemoServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// "Killing the app at any moment loses nothing and duplicates nothing":
// `leadscope sync` is killed with SIGKILL at random moments while it syncs
// (between and inside page applications); after every kill the cache opens
// and passes integrity_check, and the resumed syncs end with exactly the
// rows of a clean, uninterrupted sync.
class TestSyncCrashSafety : public QObject
{
    Q_OBJECT
private:
    test::DemoServer m_demo;
    QTemporaryDir m_dir;
    static constexpr int kKills = 24;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/fixtures/with-keyring");
        qRegisterMetaType<core::SyncEngine::Result>();
        // Same names as the client, so paths and keychain entries are its own.
        QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
        QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
        QString error;
        QVERIFY2(m_demo.start(&error, 20000, 60), qPrintable(error));
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        const auto login = test::ClientProcess::run(
            {QStringLiteral("login"), QStringLiteral("--server"), m_demo.process().url().toString(),
             QStringLiteral("--ca"), m_demo.process().caFile(), QStringLiteral("--email"), m_demo.admin().email},
            m_demo.admin().password + '\n' + m_demo.admin().nextCode().toLatin1() + '\n');
        QVERIFY2(login.exit == 0, qPrintable(login.err));
    }

    void killedAtRandomNeverCorruptsNorLoses()
    {
        const QUrl server = m_demo.process().url();
        const QString email = m_demo.admin().email;
        const QString path = core::LocalCache::pathFor(server, email);
        auto* random = QRandomGenerator::global();
        int killedWhileSyncing = 0;
        for (int attempt = 0; attempt < 200 && killedWhileSyncing < kKills; ++attempt) {
            QElapsedTimer clock;
            clock.start();
            QProcess sync;
            sync.setReadChannel(QProcess::StandardError); // progress goes there
            sync.start(test::ClientProcess::binary(),
                       {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("2")});
            QVERIFY(sync.waitForStarted());
            // Wait until pages are being applied, then kill at a random moment.
            QByteArray progress;
            while (!progress.contains("Syncing") && sync.state() == QProcess::Running && sync.waitForReadyRead(20'000))
                progress += sync.readAllStandardError();
            if (sync.state() != QProcess::Running) {
                sync.waitForFinished(120'000);
                QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
                break; // finished before a kill: the sync is complete
            }
            const qint64 firstProgress = clock.elapsed();
            QTest::qWait(random->bounded(250));
            const bool running = sync.state() == QProcess::Running;
            sync.kill(); // SIGKILL: no clean-up of any kind
            sync.waitForFinished();
            if (running)
                ++killedWhileSyncing;
            qInfo("attempt %d: killed %s (first page after %lld ms)", attempt,
                  running ? "while syncing" : "after the end", firstProgress);

            // Whatever the moment, the cache opens and is consistent.
            const core::CredentialResult key =
                test::ClientProcess::keychainRead(core::LocalCache::keychainKeyFor(server, email));
            QVERIFY2(key.ok(), qPrintable(key.message));
            QVERIFY2(QFile::exists(path), qPrintable(path)); // the client's own cache, not a new one
            core::Cache::OpenResult result;
            auto cache = core::Cache::open(path, key.secret.bytes(), &result);
            QVERIFY2(cache, qPrintable(result.message));
            QString error;
            core::SqliteStatement check = cache->db().prepare(QStringLiteral("PRAGMA integrity_check"), &error);
            QVERIFY(check.isValid() && check.next());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        }
        QVERIFY2(killedWhileSyncing >= kKills,
                 qPrintable(QStringLiteral("only %1 kills landed during a sync").arg(killedWhileSyncing)));

        // Resume to the end.
        const auto finished = test::ClientProcess::run({QStringLiteral("sync")});
        QVERIFY2(finished.exit == 0, qPrintable(finished.err));

        // A clean sync of the same account into a fresh cache, in this process.
        core::ServerEndpoint endpoint(server, m_demo.process().caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::CredentialStore keychain(QStringLiteral("leadscope-crash-test"));
        core::Session session(&client, &keychain);
        QVERIFY2(test::DemoServer::signIn(session, m_demo.admin(), &error), qPrintable(error));
        const QByteArray cleanKey = protocol::Crypto::randomBytes(32);
        const QString cleanPath = m_dir.filePath(QStringLiteral("clean.cache"));
        {
            core::SyncEngine engine(&session, cleanPath, protocol::SecretBytes(cleanKey));
            QSignalSpy done(&engine, &core::SyncEngine::finished);
            engine.start();
            QVERIFY(done.wait(120'000));
            QCOMPARE(done.first().first().value<core::SyncEngine::Result>().outcome, core::SyncEngine::Outcome::Done);
        }

        const core::CredentialResult key =
            test::ClientProcess::keychainRead(core::LocalCache::keychainKeyFor(server, email));
        core::Cache::OpenResult result;
        auto crashed = core::Cache::open(path, key.secret.bytes(), &result);
        auto clean = core::Cache::open(cleanPath, cleanKey, &result);
        QVERIFY(crashed && clean);
        const QStringList expected = test::cacheRows(*clean);
        const QStringList actual = test::cacheRows(*crashed);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrashSafety)
#include "TestSyncCrashSafety.moc"
