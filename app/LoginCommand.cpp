#include "LoginCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/ApiFailure.h"
#include "core/Session.h"

#include <QEventLoop>

namespace leadscope::app {

LoginCommand::LoginCommand()
    : ClientCommand(TerminalClient::tr(
          "Signs in and keeps the sign-in in the OS keychain. Asks for the password and the code from your "
          "authenticator app (one line each from stdin when it is not a terminal)."))
{
}

void LoginCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("server"), TerminalClient::tr("The server, e.g. https://leadscope.example.com."),
                      TerminalClient::tr("url")});
    parser.addOption({QStringLiteral("ca"),
                      TerminalClient::tr("Trust this certificate authority (PEM) for the server."),
                      TerminalClient::tr("file")});
    parser.addOption(
        {QStringLiteral("email"), TerminalClient::tr("Your e-mail address."), TerminalClient::tr("address")});
}

int LoginCommand::chooseProfile(const QCommandLineParser& parser, core::ServerProfile* profile)
{
    std::optional<core::ServerProfile> chosen = chosenProfile(parser);
    if (parser.isSet(QStringLiteral("server"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        const QString name = parser.value(QStringLiteral("profile")).isEmpty()
                                 ? core::ServerProfiles::nameFor(url)
                                 : parser.value(QStringLiteral("profile"));
        core::ServerProfile updated = context().profiles.find(name).value_or(core::ServerProfile{});
        updated.name = name;
        updated.url = url;
        updated.caFile = parser.value(QStringLiteral("ca"));
        QString error;
        if (!context().profiles.save(updated, &error, name))
            return fail(error, TerminalClient::Usage);
        chosen = updated;
    }
    if (!chosen)
        return fail(TerminalClient::tr("Name the server with --server (and --ca for a private certificate authority)."),
                    TerminalClient::Usage);
    *profile = *chosen;
    return TerminalClient::Ok;
}

int LoginCommand::execute(const QCommandLineParser& parser)
{
    core::ServerProfile profile;
    if (const int chosen = chooseProfile(parser, &profile); chosen != TerminalClient::Ok)
        return chosen;
    const QString email =
        parser.isSet(QStringLiteral("email")) ? parser.value(QStringLiteral("email")).trimmed() : profile.lastEmail;
    if (email.isEmpty())
        return fail(TerminalClient::tr("Give your e-mail address with --email."), TerminalClient::Usage);
    context().profiles.setCurrent(profile.name);
    return signIn(profile, email);
}

int LoginCommand::signIn(const core::ServerProfile& profile, const QString& email)
{
    auto connection = connectTo(profile);
    if (!connection)
        return TerminalClient::Usage;
    core::Session& session = *connection->session;
    QEventLoop loop;
    QString message;
    int exit = TerminalClient::Ok;
    bool kept = false;
    bool signedIn = false;
    const auto askCode = [&] {
        session.submitCode(
            QString::fromLatin1(Terminal::readLine(TerminalClient::tr("Code from your authenticator app: "), false)));
    };
    QObject::connect(&session, &core::Session::enrolmentRequired, &loop,
                     [&](const QString& secret, const QString& uri) {
                         Terminal::err() << TerminalClient::tr("Two-factor authentication is not set up yet. Add this "
                                                               "key to your authenticator app: %1\n(or open %2)\n")
                                                .arg(secret, uri)
                                         << Qt::flush;
                         askCode();
                     });
    QObject::connect(&session, &core::Session::codeRequired, &loop, askCode);
    QObject::connect(&session, &core::Session::recoveryCodesIssued, &loop, [](const QStringList& codes) {
        Terminal::err() << TerminalClient::tr("Your recovery codes: each signs you in once instead of a code from "
                                              "your phone. They are shown only now; keep them somewhere other than "
                                              "this computer.")
                        << "\n  " << codes.join(QStringLiteral("\n  ")) << "\n"
                        << Qt::flush;
    });
    QObject::connect(&session, &core::Session::signedIn, &loop, [&] { signedIn = true; });
    QObject::connect(&session, &core::Session::refreshTokenKept, &loop, [&] {
        kept = true;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::keychainProblem, &loop, [&](const QString& reason) {
        message = reason;
        exit = TerminalClient::Keychain;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::failed, &loop, [&](const core::ApiFailure& failure) {
        message = failure.message;
        exit = TerminalClient::Failed;
        loop.quit();
    });
    protocol::SecretBytes password(Terminal::readLine(TerminalClient::tr("Password for %1: ").arg(email), true));
    session.signIn(email, std::move(password), true);
    loop.exec();
    if (!signedIn || !kept)
        return fail(message.isEmpty() ? TerminalClient::tr("Signing in failed.") : message,
                    exit == TerminalClient::Ok ? TerminalClient::Failed : exit);
    context().profiles.remember(profile.name, email, true);
    Terminal::out() << TerminalClient::tr("Signed in to %1 as %2 (%3). The sign-in is kept in the keychain.")
                           .arg(core::ServerProfiles::nameFor(profile.url), session.user().email, session.user().role)
                    << "\n"
                    << Qt::flush;
    return TerminalClient::Ok;
}

} // namespace leadscope::app
