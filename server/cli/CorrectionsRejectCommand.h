#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `corrections reject`: the operator leaves the register as it is for a
// range; its open reports are closed with the reason (each organisation's own
// override stays until it withdraws it).
class CorrectionsRejectCommand : public StoreCommand
{
public:
    CorrectionsRejectCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_range{
        QStringLiteral("range"), QStringLiteral("The range as `corrections list` shows it (16 hexadecimal digits)."),
        QStringLiteral("key")};
    const QCommandLineOption m_reason{QStringLiteral("reason"), QStringLiteral("Why the register stays as it is."),
                                      QStringLiteral("text")};
};

} // namespace leadscope::server
