#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `purge`: visits past each organisation's retention, and backups older than 30 days.
class PurgeCommand : public StoreCommand
{
public:
    PurgeCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_backups{QStringLiteral("backups"),
                                       QStringLiteral("Backup directory whose backups older than 30 days are deleted."),
                                       QStringLiteral("dir")};
    const QCommandLineOption m_now{QStringLiteral("now"),
                                   QStringLiteral("Purge as of this ISO 8601 time instead of the clock (for tests and "
                                                  "replays)."),
                                   QStringLiteral("time")};
};

} // namespace leadscope::server
