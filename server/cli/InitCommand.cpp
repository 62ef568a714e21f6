#include "server/cli/InitCommand.h"

#include "server/store/Store.h"

namespace leadscope::server {

InitCommand::InitCommand()
    : StoreCommand(QStringLiteral("init"), QStringLiteral("Create or migrate the store's schema (idempotent)"))
{
}

void InitCommand::addStoreOptions(QCommandLineParser&)
{
}

int InitCommand::execute(const QCommandLineParser& parser)
{
    int exitCode = Success;
    const auto store = openStore(parser, true, &exitCode);
    if (!store)
        return exitCode;
    out() << "leadscope-server: store " << store->url().redacted() << " is on schema " << Store::kSchemaVersion << "\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
