#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace leadscope::server {

class Command;

// leadscope-server COMMAND [options]: finds the command among the registered
// ones and runs it; the usage text is made from the same list. Exit codes:
// 0 success, 1 the work failed (message on stderr), 2 the command line was wrong.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    // Runs inside an existing QCoreApplication; returns the process exit code
    // (for serve: after the event loop ends).
    int run(const QStringList& arguments);
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands; // in the order the usage text lists them
};

} // namespace leadscope::server
