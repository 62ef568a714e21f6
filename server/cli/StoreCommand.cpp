#include "server/cli/StoreCommand.h"

#include "server/store/Store.h"

namespace leadscope::server {

void StoreCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_db);
    addStoreOptions(parser);
}

std::unique_ptr<Store> StoreCommand::openStore(const QCommandLineParser& parser, bool creating, int* exitCode) const
{
    const auto url = database(parser, m_db, exitCode);
    if (!url)
        return nullptr;
    QString error;
    auto store = std::make_unique<Store>(*url);
    if (!store->open(&error) || (creating ? !store->migrate(&error) : !store->checkSchema(&error))) {
        *exitCode = failure(error);
        return nullptr;
    }
    return store;
}

} // namespace leadscope::server
