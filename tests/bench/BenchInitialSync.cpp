// Issue #6 benchmark P2 and the RSS limit: the initial sync of dataset L
// (100 000 companies, 500 000 visits, 2 000 000 page views) by the real
// `leadscope sync` from the real server over loopback HTTPS, against
// inserting the same rows straight into an encrypted cache in the same run;
// and the peak RSS of that `leadscope sync` process. Needs a keychain: run
// through scripts/bench (it wraps this in a private gnome-keyring session).
//
//   BenchInitialSync [--small] [--page N]

#include "BenchServer.h"
#include "DatasetL.h"

#include "core/cache/Cache.h"
#include "core/protocol/Crypto.h"
#include "core/protocol/Totp.h"
#include "server/ChangeLog.h"
#include "server/Clock.h"
#include "server/Sql.h"
#include "server/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

using namespace leadscope;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "BenchInitialSync: " << message << "\n";
    std::exit(1);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Peak resident set of a running process (VmHWM), in MiB; 0 once it is gone.
double peakRssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// The client binary with a fresh settings/data location; stdin lines as given.
int runClient(const QStringList& arguments, const QByteArray& input, double* peakMiB, double* seconds,
              QString* output)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    client.start(QStringLiteral(LEADSCOPE_CLIENT_BIN), arguments);
    if (!client.waitForStarted())
        die(QStringLiteral("leadscope did not start"));
    client.write(input);
    client.closeWriteChannel();
    double peak = 0;
    while (!client.waitForFinished(100))
        peak = std::max(peak, peakRssMiB(client.processId()));
    if (seconds)
        *seconds = double(clock.nsecsElapsed()) / 1e9;
    if (peakMiB)
        *peakMiB = peak;
    // The one-line summary is on stdout; progress (and any error) on stderr.
    const int exit = client.exitStatus() == QProcess::NormalExit ? client.exitCode() : -1;
    *output = QString::fromLocal8Bit(client.readAllStandardOutput());
    if (exit != 0)
        *output += QString::fromLocal8Bit(client.readAllStandardError().right(2000));
    return exit;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption smallOption(QStringLiteral("small"), QStringLiteral("A tenth of L (a quick check)."));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Sync page size."),
                                        QStringLiteral("n"), QStringLiteral("5000"));
    parser.addOptions({smallOption, pageOption});
    parser.addHelpOption();
    parser.process(app);
    bench::DatasetL::Sizes sizes;
    if (parser.isSet(smallOption))
        sizes = {10'000, 50'000, 4};
    const bench::DatasetL dataset(sizes);
    QTemporaryDir dir;
    QString error;

    // The server's change log holds L as the sync API serves it.
    const QString dbUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    server::Store store(*server::DatabaseUrl::parse(dbUrl, &error));
    if (!store.open(&error) || !store.migrate(&error))
        die(error);
    bench::BenchServer::Account account;
    if (!bench::BenchServer::prepare(store, &account, &error))
        die(error);
    out << "BenchInitialSync: filling the server's change log with " << dataset.rows() << " rows…\n" << Qt::flush;
    server::Clock clock;
    QList<server::ChangeLog::Change> batch;
    const auto flush = [&] {
        QSqlDatabase db = store.connection();
        server::Sql::Transaction transaction(db);
        if (!server::ChangeLog::append(db, account.orgId, batch, clock.nowMs(), &error) || !transaction.commit(&error))
            die(error);
        batch.clear();
    };
    const auto add = [&](server::ChangeLog::Entity entity, const QString& id, const QJsonObject& data) {
        batch.append({entity, server::ChangeLog::Op::Upsert, id, json(data)});
        if (batch.size() >= 20'000)
            flush();
    };
    dataset.generate(
        [&](const bench::DatasetL::Company& c) {
            add(server::ChangeLog::Entity::Company, c.id,
                {{QStringLiteral("registry_number"), c.registryNumber},
                 {QStringLiteral("name"), c.name},
                 {QStringLiteral("trade_name"), c.tradeName},
                 {QStringLiteral("city"), c.city},
                 {QStringLiteral("website"), c.website},
                 {QStringLiteral("sbi_label"), c.industry},
                 {QStringLiteral("employee_band"), c.sizeBand}});
        },
        [&](const bench::DatasetL::Visit& v) {
            add(server::ChangeLog::Entity::Visit, v.id,
                {{QStringLiteral("company_id"), v.companyId},
                 {QStringLiteral("visitor_key"), v.visitorKey},
                 {QStringLiteral("website"), v.website},
                 {QStringLiteral("started_at"), iso(v.startedAt)},
                 {QStringLiteral("ended_at"), iso(v.endedAt)},
                 {QStringLiteral("pageviews"), v.pageviews},
                 {QStringLiteral("referrer_class"), v.referrerClass},
                 {QStringLiteral("landing_page"), v.landingPage}});
        },
        [&](const bench::DatasetL::Pageview& p) {
            add(server::ChangeLog::Entity::Pageview, p.id,
                {{QStringLiteral("visit_id"), p.visitId},
                 {QStringLiteral("path"), p.path},
                 {QStringLiteral("title"), p.title},
                 {QStringLiteral("viewed_at"), iso(p.viewedAt)},
                 {QStringLiteral("seconds"), p.seconds}});
        });
    flush();
    store.closeThreadConnection();

    // Baseline: the same rows inserted straight into an encrypted cache (one transaction per 5 000 rows).
    QElapsedTimer timer;
    {
        core::Cache::OpenResult opened;
        auto cache = core::Cache::open(dir.filePath(QStringLiteral("direct.cache")), protocol::Crypto::randomBytes(32),
                                       &opened);
        if (!cache)
            die(opened.message);
        core::SqliteDatabase& db = cache->db();
        core::SqliteStatement company = db.prepare(
            QStringLiteral("INSERT INTO companies (id, registry_number, name, trade_name, city, website, sbi_label, "
                           "employee_band) VALUES (?,?,?,?,?,?,?,?)"),
            &error);
        core::SqliteStatement visit = db.prepare(
            QStringLiteral("INSERT INTO visits (id, company_id, visitor_key, website, started_at, ended_at, "
                           "pageviews, referrer_class, landing_page) VALUES (?,?,?,?,?,?,?,?,?)"),
            &error);
        core::SqliteStatement pageview = db.prepare(
            QStringLiteral("INSERT INTO pageviews (id, visit_id, path, title, viewed_at, seconds) VALUES (?,?,?,?,?,?)"),
            &error);
        if (!company.isValid() || !visit.isValid() || !pageview.isValid())
            die(error);
        timer.start();
        qint64 inTransaction = 0;
        db.exec(QStringLiteral("BEGIN IMMEDIATE"), &error);
        const auto step = [&](core::SqliteStatement& statement) {
            if (!statement.exec())
                die(statement.error());
            if (++inTransaction % 5000 == 0 &&
                !db.exec(QStringLiteral("COMMIT; BEGIN IMMEDIATE"), &error))
                die(error);
        };
        dataset.generate(
            [&](const bench::DatasetL::Company& c) {
                step(company.bind(1, c.id).bind(2, c.registryNumber).bind(3, c.name).bind(4, c.tradeName)
                         .bind(5, c.city).bind(6, c.website).bind(7, c.industry).bind(8, c.sizeBand));
            },
            [&](const bench::DatasetL::Visit& v) {
                step(visit.bind(1, v.id).bind(2, v.companyId).bind(3, v.visitorKey).bind(4, v.website)
                         .bind(5, v.startedAt).bind(6, v.endedAt).bind(7, v.pageviews).bind(8, v.referrerClass)
                         .bind(9, v.landingPage));
            },
            [&](const bench::DatasetL::Pageview& p) {
                step(pageview.bind(1, p.id).bind(2, p.visitId).bind(3, p.path).bind(4, p.title)
                         .bind(5, p.viewedAt).bind(6, p.seconds));
            });
        if (!db.exec(QStringLiteral("COMMIT"), &error))
            die(error);
    }
    const double directSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The real thing: sign in with the real client (keychain), then `leadscope sync`.
    bench::BenchServer server;
    if (!server.start(dbUrl, dir.path(), &error))
        die(error);
    QString output;
    const QByteArray login = account.password + '\n' +
                             protocol::Totp::code(account.totpSecret, QDateTime::currentSecsSinceEpoch()).toLatin1() +
                             '\n';
    if (runClient({QStringLiteral("login"), QStringLiteral("--server"), server.url().toString(), QStringLiteral("--ca"),
                   server.caFile(), QStringLiteral("--email"), account.email},
                  login, nullptr, nullptr, &output) != 0)
        die(QStringLiteral("leadscope login failed: ") + output);
    double syncSeconds = 0;
    double peak = 0;
    const int exit = runClient({QStringLiteral("sync"), QStringLiteral("--page-size"), parser.value(pageOption)}, {},
                               &peak, &syncSeconds, &output);
    if (exit != 0)
        die(QStringLiteral("leadscope sync failed (%1): %2").arg(exit).arg(output));
    const QString summary = output.trimmed().split(u'\n').last();
    runClient({QStringLiteral("logout")}, {}, nullptr, nullptr, &output); // crypto-shreds the cache
    server.stop();

    const double rows = double(dataset.rows());
    out << "BenchInitialSync: " << dataset.rows() << " rows (" << sizes.companies << " companies, " << sizes.visits
        << " visits, " << qint64(sizes.visits) * sizes.pageviewsPerVisit << " page views), pages of "
        << parser.value(pageOption) << "\n";
    out << "  direct inserts into the encrypted cache: " << qRound64(rows / directSeconds) << " rows/s ("
        << directSeconds << " s)\n";
    out << "  leadscope sync over HTTPS:               " << qRound64(rows / syncSeconds) << " rows/s (" << syncSeconds
        << " s, process start to exit)\n";
    out << "P2 initial sync / direct inserts: " << QString::number(directSeconds / syncSeconds, 'f', 2)
        << "x  (target >= 0.50x)\n";
    out << "RSS of leadscope sync, peak: " << QString::number(peak, 'f', 0) << " MiB  (target < 250 MB)\n"
        << "  its summary: " << summary << "\n"
        << Qt::flush;
    return 0;
}
