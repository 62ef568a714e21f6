#include "server/cli/CommandLine.h"

#include "server/cli/BackupCommand.h"
#include "server/cli/CertsCommand.h"
#include "server/cli/CorrectionsApplyCommand.h"
#include "server/cli/CorrectionsListCommand.h"
#include "server/cli/CorrectionsRejectCommand.h"
#include "server/cli/DemoCommand.h"
#include "server/cli/DpaRecordCommand.h"
#include "server/cli/ImportCommand.h"
#include "server/cli/InitCommand.h"
#include "server/cli/OrgAddCommand.h"
#include "server/cli/PurgeCommand.h"
#include "server/cli/RestoreCommand.h"
#include "server/cli/SecretsKeyCommand.h"
#include "server/cli/ServeCommand.h"
#include "server/cli/UserAddCommand.h"
#include "server/cli/UserResetCommand.h"

namespace leadscope::server {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<OrgAddCommand>());
    m_commands.push_back(std::make_unique<UserAddCommand>());
    m_commands.push_back(std::make_unique<UserResetCommand>());
    m_commands.push_back(std::make_unique<DpaRecordCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<PurgeCommand>());
    m_commands.push_back(std::make_unique<CorrectionsListCommand>());
    m_commands.push_back(std::make_unique<CorrectionsApplyCommand>());
    m_commands.push_back(std::make_unique<CorrectionsRejectCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<CertsCommand>());
    m_commands.push_back(std::make_unique<SecretsKeyCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}

CommandLine::~CommandLine() = default;

QString CommandLine::usage() const
{
    // The names in one column, as wide as the longest.
    qsizetype nameWidth = 0;
    for (const auto& command : m_commands)
        nameWidth = qMax(nameWidth, command->name().size());
    const QString indent(2 + nameWidth + 1, u' ');
    QString text = QStringLiteral("Usage: leadscope-server COMMAND [options]\n\nCommands:\n");
    for (const auto& command : m_commands) {
        QString summary = command->summary();
        summary.replace(u'\n', u'\n' + indent);
        text += QStringLiteral("  ") + command->name().leftJustified(nameWidth) + u' ' + summary + u'\n';
    }
    text += QStringLiteral("\nRun \"leadscope-server COMMAND --help\" for the options of one command.\n"
                           "Exit codes: 0 success, 1 failure (reason on stderr), 2 wrong command line.\n");
    return text;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        Command::out() << usage() << Qt::flush;
        return command.isEmpty() ? Command::UsageError : Command::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        Command::out() << "leadscope-server " << LEADSCOPE_VERSION << "\n" << Qt::flush;
        return Command::Success;
    }
    // A command's name is one word ("serve") or two ("org add").
    for (const auto& candidate : m_commands) {
        const QStringList words = candidate->name().split(u' ');
        if (arguments.mid(1, words.size()) == words)
            return candidate->run(arguments.mid(1 + words.size()));
    }
    return Command::usageError(QStringLiteral("unknown command \"%1\"; run leadscope-server --help").arg(command));
}

} // namespace leadscope::server
