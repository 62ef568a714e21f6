#include "SyncCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/Preferences.h"
#include "core/cache/LocalCache.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>

namespace leadscope::app {

SyncCommand::SyncCommand()
    : SignedInCommand(TerminalClient::tr("Brings the local copy of your organisation's data up to date. Progress "
                                         "goes to stderr, a one-line summary to stdout."))
{
}

void SyncCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("page-size"),
                      TerminalClient::tr(
                          "Changes per request at most (1–10000, default 10000; a request also ends at about 4 MiB)."),
                      TerminalClient::tr("n")});
}

int SyncCommand::execute(const QCommandLineParser& parser)
{
    int pageSize = core::SyncEngine::kDefaultPageLimit;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 10'000)
            return fail(TerminalClient::tr("--page-size takes 1 to 10000."), TerminalClient::Usage);
    }
    SignedIn signedIn;
    if (const int opened = openSignedIn(parser, &signedIn); opened != TerminalClient::Ok)
        return opened;
    const auto& profile = signedIn.profile;
    QEventLoop loop;
    core::SyncEngine engine(signedIn.connection.session.get(),
                            core::LocalCache::pathFor(profile.url, profile.lastEmail), std::move(signedIn.key));
    engine.setPageLimit(pageSize);
    engine.setWindowStart(core::Preferences::cacheWindowStart(QDateTime::currentDateTimeUtc().date()));
    core::SyncEngine::Result result;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(
        &engine, &core::SyncEngine::progress, &loop, [&elapsed](int pages, qint64 changes, qint64 remaining) {
            QString line = TerminalClient::tr("Syncing… %1 changes in %2 pages").arg(changes).arg(pages);
            if (remaining > 0 && changes > 0) {
                // At the rate so far.
                const qint64 seconds = qint64(double(remaining) * double(elapsed.elapsed()) / double(changes) / 1000.0);
                line += TerminalClient::tr(", about %1 to go (%2 s)").arg(remaining).arg(seconds);
            }
            Terminal::err() << "\r" << line << Terminal::clearLineEnd() << Qt::flush;
        });
    QObject::connect(&engine, &core::SyncEngine::finished, &loop, [&](const core::SyncEngine::Result& finished) {
        result = finished;
        loop.quit();
    });
    engine.start();
    loop.exec();
    Terminal::err() << "\n" << Qt::flush;
    switch (result.outcome) {
    case core::SyncEngine::Outcome::Done:
        Terminal::out() << TerminalClient::tr("Synced %1 changes in %2 pages: %3 new companies, %4 companies with new "
                                              "visits.")
                               .arg(result.changes)
                               .arg(result.pages)
                               .arg(result.newCompanies.size())
                               .arg(result.companiesWithVisits.size())
                        << (result.fullResync ? QStringLiteral(" ") + TerminalClient::tr("(a full resync)") : QString())
                        << "\n"
                        << Qt::flush;
        return TerminalClient::Ok;
    case core::SyncEngine::Outcome::DpaRequired:
        return fail(result.message, TerminalClient::DpaRequired);
    case core::SyncEngine::Outcome::Cancelled:
    case core::SyncEngine::Outcome::Failed:
        break;
    }
    return fail(result.message, TerminalClient::Failed);
}

} // namespace leadscope::app
