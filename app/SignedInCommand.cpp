#include "SignedInCommand.h"

#include "TerminalClient.h"

#include "core/Session.h"
#include "core/cache/LocalCache.h"

#include <QEventLoop>

namespace leadscope::app {

int SignedInCommand::openSignedIn(const QCommandLineParser& parser, SignedIn* result)
{
    const auto profile = chosenProfile(parser);
    if (!profile || profile->lastEmail.isEmpty() || !profile->staySignedIn)
        return fail(TerminalClient::tr("Not signed in. Run: leadscope login --server URL --email ADDRESS"),
                    TerminalClient::NotSignedIn);
    auto connection = connectTo(*profile);
    if (!connection)
        return TerminalClient::Usage;
    QString message;
    if (const int resumed = resume(*connection->session, profile->lastEmail, &message); resumed != TerminalClient::Ok)
        return fail(message, resumed);
    QEventLoop loop;
    protocol::SecretBytes key;
    core::LocalCache::loadOrCreateKey(&context().keychain, profile->url, profile->lastEmail,
                                      [&](protocol::SecretBytes loaded, const QString& problem) {
                                          key = std::move(loaded);
                                          message = problem;
                                          loop.quit();
                                      });
    loop.exec();
    if (key.isEmpty())
        return fail(message, TerminalClient::Keychain);
    result->profile = *profile;
    result->connection = std::move(*connection);
    result->key = std::move(key);
    return TerminalClient::Ok;
}

} // namespace leadscope::app
