#include "TerminalClient.h"

#include "ExportCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"

namespace leadscope::app {

TerminalClient::TerminalClient()
{
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<LogoutCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
}

TerminalClient::~TerminalClient() = default;

bool TerminalClient::handles(const QStringList& arguments)
{
    static const QStringList commands{QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("sync"),
                                      QStringLiteral("status"), QStringLiteral("export")};
    return arguments.size() > 1 && commands.contains(arguments[1]);
}

int TerminalClient::run(const QStringList& arguments)
{
    for (const auto& command : m_commands)
        if (command->name() == arguments.value(1))
            return command->run(arguments);
    return Usage;
}

} // namespace leadscope::app
