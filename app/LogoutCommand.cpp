#include "LogoutCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/Session.h"
#include "core/cache/LocalCache.h"

#include <QEventLoop>

namespace leadscope::app {

LogoutCommand::LogoutCommand()
    : ClientCommand(TerminalClient::tr(
          "Signs out: ends the session on the server, forgets the kept sign-in and deletes the local copy of "
          "your data and its key."))
{
}

void LogoutCommand::addOptions(QCommandLineParser&)
{
}

int LogoutCommand::execute(const QCommandLineParser& parser)
{
    const auto profile = chosenProfile(parser);
    if (!profile || profile->lastEmail.isEmpty())
        return fail(TerminalClient::tr("Not signed in."), TerminalClient::NotSignedIn);
    auto connection = connectTo(*profile);
    if (!connection)
        return TerminalClient::Usage;
    core::Session& session = *connection->session;
    QString message;
    QEventLoop loop;
    if (resume(session, profile->lastEmail, &message) == TerminalClient::Ok) {
        QObject::connect(&session, &core::Session::signedOut, &loop, &QEventLoop::quit);
        session.signOut(); // revokes on the server, removes the kept token
        loop.exec();
    } else {
        // Offline or already ended: forget the kept token anyway.
        context().keychain.remove(
            core::CredentialStore::keyFor(profile->url, profile->lastEmail.toLower(), QStringLiteral("refresh-token")),
            [&](core::CredentialResult) { loop.quit(); });
        loop.exec();
    }
    QString shredError;
    core::LocalCache::destroy(&context().keychain, profile->url, profile->lastEmail, [&](const QString& problem) {
        shredError = problem;
        loop.quit();
    });
    loop.exec();
    context().profiles.remember(profile->name, profile->lastEmail, false);
    if (!shredError.isEmpty())
        return fail(shredError, TerminalClient::Keychain);
    Terminal::out() << TerminalClient::tr("Signed out. The local copy of your data and its key are deleted.") << "\n"
                    << Qt::flush;
    return TerminalClient::Ok;
}

} // namespace leadscope::app
