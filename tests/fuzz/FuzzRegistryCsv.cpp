// `leadscope-server import` with hostile files, in both range formats, into
// a real (SQLite, tmpfs) store: an import either succeeds with no problem
// reported, or reports each problem as FILE:LINE: reason and changes nothing.
#include "FuzzSupport.h"

#include "server/base/Clock.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <memory>
#include <unistd.h>

using namespace leadscope;
using server::RegistryImport;

namespace {

struct Fixture
{
    Fixture()
    {
        directory = QDir(fuzz::scratchDirectory()).filePath(QStringLiteral("fuzz-registry-%1").arg(getpid()));
        companies = directory + QStringLiteral("/companies.csv");
        ranges = directory + QStringLiteral("/ranges.csv");
        reset();
    }

    // A fresh, empty store. Successful imports accumulate companies, and every
    // import reads all of them first: without a bound, runs would slow down
    // (and depend more and more on what ran before).
    void reset()
    {
        if (store)
            store->closeThreadConnection();
        store.reset();
        QDir(directory).removeRecursively();
        QDir().mkpath(directory);
        QString error;
        const auto url = server::DatabaseUrl::parse(QStringLiteral("sqlite:") + directory + u"/store.db", &error);
        store = std::make_unique<server::Store>(*url);
        if (!store->open(&error) || !store->migrate(&error))
            fuzz::fail("cannot make the store", error);
    }

    QString directory;
    QString companies;
    QString ranges;
    std::unique_ptr<server::Store> store;
    server::Clock clock;
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

qint64 count(const server::Store& store, const QString& table)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        fuzz::fail("cannot count", table);
    return query.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    Fixture& f = fixture();
    const auto format =
        data[0] & 1 ? RegistryImport::RangeFormat::IpLocationDb : RegistryImport::RangeFormat::Leadscope;
    // The companies file, a form feed, the ranges file. The company header is
    // given (so most inputs reach the rows); a leading '!' leaves it to the input.
    QByteArray input = fuzz::bytes(data + 1, size - 1);
    const qsizetype split = input.indexOf('\f');
    QByteArray companies = split < 0 ? input : input.left(split);
    const QByteArray ranges = split < 0 ? QByteArray() : input.mid(split + 1);
    if (companies.startsWith('!'))
        companies.remove(0, 1);
    else
        companies.prepend(RegistryImport::companyColumns().join(u',').toUtf8() + '\n');
    fuzz::writeFile(f.companies, companies);
    fuzz::writeFile(f.ranges, ranges);

    QString error;
    qint64 companiesBefore = count(*f.store, QStringLiteral("companies"));
    if (companiesBefore > 2000) {
        f.reset();
        companiesBefore = 0;
    }
    const qint64 versionBefore = RegistryImport::registryVersion(*f.store, &error);
    RegistryImport import(*f.store, f.clock);
    RegistryImport::Report report;
    const bool ok = import.run(f.companies, {f.ranges}, format, &report, &error);
    if (ok) {
        if (!report.problems.isEmpty())
            fuzz::fail("succeeded with problems");
        return 0;
    }
    if (report.problems.isEmpty() && error.isEmpty())
        fuzz::fail("failed without saying why");
    static const QRegularExpression located(QStringLiteral(R"(^.+:\d+: .+)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (const QString& problem : std::as_const(report.problems)) {
        if (!located.match(problem).hasMatch())
            fuzz::fail("a problem without its file and line", problem);
    }
    if (RegistryImport::registryVersion(*f.store, &error) != versionBefore ||
        count(*f.store, QStringLiteral("companies")) != companiesBefore)
        fuzz::fail("a failed import changed the registry");
    return 0;
}
