#pragma once

#include "ClientCommand.h"

#include "protocol/Crypto.h"

namespace leadscope::app {

// A command that works as the signed-in user (`sync`, `export`): the
// profile's kept sign-in resumed and the local copy's key from the keychain.
class SignedInCommand : public ClientCommand
{
protected:
    using ClientCommand::ClientCommand;

    struct SignedIn
    {
        core::ServerProfile profile;
        Connection connection;
        protocol::SecretBytes key;
    };
    // TerminalClient::Ok, or the exit code (after saying why).
    int openSignedIn(const QCommandLineParser& parser, SignedIn* result);
};

} // namespace leadscope::app
