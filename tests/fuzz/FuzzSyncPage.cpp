// /sync pages into an encrypted cache (on tmpfs): whatever a server or an
// attacker in its place sends, ChangeApplier applies a whole page or writes
// no row at all — checked here with SQLite's own count of changed rows.
#include "FuzzSupport.h"

#include "core/cache/Cache.h"
#include "core/sync/ChangeApplier.h"

#include <QDir>

#include <sqlite3.h>

#include <memory>
#include <unistd.h>

using namespace leadscope;

namespace {

struct Fixture
{
    QString path;
    std::unique_ptr<core::Cache> cache;
    std::unique_ptr<core::ChangeApplier> applier;
    int runs = 0;

    void reset()
    {
        applier.reset();
        cache.reset();
        QString error;
        core::Cache::remove(path, &error);
        core::Cache::OpenResult result;
        cache = core::Cache::open(path, QByteArray(32, '\x5a'), &result);
        if (!cache)
            fuzz::fail("cannot make the cache", result.message);
        applier = std::make_unique<core::ChangeApplier>(*cache);
    }
};

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture made;
        made.path = QDir(fuzz::scratchDirectory()).filePath(QStringLiteral("fuzz-sync-%1.cache").arg(getpid()));
        made.reset();
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    if (++f.runs % 5000 == 0)
        f.reset(); // keep the cache small: fuzzing measures the applier, not a growing database
    sqlite3* db = f.cache->db().handle();
    const QString cursorBefore = f.cache->meta(QString::fromLatin1(core::ChangeApplier::kCursorKey));
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(db);
    core::ChangeApplier::Outcome outcome;
    QString error;
    if (f.applier->apply(fuzz::bytes(data, size), &outcome, &error)) {
        if (outcome.cursor.isEmpty())
            fuzz::fail("a page was applied without a cursor");
        if (f.cache->meta(QString::fromLatin1(core::ChangeApplier::kCursorKey)) != outcome.cursor)
            fuzz::fail("the cursor was not stored with the page");
        return 0;
    }
    if (error.isEmpty())
        fuzz::fail("a page was refused without a reason");
    if (sqlite3_total_changes64(db) != changesBefore)
        fuzz::fail("a refused page wrote rows", error);
    if (f.cache->meta(QString::fromLatin1(core::ChangeApplier::kCursorKey)) != cursorBefore)
        fuzz::fail("a refused page moved the cursor");
    if (sqlite3_get_autocommit(db) == 0)
        fuzz::fail("a refused page left a transaction open");
    return 0;
}
