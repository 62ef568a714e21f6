#include "server/cli/StoreCommand.h"

#include "server/store/DatabaseUrl.h"
#include "server/store/Store.h"

namespace leadscope::server {

void StoreCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_db);
    addStoreOptions(parser);
}

std::unique_ptr<Store> StoreCommand::openStore(const QCommandLineParser& parser, bool creating, int* exitCode) const
{
    QString error;
    if (!parser.isSet(m_db)) {
        *exitCode = usageError(QStringLiteral("--db is required (sqlite:PATH or postgres://user@host:port/dbname)."));
        return nullptr;
    }
    const auto url = DatabaseUrl::parse(parser.value(m_db), &error);
    if (!url) {
        *exitCode = usageError(error);
        return nullptr;
    }
    auto store = std::make_unique<Store>(*url);
    if (!store->open(&error) || (creating ? !store->migrate(&error) : !store->checkSchema(&error))) {
        *exitCode = failure(error);
        return nullptr;
    }
    return store;
}

} // namespace leadscope::server
