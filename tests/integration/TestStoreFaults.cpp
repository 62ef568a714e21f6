#include "tests/support/ServerProcess.h"
#include "tests/support/SmallDisk.h"
#include "tests/support/TestOrganisation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <unistd.h>

using namespace leadscope;

namespace {

// Tracking hits from a company's range, `parallel` in flight at any time,
// until stopped; counts the answers by status.
class HitLoad : public QObject
{
public:
    HitLoad(const QUrl& server, const QString& caFile, const QString& siteId, int parallel)
        : m_url(server.resolved(QUrl(QStringLiteral("/collect"))))
        , m_siteId(siteId)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        for (int i = 0; i < parallel; ++i)
            send();
    }
    void stop() { m_stopping = true; }
    bool idle() const { return m_inFlight == 0; }
    QHash<int, int> statuses; // status → answers (0: no answer)
    QList<int> recent;        // the statuses, in order

private:
    void send()
    {
        if (m_stopping)
            return;
        QNetworkRequest request(m_url);
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(30'000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        request.setRawHeader("X-Forwarded-For", "203.0.113.7");
        request.setRawHeader("Origin", "https://www.faults.example");
        const int n = m_sent++;
        const QJsonObject body{
            {QStringLiteral("site"), m_siteId},
            {QStringLiteral("url"), QStringLiteral("https://www.faults.example/p/%1").arg(n)},
            {QStringLiteral("title"), QStringLiteral("Page")},
            {QStringLiteral("vid"), QStringLiteral("%1").arg(n % 50, 32, 16, QLatin1Char('0'))},
            {QStringLiteral("sid"), QStringLiteral("%1").arg(n % 50 + 1000, 32, 16, QLatin1Char('0'))},
            {QStringLiteral("device"), QStringLiteral("desktop")}};
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++m_inFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++statuses[status];
            recent.append(status);
            reply->deleteLater();
            --m_inFlight;
            send();
        });
    }

    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QUrl m_url;
    QString m_siteId;
    bool m_stopping = false;
    int m_inFlight = 0;
    int m_sent = 0;
};

QString fixtureScript()
{
    return qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") + QStringLiteral("/tests/fixtures/postgres");
}

qint64 count(const QString& connection, const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// A SQLite store checked the way a restore or a crash must leave it: SQLite's integrity check, every
// visit counting exactly its page views, no page view without its visit. Empty when all is well;
// *pageviews = how many page views it holds.
QString sqliteProblems(const QString& path, qint64* pageviews)
{
    QString problem;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("store-check"));
        check.setDatabaseName(path);
        QSqlQuery integrity(check);
        if (!check.open() || !integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next())
            problem = QStringLiteral("cannot check ") + path;
        else if (integrity.value(0).toString() != QLatin1String("ok"))
            problem = integrity.value(0).toString();
        else if (count(QStringLiteral("store-check"),
                       QStringLiteral("SELECT count(*) FROM visits v WHERE pageviews != "
                                      "(SELECT count(*) FROM pageviews p WHERE p.visit_id = v.id)")) != 0)
            problem = QStringLiteral("a visit's page-view count disagrees with its page views");
        else if (count(QStringLiteral("store-check"),
                       QStringLiteral("SELECT count(*) FROM pageviews p WHERE NOT EXISTS "
                                      "(SELECT 1 FROM visits v WHERE v.id = p.visit_id)")) != 0)
            problem = QStringLiteral("a page view without its visit");
        *pageviews = count(QStringLiteral("store-check"), QStringLiteral("SELECT count(*) FROM pageviews"));
        integrity = QSqlQuery();
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("store-check"));
    return problem;
}

} // namespace

// The server's store failing under it: PostgreSQL restarted during a
// /collect load, a full disk under the SQLite store, and a backup taken
// during a load. Only hits in flight may fail (503), the server recovers by
// itself, nothing acknowledged is lost and the store is never damaged.
class TestStoreFaults : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kCompany =
        "10000001,Acme Industrie B.V.,Acme,Besloten Vennootschap,2599,Metaal,50-99,Weg 1,3542 AD,Utrecht,NL,,,\n";
    static constexpr const char* kRange = "203.0.113.0,203.0.113.255,10000001,company,Acme\n";

    bool setUp(test::ServerProcess& server, const QString& db, const QString& work, test::TestOrganisation* org)
    {
        QString error;
        const bool ok =
            server.prepare(&error, db) &&
            test::TestOrganisation::create(server.dbUrl(), work, QStringLiteral("Faults B.V."),
                                           QStringLiteral("faults.example"), kCompany, kRange, org, &error) &&
            server.start(&error, server.dbUrl(), {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void postgresRestartedUnderLoad()
    {
        // A cluster of its own: restarting the shared one would hit the other suites.
        const QString cluster = qEnvironmentVariable("LEADSCOPE_TEST_FIXTURES") + QStringLiteral("/postgres-restart-") +
                                QString::number(getpid());
        // Durable commits: an acknowledged hit must survive the crash.
        QCOMPARE(QProcess::execute(fixtureScript(), {QStringLiteral("start"), cluster, QStringLiteral("durable")}), 0);
        const auto removeCluster = qScopeGuard([&cluster] {
            QProcess::execute(fixtureScript(), {QStringLiteral("stop"), cluster});
        });
        QFile urlFile(cluster + QStringLiteral("/url"));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const QString db = QString::fromUtf8(urlFile.readAll()).trimmed();
        qputenv("PGPASSFILE", QFile::encodeName(cluster + QStringLiteral("/pgpass")));

        QTemporaryDir work;
        test::ServerProcess server;
        test::TestOrganisation org;
        QVERIFY(setUp(server, db, work.path(), &org));
        HitLoad load(server.url(), server.caFile(), org.siteId, 8);
        QTest::qWait(3'000);
        const int beforeRestart = load.recent.size();
        QVERIFY(load.statuses.value(204) > 20);
        QCOMPARE(QProcess::execute(fixtureScript(), {QStringLiteral("restart"), cluster}), 0);
        QTest::qWait(6'000);
        load.stop();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 60'000);

        // Only 204 and 503 (in flight while the database was away), and it recovered by itself.
        for (auto it = load.statuses.cbegin(); it != load.statuses.cend(); ++it)
            QVERIFY2(it.key() == 204 || it.key() == 503, qPrintable(QString::number(it.key())));
        const QList<int> last = load.recent.mid(load.recent.size() - 40);
        QVERIFY2(last.count(204) == last.size(), "still failing after the restart");
        QVERIFY(load.recent.size() - beforeRestart > 60);

        // Every acknowledged hit is stored once; a hit answered 503 may or may not be (its commit
        // may have landed just before the connection went).
        QString error;
        QVERIFY2(server.stop(&error), qPrintable(error));
        const QUrl url(db);
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("restart-check"));
            check.setHostName(url.host());
            check.setPort(url.port());
            check.setUserName(url.userName());
            check.setDatabaseName(url.path().mid(1));
            check.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=") +
                                    QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert")));
            QVERIFY2(check.open(), qPrintable(check.lastError().text()));
            const qint64 stored =
                count(QStringLiteral("restart-check"), QStringLiteral("SELECT count(*) FROM pageviews"));
            QVERIFY2(stored >= load.statuses.value(204) &&
                         stored <= load.statuses.value(204) + load.statuses.value(503),
                     qPrintable(QStringLiteral("%1 stored, %2 acknowledged, %3 failed")
                                    .arg(stored)
                                    .arg(load.statuses.value(204))
                                    .arg(load.statuses.value(503))));
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restart-check"));
        qInfo("PostgreSQL restart: %d hits acknowledged, %d answered 503 while it was away", load.statuses.value(204),
              load.statuses.value(503));
    }

    void sqliteDiskFullThenSpaceFreed()
    {
        test::SmallDisk disk(16);
        LEADSCOPE_REQUIRE_SMALL_DISK(disk);
        QTemporaryDir work;
        test::ServerProcess server;
        test::TestOrganisation org;
        const QString db = QStringLiteral("sqlite:") + disk.filePath(QStringLiteral("store.db"));
        QVERIFY(setUp(server, db, work.path(), &org));

        // The disk fills up (someone else's files) while hits arrive.
        QVERIFY(disk.fill());
        HitLoad load(server.url(), server.caFile(), org.siteId, 4);
        QTRY_VERIFY_WITH_TIMEOUT(load.statuses.value(503) >= 20, 60'000);
        QCOMPARE(load.statuses.value(204) + load.statuses.value(503), int(load.recent.size())); // nothing else
        // Space comes back: the server carries on by itself.
        QVERIFY(disk.freeSpace());
        const int before = load.statuses.value(204);
        QTRY_VERIFY_WITH_TIMEOUT(load.statuses.value(204) >= before + 50, 60'000);
        load.stop();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 60'000);
        QString error;
        QVERIFY2(server.stop(&error), qPrintable(error));
        QVERIFY2(!server.output().contains(QLatin1String("203.0.113.7")), "an address in the log");

        qint64 stored = 0;
        const QString problem = sqliteProblems(disk.filePath(QStringLiteral("store.db")), &stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(stored >= load.statuses.value(204), qPrintable(QString::number(stored)));
        qInfo("SQLite disk full: %d hits refused with 503 while full, %d acknowledged, store intact",
              load.statuses.value(503), load.statuses.value(204));
    }

    void backupTakenDuringLoadRestoresConsistently()
    {
        QTemporaryDir work;
        test::ServerProcess server;
        test::TestOrganisation org;
        QVERIFY(setUp(server, {}, work.path(), &org));
        HitLoad load(server.url(), server.caFile(), org.siteId, 8);
        QTRY_VERIFY_WITH_TIMEOUT(load.statuses.value(204) >= 200, 60'000);
        QString output;
        QString error;
        const QString backups = work.filePath(QStringLiteral("backups"));
        QVERIFY2(test::ServerProcess::run({QStringLiteral("backup"), QStringLiteral("--db"), server.dbUrl(),
                                           QStringLiteral("--to"), backups},
                                          &output, &error),
                 qPrintable(error));
        const QString backupFile = output.trimmed();
        QVERIFY(QFile::exists(backupFile));
        const int acknowledgedAfterBackup = load.statuses.value(204);
        load.stop();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 60'000);
        QVERIFY2(server.stop(&error), qPrintable(error));

        const QString restored = work.filePath(QStringLiteral("restored.db"));
        QVERIFY2(test::ServerProcess::run(
                     {QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("sqlite:") + restored}, &output,
                     &error),
                 qPrintable(error));
        QVERIFY2(test::ServerProcess::run({QStringLiteral("restore"), QStringLiteral("--db"),
                                           QStringLiteral("sqlite:") + restored, QStringLiteral("--from"), backupFile},
                                          &output, &error),
                 qPrintable(error));
        qint64 stored = 0;
        const QString problem = sqliteProblems(restored, &stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A snapshot of one moment during the load: some of it, never more than was acknowledged by its end.
        QVERIFY2(stored >= 200 && stored <= acknowledgedAfterBackup + 8, qPrintable(QString::number(stored)));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "TestStoreFaults.moc"
