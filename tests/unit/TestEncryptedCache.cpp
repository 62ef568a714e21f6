#include "core/cache/Cache.h"
#include "core/cache/EncryptedVfs.h"
#include "protocol/Crypto.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace leadscope;
using core::Cache;

// The cache at rest: no plaintext on disk (database, WAL, journal), every
// changed byte detected, a wrong key refused, re-keying, and a clear error
// for each — what docs/ARCHITECTURE.md's sync path and SECURITY.md promise of the client cache.
class TestEncryptedCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_key = protocol::Crypto::randomBytes(32);

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void fill(Cache& cache, int companies)
    {
        QString error;
        core::SqliteDatabase::Transaction transaction(cache.db());
        core::SqliteStatement insert = cache.db().prepare(
            QStringLiteral("INSERT INTO companies (id, name, city, website) VALUES (?, ?, ?, ?)"), &error);
        QVERIFY2(insert.isValid(), qPrintable(error));
        core::SqliteStatement visit =
            cache.db().prepare(QStringLiteral("INSERT INTO visits (id, company_id, started_at, ended_at, landing_page) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               &error);
        for (int i = 0; i < companies; ++i) {
            const QString id = QStringLiteral("kvk-%1").arg(10'000'000 + i);
            QVERIFY(insert.bind(1, id)
                        .bind(2, QStringLiteral("Acme Industrie %1 B.V.").arg(i))
                        .bind(3, QStringLiteral("Utrecht"))
                        .bind(4, QStringLiteral("https://www.acme-industrie.example"))
                        .exec());
            QVERIFY(visit.bind(1, QStringLiteral("v-%1").arg(i))
                        .bind(2, id)
                        .bind(3, qint64(1'790'000'000'000) + i)
                        .bind(4, qint64(1'790'000'060'000) + i)
                        .bind(5, QStringLiteral("/pricing/enterprise-plan"))
                        .exec());
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }

    static QByteArray bytesOf(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void expectNoPlaintext(const QString& file)
    {
        const QByteArray bytes = bytesOf(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        for (const char* needle :
             {"SQLite format 3", "Acme Industrie", "Utrecht", "acme-industrie", "enterprise-plan", "CREATE TABLE"})
            QVERIFY2(!bytes.contains(needle), qPrintable(file + QStringLiteral(" contains ") + QLatin1String(needle)));
    }

    static qint64 count(Cache& cache, const char* sql)
    {
        QString error;
        core::SqliteStatement query = cache.db().prepare(QString::fromLatin1(sql), &error);
        return query.isValid() && query.next() ? query.int64(0) : -1;
    }

    // Reads everything, as a user scrolling through it all would.
    static bool readsEverything(Cache& cache)
    {
        QString error;
        core::SqliteStatement check = cache.db().prepare(QStringLiteral("PRAGMA integrity_check"), &error);
        if (!check.isValid() || !check.next() || check.text(0) != QLatin1String("ok"))
            return false;
        return count(cache, "SELECT count(*) FROM companies WHERE name <> ''") >= 0 &&
               count(cache, "SELECT count(*) FROM visits WHERE landing_page <> ''") >= 0;
    }

private Q_SLOTS:
    void writesAndReadsBackThroughWal()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("a.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QVERIFY(core::EncryptedVfs::isInEffect(cache->db().handle()));
        fill(*cache, 3000);
        // While open, the WAL holds the new pages: encrypted too.
        QVERIFY(QFile::exists(path("a.cache-wal")));
        expectNoPlaintext(path("a.cache-wal"));
        expectNoPlaintext(path("a.cache"));
        cache.reset();
        expectNoPlaintext(path("a.cache"));

        auto again = Cache::open(path("a.cache"), m_key, &result);
        QVERIFY2(again, qPrintable(result.message));
        QCOMPARE(count(*again, "SELECT count(*) FROM companies"), 3000);
        QCOMPARE(count(*again, "SELECT count(*) FROM company_search WHERE company_search MATCH 'acme*'"), 3000);
        QVERIFY(readsEverything(*again));
    }

    void plainSqliteSeesNoDatabase()
    {
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("b.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 100);
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(path("b.cache").toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const int rc = sqlite3_exec(db, "SELECT count(*) FROM companies", nullptr, nullptr, nullptr);
        QCOMPARE(rc, SQLITE_NOTADB); // not even the header is readable
        sqlite3_close(db);
    }

    void rollbackJournalIsEncryptedToo()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("c.cache"), m_key, &result);
        QVERIFY(cache);
        fill(*cache, 500);
        QString error;
        QVERIFY2(cache->db().exec(QStringLiteral("PRAGMA journal_mode=DELETE"), &error), qPrintable(error));
        QVERIFY(cache->db().exec(QStringLiteral("BEGIN IMMEDIATE; UPDATE companies SET city = 'Amersfoort'"), &error));
        // The journal now holds the old pages (with "Utrecht" in them).
        QVERIFY(QFile::exists(path("c.cache-journal")));
        expectNoPlaintext(path("c.cache-journal"));
        QVERIFY(cache->db().exec(QStringLiteral("ROLLBACK"), &error));
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Utrecht'"), 500);
        QVERIFY(readsEverything(*cache));
    }

    void everyChangedByteIsDetected()
    {
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("d.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 800);
            // No free pages: every page belongs to a table or index that is read below.
            QString error;
            QVERIFY2(cache->db().exec(QStringLiteral("VACUUM"), &error), qPrintable(error));
            QCOMPARE(count(*cache, "PRAGMA freelist_count"), 0);
        }
        const QByteArray original = bytesOf(path("d.cache"));
        const int pages = int(original.size() / core::EncryptedVfs::kPageSize);
        QVERIFY(pages > 20);
        auto* random = QRandomGenerator::global();
        for (int page = 0; page < pages; ++page) {
            QByteArray tampered = original;
            const int at = page * core::EncryptedVfs::kPageSize + random->bounded(core::EncryptedVfs::kPageSize);
            tampered[at] = char(tampered[at] ^ (1 << random->bounded(8)));
            const QString copy = path("tampered.cache");
            QString error;
            QVERIFY(Cache::remove(copy, &error));
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(tampered);
            out.close();
            Cache::OpenResult result;
            auto cache = Cache::open(copy, m_key, &result);
            // Either it does not open, or reading the page fails: never silently read.
            if (cache) {
                QVERIFY2(!readsEverything(*cache), qPrintable(QStringLiteral("page %1 byte %2").arg(page).arg(at)));
            } else {
                QCOMPARE(result.error, Cache::Error::WrongKeyOrDamaged);
            }
        }
    }

    void wrongKeyAndTruncationAreRefusedInWords()
    {
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("e.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 200);
        }
        Cache::OpenResult result;
        QVERIFY(!Cache::open(path("e.cache"), protocol::Crypto::randomBytes(32), &result));
        QCOMPARE(result.error, Cache::Error::WrongKeyOrDamaged);
        QVERIFY2(result.message.contains(QStringLiteral("sync again")), qPrintable(result.message));

        QFile file(path("e.cache"));
        QVERIFY(file.resize(core::EncryptedVfs::kPageSize / 2));
        QVERIFY(!Cache::open(path("e.cache"), m_key, &result));
        QCOMPARE(result.error, Cache::Error::WrongKeyOrDamaged);
    }

    void rekeyReplacesTheKey()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("f.cache"), m_key, &result);
        QVERIFY(cache);
        fill(*cache, 300);
        const QByteArray newKey = protocol::Crypto::randomBytes(32);
        QString error;
        QVERIFY2(cache->rekey(newKey, &error), qPrintable(error));
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies"), 300);
        cache.reset();
        QVERIFY(!Cache::open(path("f.cache"), m_key, &result));
        QCOMPARE(result.error, Cache::Error::WrongKeyOrDamaged);
        auto reopened = Cache::open(path("f.cache"), newKey, &result);
        QVERIFY2(reopened, qPrintable(result.message));
        QVERIFY(readsEverything(*reopened));
        expectNoPlaintext(path("f.cache"));
        QVERIFY(!QFile::exists(path("f.cache.rekey")));
    }

    void nothingSpillsToTemporaryFiles()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("g.cache"), m_key, &result);
        QVERIFY(cache);
        fill(*cache, 100);
        QString error;
        // Even if someone asks for a temporary database on disk and makes it
        // spill, the VFS refuses the file rather than write plaintext.
        QVERIFY(cache->db().exec(QStringLiteral("PRAGMA temp_store=FILE; ATTACH '' AS scratch; "
                                                "PRAGMA scratch.cache_size=2"),
                                 &error));
        QVERIFY(!cache->db().exec(QStringLiteral("CREATE TABLE scratch.spill AS SELECT randomblob(4000) AS b, * "
                                                 "FROM companies"),
                                  &error));
        QVERIFY(QDir(QDir::tempPath()).entryList({QStringLiteral("etilqs_*")}).isEmpty());
        QVERIFY(cache->db().exec(QStringLiteral("DETACH scratch; PRAGMA temp_store=MEMORY"), &error));
        QVERIFY2(cache->db().exec(QStringLiteral("CREATE TEMP TABLE spill AS SELECT * FROM companies"), &error),
                 qPrintable(error));
    }

    void removeLeavesNoFile()
    {
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("h.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 50);
        }
        QString error;
        QVERIFY(Cache::remove(path("h.cache"), &error));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("h.cache*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedCache)
#include "TestEncryptedCache.moc"
