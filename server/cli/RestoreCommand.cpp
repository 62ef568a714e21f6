#include "server/cli/RestoreCommand.h"

#include "server/base/Clock.h"
#include "server/domain/Retention.h"
#include "server/store/Backups.h"
#include "server/store/Store.h"

namespace leadscope::server {

RestoreCommand::RestoreCommand()
    : StoreCommand(QStringLiteral("restore"),
                   QStringLiteral("Restore a backup; deletions made since it was taken are applied again"))
{
}

void RestoreCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOption(m_from);
}

int RestoreCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_from))
        return usageError(QStringLiteral("restore needs --from FILE."));
    int exitCode = Success;
    QString error;
    QList<QPair<qint64, QString>> erasures;
    DatabaseUrl url;
    {
        // What was deleted until now, read before the old copy overwrites it.
        const auto live = openStore(parser, true, &exitCode);
        if (!live)
            return exitCode;
        url = live->url();
        if (!Retention::readErasures(*live, &erasures, &error))
            return failure(error);
    }
    if (!Backups::restore(url, parser.value(m_from), &error))
        return failure(error);
    const auto store = openStore(parser, true, &exitCode); // migrates an older backup
    if (!store)
        return exitCode;
    Clock clock;
    int applied = 0;
    Retention::Report report;
    if (!Retention::reapplyErasures(*store, Backups::takenAt(parser.value(m_from)), erasures, &applied, &error) ||
        !Retention::purgeVisits(*store, clock.nowMs(), &report, &error))
        return failure(error);
    out() << "leadscope-server: restored " << parser.value(m_from) << "; re-applied " << applied
          << " account deletions and removed " << report.visits << " visits past retention\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
