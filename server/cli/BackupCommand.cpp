#include "server/cli/BackupCommand.h"

#include "server/base/Clock.h"
#include "server/store/Backups.h"
#include "server/store/Store.h"

namespace leadscope::server {

BackupCommand::BackupCommand()
    : StoreCommand(QStringLiteral("backup"),
                   QStringLiteral("Take a consistent backup of the store (SQLite: VACUUM INTO; PostgreSQL: pg_dump)"))
{
}

void BackupCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOption(m_to);
}

int BackupCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_to))
        return usageError(QStringLiteral("backup needs --to DIR."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    QString path;
    QString error;
    if (!Backups::backup(*store, parser.value(m_to), clock.nowMs(), &path, &error))
        return failure(error);
    out() << path << "\n" << Qt::flush;
    return Success;
}

} // namespace leadscope::server
