#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `init`: creates or migrates the store's schema (idempotent).
class InitCommand : public StoreCommand
{
public:
    InitCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace leadscope::server
