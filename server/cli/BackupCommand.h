#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `backup`: a consistent copy of the store (SQLite: VACUUM INTO; PostgreSQL: pg_dump).
class BackupCommand : public StoreCommand
{
public:
    BackupCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_to{QStringLiteral("to"), QStringLiteral("Directory for the backup."),
                                  QStringLiteral("dir")};
};

} // namespace leadscope::server
