#pragma once

#include "ClientCommand.h"

namespace leadscope::app {

// `leadscope login`: saves the server profile, asks for the password and the code and
// keeps the sign-in in the OS keychain.
class LoginCommand : public ClientCommand
{
public:
    LoginCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    // The profile named by --server/--profile (saved) or the current one; TerminalClient::Ok or the exit code.
    int chooseProfile(const QCommandLineParser& parser, core::ServerProfile* profile);
    int signIn(const core::ServerProfile& profile, const QString& email);
};

} // namespace leadscope::app
