#pragma once

#include "ClientCommand.h"

namespace leadscope::app {

// `leadscope logout`: ends the session on the server, forgets the kept sign-in and
// deletes the local copy and its key (also offline: then only the local part).
class LogoutCommand : public ClientCommand
{
public:
    LogoutCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace leadscope::app
