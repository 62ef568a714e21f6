#pragma once

#include "SignedInCommand.h"

namespace leadscope::app {

// `leadscope export`: a lead list from the local copy, after the server granted it.
class ExportCommand : public SignedInCommand
{
public:
    ExportCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    struct Plan; // what the command line asks for
    int readPlan(const QCommandLineParser& parser, Plan* plan) const;
    int write(const Plan& plan, SignedIn& signedIn);
};

} // namespace leadscope::app
