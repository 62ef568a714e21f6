// Issue #6 benchmark P2 (#27: >= 0.9x) and the RSS limit: the initial sync of dataset L
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
#include "protocol/Crypto.h"
#include "protocol/Totp.h"
#include "server/base/Clock.h"
#include "server/domain/ChangeLog.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

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
int runClient(const QStringList& arguments, const QByteArray& input, double* peakMiB, double* seconds, QString* output)
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
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Sync page size."), QStringLiteral("n"),
                                        QStringLiteral("10000"));
    parser.addOptions({smallOption, pageOption});
    parser.addHelpOption();
    parser.process(app);
    bench::DatasetL::Sizes sizes;
    if (parser.isSet(smallOption))
        sizes = {10'000, 50'000, 4, 90};
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
    if (!dataset.appendToChangeLog(store, account.orgId, &error))
        die(error);

    // Baseline: the same rows inserted straight into an encrypted cache, one transaction per
    // page's worth of rows (what the sync commits at once).
    double directSeconds = 0;
    {
        core::Cache::OpenResult opened;
        auto cache =
            core::Cache::open(dir.filePath(QStringLiteral("direct.cache")), protocol::Crypto::randomBytes(32), &opened);
        if (!cache)
            die(opened.message);
        if (!dataset.insertInto(cache->db(), parser.value(pageOption).toLongLong(), &directSeconds, &error))
            die(error);
    }

    // The real thing: sign in with the real client (keychain), then `leadscope sync`.
    bench::BenchServer server;
    if (!server.start(dbUrl, dir.path(), &error))
        die(error);
    // die() exits without unwinding: the server and the work directory go first.
    const auto fail = [&server, &dir](const QString& message) {
        server.stop();
        dir.remove();
        die(message);
    };
    QString output;
    const QByteArray login = account.password + '\n' +
                             protocol::Totp::code(account.totpSecret, QDateTime::currentSecsSinceEpoch()).toLatin1() +
                             '\n';
    if (runClient({QStringLiteral("login"), QStringLiteral("--server"), server.url().toString(), QStringLiteral("--ca"),
                   server.caFile(), QStringLiteral("--email"), account.email},
                  login, nullptr, nullptr, &output) != 0)
        fail(QStringLiteral("leadscope login failed: ") + output);
    double syncSeconds = 0;
    double peak = 0;
    const int exit = runClient({QStringLiteral("sync"), QStringLiteral("--page-size"), parser.value(pageOption)}, {},
                               &peak, &syncSeconds, &output);
    if (exit != 0)
        fail(QStringLiteral("leadscope sync failed (%1): %2").arg(exit).arg(output));
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
        << "x  (target >= 0.90x)\n";
    out << "RSS of leadscope sync, peak: " << QString::number(peak, 'f', 0) << " MiB  (target < 250 MB)\n"
        << "  its summary: " << summary << "\n"
        << Qt::flush;
    return 0;
}
