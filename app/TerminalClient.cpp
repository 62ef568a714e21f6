#include "TerminalClient.h"

#include "ExportCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"

#include <memory>

namespace leadscope::app {

namespace {

template <typename C>
std::unique_ptr<ClientCommand> make()
{
    return std::make_unique<C>();
}

// The one list of commands: handles() and run() both read it.
struct Entry
{
    const char* name;
    std::unique_ptr<ClientCommand> (*make)();
};
constexpr Entry kCommands[] = {
    {"login", &make<LoginCommand>},   {"logout", &make<LogoutCommand>}, {"sync", &make<SyncCommand>},
    {"status", &make<StatusCommand>}, {"export", &make<ExportCommand>},
};

const Entry* find(const QStringList& arguments)
{
    for (const Entry& entry : kCommands)
        if (arguments.size() > 1 && arguments[1] == QLatin1String(entry.name))
            return &entry;
    return nullptr;
}

} // namespace

bool TerminalClient::handles(const QStringList& arguments)
{
    return find(arguments) != nullptr;
}

int TerminalClient::run(const QStringList& arguments)
{
    const Entry* entry = find(arguments);
    return entry ? entry->make()->run(arguments) : Usage;
}

} // namespace leadscope::app
