#pragma once

#include "server/cli/Command.h"

#include <memory>

namespace leadscope::server {

class Store;

// A command that works on the store named by --db (always its first option).
class StoreCommand : public Command
{
protected:
    using Command::Command;

    void addOptions(QCommandLineParser& parser) final;
    // The command's own options, after --db.
    virtual void addStoreOptions(QCommandLineParser& parser) = 0;

    // Parses --db and opens the store: migrated to the current schema when
    // `creating`, otherwise refused unless it is on it. On failure returns
    // nullptr with the message printed and the exit code in *exitCode.
    std::unique_ptr<Store> openStore(const QCommandLineParser& parser, bool creating, int* exitCode) const;

    const QCommandLineOption m_db = databaseOption();
};

} // namespace leadscope::server
