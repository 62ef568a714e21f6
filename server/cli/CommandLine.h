#pragma once

#include <QStringList>

namespace leadscope::server {

// leadscope-server SUBCOMMAND [options]. Exit codes: 0 success, 1 the work
// failed (message on stderr), 2 the command line was wrong.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    // Runs inside an existing QCoreApplication; returns the process exit code
    // (for serve: after the event loop ends).
    static int run(const QStringList& arguments);
};

} // namespace leadscope::server
