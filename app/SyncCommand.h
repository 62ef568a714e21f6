#pragma once

#include "SignedInCommand.h"

namespace leadscope::app {

// `leadscope sync`: brings the local copy up to date; progress on stderr, one
// summary line on stdout.
class SyncCommand : public SignedInCommand
{
public:
    SyncCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace leadscope::app
