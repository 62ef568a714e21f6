#include "core/cache/Cache.h"
#include "core/cache/EncryptedVfs.h"
#include "protocol/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <atomic>
#include <thread>

#include <QtEndian>
#include <sys/inotify.h>

#include <sqlite3.h>

using namespace leadscope;

namespace {

// The temporary files created in the directories SQLite puts them in, while
// this lives (inotify: a file unlinked at once is still seen being created).
class TempFileWatch
{
public:
    TempFileWatch()
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QStringList candidates{qEnvironmentVariable("SQLITE_TMPDIR"), qEnvironmentVariable("TMPDIR"),
                               QStringLiteral("/var/tmp"), QStringLiteral("/usr/tmp"), QStringLiteral("/tmp")};
        for (const QString& dir : candidates) {
            if (dir.isEmpty() || !QFileInfo(dir).isDir() || m_directories.contains(dir))
                continue;
            if (inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_CREATE) >= 0)
                m_directories << dir;
        }
    }
    ~TempFileWatch() { ::close(m_fd); }
    TempFileWatch(const TempFileWatch&) = delete;
    TempFileWatch& operator=(const TempFileWatch&) = delete;

    QStringList directories() const { return m_directories; }
    // SQLite's temporary files ("etilqs_…") created so far.
    QStringList created()
    {
        alignas(inotify_event) char buffer[16 * 1024];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                const QString name = event->len ? QFile::decodeName(event->name) : QString();
                if (name.startsWith(QLatin1String("etilqs_")))
                    m_created << name;
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        return m_created;
    }

private:
    int m_fd = -1;
    QStringList m_directories;
    QStringList m_created;
};

} // namespace
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
    QString path(const QString& name) const { return m_dir.filePath(name); }

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

    // SQLite's WAL checksum: pairs of 32-bit words, Fibonacci-weighted sums
    // (native byte order here, as the magic says on a little-endian machine).
    // It is linear and unkeyed, so an attacker can fix it up after changing a
    // header word without knowing the page's plaintext: that is what this
    // does, as they would — from the difference alone.
    static void addChecksumDelta(quint32 d1, quint32 d2, const QList<quint32>& wordDeltas, quint32* s1, quint32* s2)
    {
        quint32 a = d1;
        quint32 b = d2;
        for (int i = 0; i < wordDeltas.size(); i += 2) {
            a += wordDeltas[i] + b;
            b += wordDeltas[i + 1] + a;
        }
        *s1 += a;
        *s2 += b;
    }

    static quint32 word(const QByteArray& bytes, qsizetype at)
    {
        return qFromLittleEndian<quint32>(bytes.constData() + at);
    }

    // Points WAL frame `frame` at database page `newPage` and fixes every
    // checksum after it, as someone with write access to the folder could.
    static QByteArray moveWalFrame(QByteArray wal, int frame, quint32 newPage)
    {
        constexpr int kFrame = 24 + core::EncryptedVfs::kPageSize;
        const qsizetype header = 32 + qsizetype(frame) * kFrame;
        const quint32 oldWord = word(wal, header);
        char pageBytes[4];
        qToBigEndian(newPage, pageBytes);
        wal.replace(header, 4, pageBytes, 4);
        const quint32 delta = word(wal, header) - oldWord;
        // This frame: its words are the header's first 8 bytes, then the page.
        QList<quint32> deltas((8 + core::EncryptedVfs::kPageSize) / 4, 0);
        deltas[0] = delta;
        quint32 carry1 = 0;
        quint32 carry2 = 0;
        addChecksumDelta(0, 0, deltas, &carry1, &carry2);
        deltas[0] = 0;
        const qsizetype frames = (wal.size() - 32) / kFrame;
        for (qsizetype f = frame; f < frames; ++f) {
            const qsizetype at = 32 + f * kFrame;
            // The sums are over native-order words but stored big-endian.
            quint32 s1 = qFromBigEndian<quint32>(wal.constData() + at + 16);
            quint32 s2 = qFromBigEndian<quint32>(wal.constData() + at + 20);
            if (f == frame) {
                s1 += carry1;
                s2 += carry2;
            } else {
                // A shifted start propagates through a frame of unchanged words.
                quint32 shift1 = 0;
                quint32 shift2 = 0;
                addChecksumDelta(carry1, carry2, deltas, &shift1, &shift2);
                s1 += shift1;
                s2 += shift2;
                carry1 = shift1;
                carry2 = shift2;
            }
            qToBigEndian(s1, wal.data() + at + 16);
            qToBigEndian(s2, wal.data() + at + 20);
        }
        return wal;
    }

private Q_SLOTS:
    void aWalFrameMovedToAnotherPageIsRejected()
    {
        // Committed changes still in the WAL when the app stops (no checkpoint on close).
        QByteArray before;
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("w.cache"), m_key, &result);
            QVERIFY2(cache, qPrintable(result.message));
            fill(*cache, 600);
            if (QTest::currentTestFailed())
                return;
            QString error;
            QVERIFY2(cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error), qPrintable(error));
            QVERIFY(cache->db().exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"), &error));
            QCOMPARE(sqlite3_db_config(cache->db().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
            QVERIFY2(
                cache->db().exec(QStringLiteral("UPDATE companies SET city = 'Amersfoort' WHERE rowid <= 3"), &error),
                qPrintable(error));
        }
        const QByteArray wal = bytesOf(path("w.cache-wal"));
        QVERIFY(wal.size() > 32 + 24 + core::EncryptedVfs::kPageSize);
        const QByteArray database = bytesOf(path("w.cache"));
        {
            // Untouched, the log's changes are there after a restart.
            Cache::OpenResult result;
            auto cache = Cache::open(path("w.cache"), m_key, &result);
            QVERIFY2(cache, qPrintable(result.message));
            QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Amersfoort'"), 3);
            QCOMPARE(sqlite3_db_config(cache->db().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
        }
        QFile restore(path("w.cache"));
        QVERIFY(restore.open(QIODevice::WriteOnly | QIODevice::Truncate));
        restore.write(database);
        restore.close();
        const quint32 page = qFromBigEndian<quint32>(wal.constData() + 32);
        const quint32 other = page == 2 ? 3 : 2;
        // First, the fix-up is right: unchanged page number, unchanged file.
        QCOMPARE(moveWalFrame(wal, 0, page), wal);
        // Frame 0 now claims to be page `other`, with valid checksums throughout.
        QFile out(path("w.cache-wal"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(moveWalFrame(wal, 0, other));
        out.close();
        Cache::OpenResult result;
        auto cache = Cache::open(path("w.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        // The moved frame fails its tag: the log ends before it, and the cache is
        // what it was before the update — whole, not a page of one table in another.
        QVERIFY(readsEverything(*cache));
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies"), 600);
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Amersfoort'"), 0);
    }

    // Three committed transactions left in the WAL (no checkpoint on close).
    // Returns the log and the frame index at which each transaction starts.
    QByteArray walOfThreeTransactions(const QString& file, QByteArray* database, QList<int>* starts)
    {
        constexpr int kFrame = 24 + core::EncryptedVfs::kPageSize;
        Cache::OpenResult result;
        auto cache = Cache::open(path(file), m_key, &result);
        if (!cache) {
            QTest::qFail(qPrintable(result.message), __FILE__, __LINE__);
            return {};
        }
        fill(*cache, 600);
        QString error;
        if (QTest::currentTestFailed() || !cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); "
                                                                           "PRAGMA wal_autocheckpoint=0"),
                                                            &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        *database = bytesOf(path(file));
        sqlite3_db_config(cache->db().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        const QStringList cities = {QStringLiteral("Amersfoort"), QStringLiteral("Zwolle"), QStringLiteral("Breda")};
        for (int i = 0; i < cities.size(); ++i) {
            starts->append(int((QFileInfo(path(file + QStringLiteral("-wal"))).size() - 32) / kFrame));
            if (!cache->db().exec(
                    QStringLiteral("UPDATE companies SET city = '%1' WHERE rowid % 3 = %2").arg(cities[i]).arg(i),
                    &error)) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return {};
            }
        }
        starts->append(int((QFileInfo(path(file + QStringLiteral("-wal"))).size() - 32) / kFrame));
        return bytesOf(path(file + QStringLiteral("-wal")));
    }

    // Replaces a file's contents; false (for the caller's QVERIFY) if it cannot.
    bool writeFile(const QString& file, const QByteArray& bytes) const
    {
        QFile out(path(file));
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
    }

    void aSpoiledFrameBeforeALaterCommitIsDamageNotTheEndOfTheLog()
    {
        constexpr int kFrame = 24 + core::EncryptedVfs::kPageSize;
        QByteArray database;
        QList<int> starts;
        const QByteArray wal = walOfThreeTransactions(QStringLiteral("s.cache"), &database, &starts);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(starts.size(), 4);
        QVERIFY(starts[0] == 0 && starts[1] > 0 && starts[2] > starts[1] && starts[3] > starts[2]);
        const auto cities = [this]() {
            Cache::OpenResult result;
            auto cache = Cache::open(path("s.cache"), m_key, &result);
            if (!cache)
                return QStringLiteral("refused: %1").arg(result.message);
            sqlite3_db_config(cache->db().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            return QStringLiteral("%1 %2 %3 %4")
                .arg(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Amersfoort'"))
                .arg(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Zwolle'"))
                .arg(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Breda'"))
                .arg(readsEverything(*cache) ? QStringLiteral("whole") : QStringLiteral("unreadable"));
        };
        // Control: untouched, all three transactions are there.
        QVERIFY(writeFile(QStringLiteral("s.cache"), database));
        QVERIFY(writeFile(QStringLiteral("s.cache-wal"), wal));
        QCOMPARE(cities(), QStringLiteral("200 200 200 whole"));
        const auto spoil = [&](int frame) {
            QByteArray bytes = wal;
            const qsizetype at = 32 + qsizetype(frame) * kFrame + 24 + 1000;
            bytes[at] = char(bytes[at] ^ 0x01);
            QFile::remove(path("s.cache-shm"));
            return writeFile(QStringLiteral("s.cache"), database) && writeFile(QStringLiteral("s.cache-wal"), bytes);
        };
        // One bit in the first or the second transaction: later ones were committed
        // after it was on the disk (the WAL is synced at each commit), so this is not
        // a torn write. Before, the log silently ended there and the cache lost the
        // committed transactions after it.
        for (const int frame : {starts[0], starts[1] + 1, starts[2] - 1}) {
            QVERIFY(spoil(frame));
            QVERIFY2(cities().startsWith(QLatin1String("refused: The local copy of your data cannot be read")),
                     qPrintable(QStringLiteral("frame %1: %2").arg(frame).arg(cities())));
        }
        // In the last transaction it is what a power loss during that commit leaves:
        // the log ends before it, and the two before are whole.
        QVERIFY(spoil(starts[2]));
        QCOMPARE(cities(), QStringLiteral("200 200 0 whole"));
    }

    void aSpoiledFrameIsNeverCheckpointed()
    {
        QByteArray database;
        QList<int> starts;
        const QByteArray wal = walOfThreeTransactions(QStringLiteral("k.cache"), &database, &starts);
        if (QTest::currentTestFailed())
            return;
        Cache::OpenResult result;
        auto cache = Cache::open(path("k.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Breda'"), 200);
        // The log was read whole at open; now a bit of the last transaction's first
        // frame (the newest copy of its page, which the checkpoint copies) changes on disk.
        QByteArray bytes = wal;
        const qsizetype at = 32 + qsizetype(starts[2]) * (24 + core::EncryptedVfs::kPageSize) + 24 + 1000;
        bytes[at] = char(bytes[at] ^ 0x01);
        QVERIFY(writeFile(QStringLiteral("k.cache-wal"), bytes));
        // The checkpoint reads the frame to copy it into the database: it must fail,
        // not copy zeros (which would then pass as an authentic page of the database).
        QString error;
        QVERIFY(!cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
        QCOMPARE(cache->db().lastErrorCode(), SQLITE_IOERR_DATA);
        cache.reset();
        QCOMPARE(bytesOf(path("k.cache")), database);
    }

    void aJournalRecordMovedToAnotherPageIsRejected()
    {
        // A crash in the middle of a rollback-journal transaction leaves a hot journal;
        // the next open rolls the whole file back. A record pointed at another page
        // must fail its tag instead of being written there.
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("j.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 600);
            if (QTest::currentTestFailed())
                return;
            QString error;
            QVERIFY2(cache->db().exec(QStringLiteral("PRAGMA journal_mode=DELETE"), &error), qPrintable(error));
        }
        QByteArray journal;
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("j.cache"), m_key, &result);
            QVERIFY(cache);
            QString error;
            QVERIFY(cache->db().exec(QStringLiteral("PRAGMA journal_mode=DELETE"), &error));
            QVERIFY(cache->db().exec(QStringLiteral("PRAGMA cache_size=1"), &error)); // spill: pages reach the file
            QVERIFY(
                cache->db().exec(QStringLiteral("BEGIN IMMEDIATE; UPDATE companies SET city = 'Amersfoort'"), &error));
            journal = bytesOf(path("j.cache-journal"));
            const QByteArray midway = bytesOf(path("j.cache"));
            QVERIFY(cache->db().exec(QStringLiteral("ROLLBACK"), &error));
            cache.reset();
            // The "crash": the database as it was mid-transaction, with its hot journal.
            QFile db(path("j.cache"));
            QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
            db.write(midway);
        }
        QVERIFY(journal.size() > 512 + 8 + core::EncryptedVfs::kPageSize);
        // The first record follows the (sector-sized) header: page number, page, checksum.
        const qsizetype record = qFromBigEndian<quint32>(journal.constData() + 20); // sector size
        // Untouched, the hot journal rolls the whole file back to the state before.
        const QByteArray midway = bytesOf(path("j.cache"));
        QVERIFY(writeFile(QStringLiteral("j.cache-journal"), journal));
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("j.cache"), m_key, &result);
            QVERIFY2(cache, qPrintable(result.message));
            QVERIFY(readsEverything(*cache));
            QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city = 'Utrecht'"), 600);
        }
        // Again, with the first record's page number changed (SQLite's journal
        // checksum covers only the nonce and a sample of the page, not the number),
        // and with one bit of a record's page changed. Every record of a hot journal
        // was synced before the database was touched, so a record that fails its
        // tag is not a torn write: the rollback stops, the cache is refused in words
        // (before, the record read as zeros, SQLite took it for the journal's end and
        // left half a transaction in place), and the journal is kept: the rollback
        // is not over.
        QByteArray moved = journal;
        const quint32 page = qFromBigEndian<quint32>(moved.constData() + record);
        char other[4];
        qToBigEndian<quint32>(page == 2 ? 3 : 2, other);
        moved.replace(record, 4, other, 4);
        QByteArray flipped = journal;
        const qsizetype secondPage = record + (4 + core::EncryptedVfs::kPageSize + 4) + 4 + 100;
        QVERIFY(flipped.size() > secondPage);
        flipped[secondPage] = char(flipped[secondPage] ^ 0x10);
        for (const QByteArray& tampered : {moved, flipped}) {
            QFile db(path("j.cache"));
            QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
            db.write(midway);
            db.close();
            QVERIFY(writeFile(QStringLiteral("j.cache-journal"), tampered));
            Cache::OpenResult result;
            QVERIFY(!Cache::open(path("j.cache"), m_key, &result));
            QCOMPARE(result.error, Cache::Error::WrongKeyOrDamaged);
            QVERIFY(result.message.contains(QLatin1String("changed or damaged")));
            QCOMPARE(bytesOf(path("j.cache-journal")), tampered);
        }
    }

    void writesAndReadsBackThroughWal()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("a.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QVERIFY(core::EncryptedVfs::isInEffect(cache->db().handle()));
        fill(*cache, 3000);
        if (QTest::currentTestFailed())
            return;
        // While open, the WAL holds the new pages: encrypted too.
        QVERIFY(QFile::exists(path("a.cache-wal")));
        expectNoPlaintext(path("a.cache-wal"));
        if (QTest::currentTestFailed())
            return;
        expectNoPlaintext(path("a.cache"));
        if (QTest::currentTestFailed())
            return;
        cache.reset();
        expectNoPlaintext(path("a.cache"));
        if (QTest::currentTestFailed())
            return;

        auto again = Cache::open(path("a.cache"), m_key, &result);
        QVERIFY2(again, qPrintable(result.message));
        QCOMPARE(count(*again, "SELECT count(*) FROM companies"), 3000);
        QCOMPARE(count(*again, "SELECT count(*) FROM company_search WHERE company_search MATCH 'acme*'"), 3000);
        QVERIFY(readsEverything(*again));
    }

    // A cache from before the team history (schema 5) keeps its data and
    // forgets its sync cursor, so the next sync fetches the history made
    // meanwhile (applied over what is there).
    void aSchema5CacheGetsTheTeamHistoryWithOneFreshDownload()
    {
        Cache::OpenResult result;
        {
            auto cache = Cache::open(path("old.cache"), m_key, &result);
            QVERIFY2(cache, qPrintable(result.message));
            fill(*cache, 50);
            if (QTest::currentTestFailed())
                return;
            QString error;
            QVERIFY(cache->setMeta(QStringLiteral("sync.cursor"), QStringLiteral("c1:NDI"), &error));
            QVERIFY2(
                cache->db().exec(
                    QStringLiteral(
                        "DROP TABLE corrections; DROP TABLE traffic; DROP INDEX company_stats_confidence; "
                        "DROP TRIGGER visits_stats_ai; DROP TRIGGER visits_stats_ad; DROP TRIGGER visits_stats_au; "
                        "DROP TRIGGER visits_match_ad; DROP TABLE visit_matches; "
                        "ALTER TABLE company_stats DROP COLUMN confidence; "
                        "ALTER TABLE visits DROP COLUMN confidence; "
                        "DROP INDEX pageviews_path; DROP VIEW ignored_companies; DROP TABLE ignored; DROP TABLE "
                        "target_entries; DROP TABLE target_lists; DROP INDEX "
                        "companies_sbi; DROP TABLE rule_firings; DROP TABLE rules; "
                        "DROP TABLE segments; DROP TABLE activity; PRAGMA user_version=5"),
                    &error),
                qPrintable(error));
        }
        auto cache = Cache::open(path("old.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QCOMPARE(count(*cache, "PRAGMA user_version"), qint64(Cache::kSchemaVersion));
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies"), 50);
        QCOMPARE(count(*cache, "SELECT count(*) FROM activity"), 0);
        QCOMPARE(count(*cache, "SELECT count(*) FROM segments"), 0); // schema 7: filled by the next sync
        QCOMPARE(count(*cache, "SELECT count(*) FROM rules"), 0);    // schema 8: likewise
        QCOMPARE(count(*cache, "SELECT count(*) FROM rule_firings"), 0);
        QCOMPARE(cache->meta(QStringLiteral("sync.cursor")), QString());
    }

    // Schema 11 moves each visit's match out of the visits table into visit_matches:
    // a schema-10 cache keeps every match (and what the profile explains from it),
    // and its visits rows lose the column.
    void aSchema10CacheKeepsEveryMatch()
    {
        Cache::OpenResult result;
        const QString match =
            QStringLiteral("{\"confidence\":\"medium\",\"linked_by\":\"registry_number\",\"prefix_length\":20}");
        {
            auto cache = Cache::open(path("v10.cache"), m_key, &result);
            QVERIFY2(cache, qPrintable(result.message));
            fill(*cache, 3);
            if (QTest::currentTestFailed())
                return;
            QString error;
            // Back to schema 10: the match in visits, no table beside.
            QVERIFY2(cache->db().exec(QStringLiteral("DROP TRIGGER visits_match_ad; DROP TABLE visit_matches; "
                                                     "ALTER TABLE visits ADD COLUMN match TEXT NOT NULL DEFAULT '{}'; "
                                                     "PRAGMA user_version=10"),
                                      &error),
                     qPrintable(error));
            core::SqliteStatement set =
                cache->db().prepare(QStringLiteral("UPDATE visits SET match = ? WHERE id = 'v-1'"), &error);
            QVERIFY2(set.isValid() && set.bind(1, match).exec(), qPrintable(error));
        }
        auto cache = Cache::open(path("v10.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QCOMPARE(count(*cache, "PRAGMA user_version"), qint64(Cache::kSchemaVersion));
        QCOMPARE(count(*cache, "SELECT count(*) FROM visits"), 3);
        QCOMPARE(count(*cache, "SELECT count(*) FROM visit_matches"), 1); // the others had none
        QString error;
        core::SqliteStatement kept =
            cache->db().prepare(QStringLiteral("SELECT match FROM visit_matches WHERE visit_id = 'v-1'"), &error);
        QVERIFY2(kept.isValid() && kept.next(), qPrintable(error));
        QCOMPARE(kept.text(0), match);
        QVERIFY(!cache->db().prepare(QStringLiteral("SELECT match FROM visits"), &error).isValid());
        // A visit deleted takes its match with it.
        QVERIFY2(cache->db().exec(QStringLiteral("DELETE FROM visits WHERE id = 'v-1'"), &error), qPrintable(error));
        QCOMPARE(count(*cache, "SELECT count(*) FROM visit_matches"), 0);
    }

    // A reader in the log half of the time — the screens reloading while a
    // first sync writes: SQLite starts the log over only after a checkpoint
    // that found no reader behind and a write that begins with none in it, so
    // it grew by every write (3.5 GB in a sync of dataset L). limitWal
    // empties it once it is past its limit (the automatic checkpoint alone
    // waits for 1 000 frames), through the encrypted file, and everything
    // reads back.
    void theWalStaysSmallWhileReadersNeverPause()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("busy.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        auto screens = Cache::open(path("busy.cache"), m_key, &result);
        QVERIFY2(screens, qPrintable(result.message));
        QString error;
        QVERIFY2(cache->db().exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB)"), &error),
                 qPrintable(error));
        std::atomic<bool> stop = false;
        std::atomic<int> reads = 0;
        std::thread reader([&] {
            QString readError;
            core::SqliteStatement read = screens->db().prepare(QStringLiteral("SELECT id FROM notes"), &readError);
            while (!stop) {
                read.next(); // in the log from here …
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                read.reset(); // … to here
                ++reads;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        auto joined = qScopeGuard([&] {
            stop = true;
            reader.join();
        });
        constexpr int kLimit = 128; // frames
        constexpr int kWrites = 150, kRows = 8;
        const qint64 frameBytes = 24 + core::EncryptedVfs::kPageSize;
        qint64 largest = 0;
        core::SqliteStatement insert =
            cache->db().prepare(QStringLiteral("INSERT INTO notes (body) VALUES (randomblob(3000))"), &error);
        for (int i = 0; i < kWrites && insert.isValid(); ++i) {
            core::SqliteDatabase::Transaction transaction(cache->db());
            for (int r = 0; r < kRows; ++r)
                QVERIFY(insert.exec());
            QVERIFY2(transaction.commit(&error), qPrintable(error));
            cache->db().limitWal(kLimit, 250);
            largest = std::max(largest, QFileInfo(path("busy.cache-wal")).size());
        }
        joined.dismiss();
        stop = true;
        reader.join();
        QVERIFY2(insert.isValid(), qPrintable(error));
        QVERIFY(reads > 0);
        // At most the limit, what one write adds, and one wait that a reader outlasted.
        QVERIFY2(largest <= qint64(4 * kLimit) * frameBytes,
                 qPrintable(QStringLiteral("the log reached %1 frames").arg(largest / frameBytes)));
        QCOMPARE(count(*cache, "SELECT count(*) FROM notes"), qint64(kWrites * kRows));
        QCOMPARE(count(*screens, "SELECT count(*) FROM notes"), qint64(kWrites * kRows));
        core::SqliteStatement check = cache->db().prepare(QStringLiteral("PRAGMA integrity_check"), &error);
        QVERIFY2(check.isValid() && check.next(), qPrintable(error));
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    // One transaction much larger than the page cache: SQLite spills pages
    // to the WAL before the commit, writes some of them again in place
    // (frame reuse, header untouched) and rewrites the frame checksums at
    // commit. Every one of those pages must read back — the first full
    // benchmark fill of 100 000 companies failed here with "malformed".
    void aTransactionLargerThanThePageCacheCommits()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("big.cache"), m_key, &result);
        QVERIFY2(cache, qPrintable(result.message));
        QString error;
        QVERIFY2(cache->db().exec(QStringLiteral("PRAGMA cache_size=-256"), &error), qPrintable(error)); // 256 KiB
        fill(*cache, 20'000); // one transaction: visits, companies, their indexes and triggers
        QCOMPARE(count(*cache, "SELECT count(*) FROM visits"), qint64(20'000));
        if (QTest::currentTestFailed())
            return;
        // Spilled pages rewritten in the same transaction.
        {
            core::SqliteDatabase::Transaction transaction(cache->db());
            QVERIFY2(cache->db().exec(QStringLiteral("UPDATE companies SET city = 'Amersfoort' || substr(id, 5); "
                                                     "UPDATE companies SET city = 'Zwolle' || substr(id, 5)"),
                                      &error),
                     qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        QCOMPARE(count(*cache, "SELECT count(*) FROM companies WHERE city LIKE 'Zwolle%'"), qint64(20'000));
        core::SqliteStatement check = cache->db().prepare(QStringLiteral("PRAGMA integrity_check"), &error);
        QVERIFY2(check.isValid() && check.next(), qPrintable(error));
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void plainSqliteSeesNoDatabase()
    {
        {
            Cache::OpenResult result;
            auto cache = Cache::open(path("b.cache"), m_key, &result);
            QVERIFY(cache);
            fill(*cache, 100);
            if (QTest::currentTestFailed())
                return;
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
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(cache->db().exec(QStringLiteral("PRAGMA journal_mode=DELETE"), &error), qPrintable(error));
        QVERIFY(cache->db().exec(QStringLiteral("BEGIN IMMEDIATE; UPDATE companies SET city = 'Amersfoort'"), &error));
        // The journal now holds the old pages (with "Utrecht" in them).
        QVERIFY(QFile::exists(path("c.cache-journal")));
        expectNoPlaintext(path("c.cache-journal"));
        if (QTest::currentTestFailed())
            return;
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
            if (QTest::currentTestFailed())
                return;
            // No free pages: every page belongs to a table or index that is read below.
            QString error;
            QVERIFY2(cache->db().exec(QStringLiteral("VACUUM"), &error), qPrintable(error));
            QCOMPARE(count(*cache, "PRAGMA freelist_count"), 0);
        }
        const QByteArray original = bytesOf(path("d.cache"));
        const int pages = int(original.size() / core::EncryptedVfs::kPageSize);
        QVERIFY(pages > 20);
        // A seed of its own, said on a failure (LEADSCOPE_TEST_SEED repeats a run).
        const quint32 seed = qEnvironmentVariableIsSet("LEADSCOPE_TEST_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LEADSCOPE_TEST_SEED"))
                                 : QRandomGenerator::global()->generate();
        QRandomGenerator generator(seed);
        auto* random = &generator;
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
                QVERIFY2(
                    !readsEverything(*cache),
                    qPrintable(QStringLiteral("page %1 byte %2 (LEADSCOPE_TEST_SEED=%3)").arg(page).arg(at).arg(seed)));
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
            if (QTest::currentTestFailed())
                return;
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
        if (QTest::currentTestFailed())
            return;
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
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!QFile::exists(path("f.cache.rekey")));
    }

    void nothingSpillsToTemporaryFiles()
    {
        Cache::OpenResult result;
        auto cache = Cache::open(path("g.cache"), m_key, &result);
        QVERIFY(cache);
        fill(*cache, 100);
        if (QTest::currentTestFailed())
            return;
        QString error;
        // Even if someone asks for a temporary database on disk and makes it
        // spill, the VFS refuses the file rather than write plaintext.
        QVERIFY(cache->db().exec(QStringLiteral("PRAGMA temp_store=FILE; ATTACH '' AS scratch; "
                                                "PRAGMA scratch.cache_size=2"),
                                 &error));
        // SQLite unlinks a temporary file as soon as it has opened it, so a
        // directory listing afterwards would never see one: watch the
        // directories SQLite picks from (inotify sees the creation).
        TempFileWatch watch;
        QVERIFY(!cache->db().exec(QStringLiteral("CREATE TABLE scratch.spill AS SELECT randomblob(4000) AS b, * "
                                                 "FROM companies"),
                                  &error));
        QCOMPARE(watch.created(), QStringList());
        // The controls: the watch sees a file made there, and plain SQLite
        // (the default VFS) does spill that same statement into one.
        {
            TempFileWatch control;
            QFile made(QDir(control.directories().first()).filePath(QStringLiteral("etilqs_leadscope_control")));
            QVERIFY(made.open(QIODevice::WriteOnly));
            made.remove();
            QCOMPARE(control.created(), QStringList{QStringLiteral("etilqs_leadscope_control")});
        }
        {
            core::SqliteDatabase plain;
            QVERIFY(plain.open(path("plain-spill.db"), nullptr, &error));
            TempFileWatch control;
            QVERIFY2(plain.exec(QStringLiteral("PRAGMA temp_store=FILE; ATTACH '' AS scratch; "
                                               "PRAGMA scratch.cache_size=2; CREATE TABLE scratch.spill AS "
                                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                               "WHERE i < 200) SELECT randomblob(4000) AS b FROM n"),
                                &error),
                     qPrintable(error));
            QVERIFY2(!control.created().isEmpty(), "plain SQLite made no temporary file: the check proves nothing");
        }
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
            if (QTest::currentTestFailed())
                return;
        }
        QString error;
        QVERIFY(Cache::remove(path("h.cache"), &error));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("h.cache*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedCache)
#include "TestEncryptedCache.moc"
