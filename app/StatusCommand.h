#pragma once

#include "ClientCommand.h"

namespace leadscope::app {

// `leadscope status`: server, account, last sync and the local copy's size.
class StatusCommand : public ClientCommand
{
public:
    StatusCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace leadscope::app
