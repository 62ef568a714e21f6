#include "server/cli/PurgeCommand.h"

#include "server/domain/Retention.h"
#include "server/store/Backups.h"
#include "server/store/Store.h"

#include <QDateTime>

namespace leadscope::server {

PurgeCommand::PurgeCommand()
    : StoreCommand(QStringLiteral("purge"),
                   QStringLiteral("Delete visits past each organisation's retention and backups older than 30 days"))
{
}

void PurgeCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_backups, m_now});
}

int PurgeCommand::execute(const QCommandLineParser& parser)
{
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(m_now)) {
        const QDateTime at = QDateTime::fromString(parser.value(m_now), Qt::ISODateWithMs);
        if (!at.isValid())
            return usageError(QStringLiteral("--now takes an ISO 8601 time, e.g. 2026-12-01T03:00:00Z."));
        nowMs = at.toMSecsSinceEpoch();
    }
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    Retention::Report report;
    QString error;
    if (!Retention::purgeVisits(*store, nowMs, &report, &error))
        return failure(error);
    QStringList removed;
    if (parser.isSet(m_backups))
        Backups::expire(parser.value(m_backups), nowMs, &removed);
    out() << "leadscope-server: removed " << report.visits << " visits, " << report.pageviews << " page views and "
          << removed.size() << " backups older than 30 days\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
