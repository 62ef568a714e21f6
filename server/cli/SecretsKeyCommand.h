#pragma once

#include "server/cli/Command.h"

namespace leadscope::server {

// `secrets-key`: a new key for the secrets the server keeps at rest (a
// HubSpot token), for `serve --secrets-key FILE`. Never replaces a file.
class SecretsKeyCommand : public Command
{
public:
    SecretsKeyCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_out{QStringLiteral("out"),
                                   QStringLiteral("The key file to create (mode 600; an existing file is refused)."),
                                   QStringLiteral("file")};
};

} // namespace leadscope::server
