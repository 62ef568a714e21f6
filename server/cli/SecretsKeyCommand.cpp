#include "server/cli/SecretsKeyCommand.h"

#include "server/base/SecretBox.h"

namespace leadscope::server {

SecretsKeyCommand::SecretsKeyCommand()
    : Command(QStringLiteral("secrets-key"),
              QStringLiteral("Create the key that seals secrets at rest (serve --secrets-key)"))
{
}

void SecretsKeyCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_out);
}

int SecretsKeyCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_out))
        return usageError(QStringLiteral("--out is required."));
    QString error;
    if (!SecretBox::create(parser.value(m_out), &error))
        return failure(error);
    std::unique_ptr<SecretBox> box = SecretBox::load(parser.value(m_out), &error);
    if (!box)
        return failure(error);
    out() << "leadscope-server: secrets key " << box->keyId() << " written to " << parser.value(m_out)
          << "; keep a copy with the backups (without it no sealed secret opens)\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
