#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace leadscope::app {

// `leadscope login | logout | sync | status | export`: the client without a window,
// for scripts and scheduled jobs, one ClientCommand each. Secrets never come
// from the command line or the environment: the password and the code are read
// from the terminal without echo (or one line each from stdin when it is not a
// terminal), and afterwards the refresh token in the OS keychain signs in.
class TerminalClient
{
    Q_DECLARE_TR_FUNCTIONS(TerminalClient)

public:
    // Documented in --help and docs/CLI.md; scripts rely on them.
    enum Exit
    {
        Ok = 0,
        Failed = 1,      // network, server or cache error (the message says which)
        Usage = 2,       // bad arguments
        Keychain = 3,    // no keychain, locked, or it refused
        DpaRequired = 4, // the organisation has not accepted the DPA yet
        NotSignedIn = 5, // no profile, or no kept sign-in: run `leadscope login`
        NotAllowed = 6,  // the server refused: this account's role may not do it (exports: manager, admin)
    };

    static bool handles(const QStringList& arguments);
    // Runs the command arguments[1] names (only that one is made).
    static int run(const QStringList& arguments);
};

} // namespace leadscope::app
