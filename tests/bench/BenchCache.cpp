// Issue benchmarks for the encrypted cache, on dataset L (100 000 companies,
// 500 000 visits, 2 000 000 page views, generated deterministically):
//   P1  encrypted vs plain SQLite (same schema, page size, WAL, statements,
//       page cache), the same inserts and the same queries in one run:
//       write >= 0.80x, read >= 0.85x (read as the UI's query connection does)
//   P3  an incremental sync page of 1 000 changes into the full cache: < 0.5 s
//   P4  FTS prefix search over the companies: p95 < 10 ms; a filtered, sorted
//       leads page (date range, min visits, ordered by last visit, 50 rows): p95 < 20 ms
//   #24 a rule's "test on the last 30 days" (core::LeadsQuery::ruleTrial over the
//       last 30 days of L, rules of the shapes teams write): p95 < 200 ms
// Usage: BenchCache [--small]   (--small: a tenth of L, for a quick look)

#include "DatasetL.h"

#include "core/cache/Cache.h"
#include "core/cache/EncryptedVfs.h"
#include "core/query/LeadsQuery.h"
#include "core/sync/ChangeApplier.h"
#include "protocol/Crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace leadscope;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString& message)
{
    QTextStream(stderr) << "BenchCache: " << message << "\n";
    std::exit(1);
}

using Sizes = bench::DatasetL::Sizes;
constexpr qint64 kStart = bench::DatasetL::kStart;

// Inserts L (deterministic: the same rows every run) in one transaction and returns the seconds it took.
double insertAll(core::SqliteDatabase& db, const Sizes& sizes)
{
    QString error;
    double seconds = 0;
    if (!bench::DatasetL(sizes).insertInto(db, 0, &seconds, &error))
        fail(error);
    return seconds;
}

// The same mixed reads on both: profile lookups, timelines, a search, an aggregate.
double readAll(core::SqliteDatabase& db, const Sizes& sizes)
{
    QString error;
    QRandomGenerator random(7);
    core::SqliteStatement profile = db.prepare(QStringLiteral("SELECT * FROM companies WHERE id = ?"), &error);
    core::SqliteStatement timeline = db.prepare(
        QStringLiteral("SELECT v.id, v.started_at, p.path, p.seconds FROM visits v JOIN pageviews p ON p.visit_id = "
                       "v.id WHERE v.company_id = ? ORDER BY v.started_at DESC, p.viewed_at"),
        &error);
    core::SqliteStatement perDay = db.prepare(
        QStringLiteral("SELECT started_at / 86400000 AS day, count(*) FROM visits WHERE started_at BETWEEN ? AND ? "
                       "GROUP BY day"),
        &error);
    if (!profile.isValid() || !timeline.isValid() || !perDay.isValid())
        fail(error);
    QElapsedTimer clock;
    clock.start();
    qint64 rows = 0;
    for (int i = 0; i < 20'000; ++i) {
        const QString id = QStringLiteral("kvk-%1").arg(10'000'000 + int(random.bounded(sizes.companies)));
        profile.bind(1, id);
        while (profile.next())
            ++rows;
        profile.reset();
        timeline.bind(1, id);
        while (timeline.next())
            ++rows;
        timeline.reset();
    }
    for (int i = 0; i < 20; ++i) {
        perDay.bind(1, kStart + i * 86'400'000LL).bind(2, kStart + (i + 30) * 86'400'000LL);
        while (perDay.next())
            ++rows;
        perDay.reset();
    }
    if (rows == 0)
        fail(QStringLiteral("the reads found nothing"));
    return double(clock.nsecsElapsed()) / 1e9;
}

double p95(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[size_t(double(samples.size() - 1) * 0.95)];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Sizes sizes;
    if (app.arguments().contains(QStringLiteral("--small")))
        sizes = Sizes{10'000, 50'000, 4, 90};
    QTemporaryDir dir;
    QString error;
    const QByteArray key = protocol::Crypto::randomBytes(32);
    out << "BenchCache: " << sizes.companies << " companies, " << sizes.visits << " visits, "
        << sizes.visits * sizes.pageviewsPerVisit << " page views\n"
        << Qt::flush;

    // The baseline: plain SQLite, same schema and settings, default VFS.
    core::SqliteDatabase plain;
    if (!plain.open(dir.filePath(QStringLiteral("plain.db")), nullptr, &error) ||
        !plain.exec(QStringLiteral("PRAGMA page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                   "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size=0"),
                    &error) ||
        !bench::DatasetL::createCacheSchema(plain, &error))
        fail(error);
    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(dir.filePath(QStringLiteral("encrypted.cache")), key, &opened);
    if (!cache)
        fail(opened.message);

    // P1, interleaved so that neither side gets a warmer machine.
    const double plainWrite = insertAll(plain, sizes);
    const double encryptedWrite = insertAll(cache->db(), sizes);
    out << "P1 write: plain " << QString::number(plainWrite, 'f', 2) << " s, encrypted "
        << QString::number(encryptedWrite, 'f', 2) << " s, ratio "
        << QString::number(plainWrite / encryptedWrite, 'f', 2) << "  (target >= 0.80)\n"
        << Qt::flush;
    // The reads twice, each time with the same page cache on both sides: the
    // connection default (the sync engine's writer), then the UI's query
    // connection, which is where the application reads (core::DataStore).
    for (const int mebibytes : {core::Cache::kPageCacheMiB, core::Cache::kQueryPageCacheMiB}) {
        if (!plain.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(mebibytes * 1024), &error) ||
            !cache->setPageCache(mebibytes, &error))
            fail(error);
        double plainRead = 0;
        double encryptedRead = 0;
        for (int round = 0; round < 3; ++round) {
            plainRead += readAll(plain, sizes);
            encryptedRead += readAll(cache->db(), sizes);
        }
        const bool queryConnection = mebibytes == core::Cache::kQueryPageCacheMiB;
        out << "P1 read " << (queryConnection ? "(query connection, " : "(writer connection, ") << mebibytes
            << " MiB page cache):  plain " << QString::number(plainRead, 'f', 2) << " s, encrypted "
            << QString::number(encryptedRead, 'f', 2) << " s, ratio "
            << QString::number(plainRead / encryptedRead, 'f', 2)
            << (queryConnection ? "  (target >= 0.85)\n" : "  (for comparison)\n") << Qt::flush;
    }
    out << "database: plain " << QFileInfo(dir.filePath(QStringLiteral("plain.db"))).size() / (qint64(1024) * 1024)
        << " MiB, encrypted "
        << QFileInfo(dir.filePath(QStringLiteral("encrypted.cache"))).size() / (qint64(1024) * 1024) << " MiB\n"
        << Qt::flush;

    // P3: 1 000 changes (new visits and page views of known companies) as one sync page.
    QJsonArray changes;
    for (int i = 0; i < 500; ++i) {
        const QString visitId = QStringLiteral("v-new-%1").arg(i);
        changes.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("visit")},
                        {QStringLiteral("op"), QStringLiteral("upsert")},
                        {QStringLiteral("id"), visitId},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("company_id"), QStringLiteral("kvk-%1").arg(10'000'000 + i * 7)},
                                     {QStringLiteral("started_at"), QStringLiteral("2026-11-29T09:00:00.000Z")},
                                     {QStringLiteral("ended_at"), QStringLiteral("2026-11-29T09:04:00.000Z")},
                                     {QStringLiteral("pageviews"), 1}}}});
        changes.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("pageview")},
                        {QStringLiteral("op"), QStringLiteral("upsert")},
                        {QStringLiteral("id"), QStringLiteral("p-new-%1").arg(i)},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("visit_id"), visitId},
                                     {QStringLiteral("path"), QStringLiteral("/pricing")},
                                     {QStringLiteral("viewed_at"), QStringLiteral("2026-11-29T09:00:00.000Z")}}}});
    }
    const QByteArray page = QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                      {QStringLiteral("cursor"), QStringLiteral("c1:bench")},
                                                      {QStringLiteral("has_more"), false}})
                                .toJson(QJsonDocument::Compact);
    // The full cache as a complete sync leaves it: with a cursor (a cache without one is in its
    // first sync, which computes the score's signals of every company at its end).
    if (!cache->setMeta(QString::fromLatin1(core::ChangeApplier::kCursorKey), QStringLiteral("c1:bench-0"), &error))
        fail(error);
    core::ChangeApplier applier(*cache);
    core::ChangeApplier::Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    if (!applier.apply(page, &outcome, &error) || outcome.applied != 1000)
        fail(error);
    const double incremental = double(clock.nsecsElapsed()) / 1e9;
    out << "P3 incremental page of 1 000 changes into the full cache: " << QString::number(incremental * 1000, 'f', 1)
        << " ms  (target < 500 ms)\n"
        << Qt::flush;

    // P4: search as you type, and a leads page.
    // The same search on the plain copy, interleaved: the baseline of the ratio.
    const QString searchSql =
        QStringLiteral("SELECT c.id, c.name, c.city FROM company_search s JOIN companies c ON c.rowid = s.rowid "
                       "WHERE company_search MATCH ? ORDER BY rank LIMIT 20");
    core::SqliteStatement search = cache->db().prepare(searchSql, &error);
    core::SqliteStatement plainSearch = plain.prepare(searchSql, &error);
    core::LeadsQuery leads(*cache);
    if (!search.isValid() || !plainSearch.isValid())
        fail(error);
    const auto timedSearch = [&clock](core::SqliteStatement& statement, const QString& prefix, double* ms) {
        clock.restart();
        statement.bind(1, prefix);
        int found = 0;
        while (statement.next())
            ++found;
        statement.reset();
        *ms = double(clock.nsecsElapsed()) / 1e6;
        if (found == 0)
            fail(QStringLiteral("search found nothing for ") + prefix);
    };
    std::vector<double> searchTimes;
    std::vector<double> plainSearchTimes;
    std::vector<double> leadsTimes;
    QRandomGenerator random(3);
    for (int i = 0; i < 400; ++i) {
        const QString word = bench::DatasetL::words()[i % 10];
        const QString prefix = word.left(2 + i % 4) + u'*';
        double ms = 0;
        timedSearch(plainSearch, prefix, &ms);
        plainSearchTimes.push_back(ms);
        timedSearch(search, prefix, &ms);
        searchTimes.push_back(ms);
        const qint64 from = kStart + qint64(random.bounded(60)) * 86'400'000;
        core::LeadsQuery::Filter filter;
        filter.lastVisitFrom = from;
        filter.lastVisitTo = from + 30 * 86'400'000LL;
        filter.city = bench::DatasetL::cities()[i % 10];
        QList<core::LeadsQuery::Row> rows;
        clock.restart();
        if (!leads.page(filter, std::nullopt, 50, &rows, &error) || rows.isEmpty())
            fail(QStringLiteral("no leads page: ") + error);
        leadsTimes.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    out << "P4 FTS prefix search p95: " << QString::number(p95(searchTimes), 'f', 2) << " ms  (target < 10 ms)\n"
        << "P4 FTS prefix search p95, encrypted / plain copy: " << QString::number(p95(searchTimes), 'f', 2) << " / "
        << QString::number(p95(plainSearchTimes), 'f', 2)
        << " ms = " << QString::number(p95(searchTimes) / p95(plainSearchTimes), 'f', 2) << "x  (target <= 1.2x)\n";
    out << "P4 leads page (core::LeadsQuery: last visit in 30 days, one city, newest first, 50 rows) p95: "
        << QString::number(p95(leadsTimes), 'f', 2) << " ms  (target < 20 ms)\n"
        << Qt::flush;

    // #24: the rule editor's test on the dataset's last 30 days, for rules as teams write them.
    const qint64 lastMonth = kStart + 60 * 86'400'000LL;
    const QList<std::function<void(core::LeadsQuery::Filter&, int)>> shapes{
        [](core::LeadsQuery::Filter& f, int i) {
            f.visit.page = QStringLiteral("/products/item-%1*").arg(i % 20);
            f.visit.minPages = 3;
        },
        [](core::LeadsQuery::Filter& f, int i) {
            f.city = bench::DatasetL::cities()[i % 10];
            f.visit.page = QStringLiteral("/products/item-1%1").arg(i % 10);
        },
        [](core::LeadsQuery::Filter& f, int) { f.visit.first = true; },
        [](core::LeadsQuery::Filter& f, int i) { f.visit.returningWithinDays = 1 + i % 14; },
        [](core::LeadsQuery::Filter& f, int i) {
            f.industry = bench::DatasetL::words()[i % 10];
            f.visit.minMinutes = 3;
            f.visit.source = QStringLiteral("search");
        },
    };
    std::vector<double> ruleTimes;
    std::vector<std::vector<double>> shapeTimes(size_t(shapes.size()));
    qint64 visitsInMonth = 0, fired = 0;
    for (int i = 0; i < 100; ++i) {
        core::LeadsQuery::Filter filter;
        shapes[i % shapes.size()](filter, i);
        core::LeadsQuery::Trial trial; // what the rule editor asks
        clock.restart();
        if (!leads.ruleTrial(filter, lastMonth, &trial, &error))
            fail(QStringLiteral("no rule test: ") + error);
        ruleTimes.push_back(double(clock.nsecsElapsed()) / 1e6);
        shapeTimes[size_t(i % shapes.size())].push_back(ruleTimes.back());
        visitsInMonth = trial.visits;
        fired += trial.firings;
    }
    if (fired == 0)
        fail(QStringLiteral("no rule fired on the dataset: the measurement measures nothing"));
    out << "#24 rule test on the last 30 days (" << visitsInMonth << " visits, 5 shapes of rule): p95 "
        << QString::number(p95(ruleTimes), 'f', 1) << " ms  (target < 200 ms); by shape (page + pages, city + "
        << "page, first visit, returning, industry + minutes + source):";
    for (std::vector<double>& times : shapeTimes)
        out << ' ' << QString::number(p95(times), 'f', 1);
    out << " ms\n" << Qt::flush;
    return 0;
}
