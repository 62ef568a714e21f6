#include "server/cli/CorrectionsRejectCommand.h"

#include "server/domain/MatchCorrections.h"
#include "server/store/Store.h"

#include <QDateTime>

namespace leadscope::server {

CorrectionsRejectCommand::CorrectionsRejectCommand()
    : StoreCommand(QStringLiteral("corrections reject"),
                   QStringLiteral("Close a range's open reports without changing the register"))
{
}

void CorrectionsRejectCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_range, m_reason});
}

int CorrectionsRejectCommand::execute(const QCommandLineParser& parser)
{
    const QString range = parser.value(m_range);
    if (!MatchCorrections::isRangeKey(range))
        return usageError(QStringLiteral("--range takes a range as `corrections list` shows it (16 hexadecimal "
                                         "digits)."));
    if (parser.value(m_reason).trimmed().isEmpty())
        return usageError(QStringLiteral("--reason says why the register stays as it is."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    bool found = false;
    QString error;
    if (!MatchCorrections::reject(store->connection(), QDateTime::currentMSecsSinceEpoch(), range,
                                  parser.value(m_reason).trimmed(), &found, &error))
        return failure(error);
    if (!found)
        return failure(QStringLiteral("Range %1 has no open reports (see `corrections list --all`).").arg(range));
    out() << "leadscope-server: the open reports on range " << range << " are rejected\n" << Qt::flush;
    return Success;
}

} // namespace leadscope::server
