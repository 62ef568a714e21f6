// Issue #8 benchmark P9, on dataset L (100 000 companies, 500 000 visits,
// 2 000 000 page views, generated deterministically):
//   CSV export of every company (all columns, from the encrypted cache,
//   through core::LeadExport as the app and `leadscope export` run it) vs
//   `sqlite3 -csv` dumping the same rows from a plain database in the same
//   run: <= 3x.  XLSX of the same: <= 15x.
// Usage: BenchExport [--small]   (--small: a tenth of L, for a quick look)

#include "DatasetL.h"

#include "core/cache/Cache.h"
#include "core/export/LeadExport.h"
#include "protocol/Crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace leadscope;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString& message)
{
    QTextStream(stderr) << "BenchExport: " << message << "\n";
    std::exit(1);
}

// What the lead list holds, newest visit first — the rows LeadExport writes.
const char* const kDumpSql =
    "SELECT c.name, c.registry_number, c.sbi_label, c.city, c.employee_band, c.website, c.phone, s.visits, "
    "s.pageviews, strftime('%Y-%m-%dT%H:%M:%SZ', s.last_visit / 1000, 'unixepoch'), coalesce(a.status, 'new'), "
    "a.assignee, a.tags FROM company_stats s JOIN companies c ON c.id = s.company_id "
    "LEFT JOIN annotations a ON a.company_id = c.id ORDER BY s.last_visit DESC, s.company_id DESC";

qint64 lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 count = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++count;
    }
    return count;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bench::DatasetL::Sizes sizes;
    if (app.arguments().contains(QStringLiteral("--small")))
        sizes = bench::DatasetL::Sizes{10'000, 50'000, 4, 90};
    QTemporaryDir dir;
    QString error;
    out << "BenchExport: " << sizes.companies << " companies, " << sizes.visits << " visits\n" << Qt::flush;

    // The encrypted cache, as a synced client has it.
    const QByteArray key = protocol::Crypto::randomBytes(32);
    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(dir.filePath(QStringLiteral("cache.db")), key, &opened);
    if (!cache)
        fail(opened.message);
    double seconds = 0;
    if (!bench::DatasetL(sizes).insertInto(cache->db(), 0, &seconds, &error))
        fail(error);
    // The baseline: the same schema and rows in a plain SQLite file.
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    {
        core::SqliteDatabase plain;
        if (!plain.open(plainPath, nullptr, &error) ||
            !plain.exec(QStringLiteral("PRAGMA page_size=4096; PRAGMA journal_mode=WAL;"), &error) ||
            !bench::DatasetL::createCacheSchema(plain, &error) ||
            !bench::DatasetL(sizes).insertInto(plain, 0, &seconds, &error))
            fail(error);
    }

    // sqlite3 -csv, twice (the first run warms the page cache for both sides).
    const QString dumpPath = dir.filePath(QStringLiteral("dump.csv"));
    double baseline = 0;
    for (int run = 0; run < 2; ++run) {
        QProcess sqlite;
        sqlite.setStandardOutputFile(dumpPath);
        QElapsedTimer clock;
        clock.start();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-csv"), QStringLiteral("-header"), plainPath, QString::fromLatin1(kDumpSql)});
        if (!sqlite.waitForFinished(600'000) || sqlite.exitCode() != 0)
            fail(QStringLiteral("sqlite3: ") + QString::fromUtf8(sqlite.readAllStandardError()));
        baseline = double(clock.nsecsElapsed()) / 1e9;
    }
    const qint64 dumped = lines(dumpPath) - 1; // companies with at least one visit
    if (dumped < sizes.companies * 9 / 10)
        fail(QStringLiteral("sqlite3 dumped only %1 rows").arg(dumped));

    QList<core::LeadExport::Column> columns = core::LeadExport::allColumns();
    const auto run = [&](core::LeadExport::Format format, const QString& path) {
        bool cancelled = false;
        QElapsedTimer clock;
        clock.start();
        const bool ok =
            format == core::LeadExport::Format::Csv
                ? core::LeadExport::writeCsv(*cache, {}, columns, path, {u',', false}, {}, &cancelled, &error)
                : core::LeadExport::writeXlsx(*cache, {}, columns, path, {}, &cancelled, &error);
        if (!ok)
            fail(error);
        return double(clock.nsecsElapsed()) / 1e9;
    };
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    const double csvSeconds =
        std::min(run(core::LeadExport::Format::Csv, csv), run(core::LeadExport::Format::Csv, csv));
    if (lines(csv) - 1 != dumped)
        fail(QStringLiteral("the CSV has %1 rows, sqlite3 %2").arg(lines(csv) - 1).arg(dumped));
    const QString xlsx = dir.filePath(QStringLiteral("leads.xlsx"));
    const double xlsxSeconds = run(core::LeadExport::Format::Xlsx, xlsx);
    // The columns sqlite3 dumps (everything but the computed lead score).
    columns.removeAll(core::LeadExport::Column::Score);
    const double csvPlainSeconds =
        std::min(run(core::LeadExport::Format::Csv, csv), run(core::LeadExport::Format::Csv, csv));
    const double xlsxPlainSeconds = run(core::LeadExport::Format::Xlsx, xlsx);

    const QLocale c = QLocale::c();
    out << "sqlite3 -csv of the same " << dumped << " rows (plain file): " << QString::number(baseline, 'f', 2)
        << " s, " << c.formattedDataSize(QFileInfo(dumpPath).size()) << "\n";
    out << "P9 CSV export (encrypted cache, all columns incl. lead score): " << QString::number(csvSeconds, 'f', 2)
        << " s, " << c.formattedDataSize(QFileInfo(csv).size()) << ", ratio "
        << QString::number(csvSeconds / baseline, 'f', 2) << "x  (target <= 3x)\n";
    out << "P9 XLSX export: " << QString::number(xlsxSeconds, 'f', 2) << " s, "
        << c.formattedDataSize(QFileInfo(xlsx).size()) << ", ratio " << QString::number(xlsxSeconds / baseline, 'f', 2)
        << "x  (target <= 15x)\n";
    out << "P9 without the lead score (exactly sqlite3's columns): CSV " << QString::number(csvPlainSeconds, 'f', 2)
        << " s, ratio " << QString::number(csvPlainSeconds / baseline, 'f', 2) << "x; XLSX "
        << QString::number(xlsxPlainSeconds, 'f', 2) << " s, ratio "
        << QString::number(xlsxPlainSeconds / baseline, 'f', 2) << "x\n"
        << Qt::flush;
    return 0;
}
