#include "ClientCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/ApiClient.h"
#include "core/ApiFailure.h"
#include "core/ServerEndpoint.h"
#include "core/Session.h"

#include <QEventLoop>

#include <utility>

namespace leadscope::app {

ClientCommand::Connection::Connection() = default;
ClientCommand::Connection::Connection(Connection&&) noexcept = default;
ClientCommand::Connection& ClientCommand::Connection::operator=(Connection&&) noexcept = default;
ClientCommand::Connection::~Connection() = default;

ClientCommand::ClientCommand(QString description)
    : m_description(std::move(description))
{
}

ClientCommand::~ClientCommand() = default;

ClientCommand::Context& ClientCommand::context()
{
    if (!m_context)
        m_context = std::make_unique<Context>();
    return *m_context;
}

int ClientCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    addOptions(parser);
    parser.addOption({QStringLiteral("profile"), TerminalClient::tr("The server profile (default: the current one)."),
                      TerminalClient::tr("name")});
    parser.addHelpOption();
    if (!parser.parse(arguments.mid(1)))
        return fail(parser.errorText(), TerminalClient::Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the binary by its path; say the command instead.
        QString text = parser.helpText();
        text =
            TerminalClient::tr("Usage: leadscope %1 [options]").arg(arguments.value(1)) + text.mid(text.indexOf(u'\n'));
        Terminal::out() << text << Qt::flush;
        return TerminalClient::Ok;
    }
    return execute(parser);
}

int ClientCommand::fail(const QString& message, int exitCode)
{
    Terminal::err() << "leadscope: " << message << "\n" << Qt::flush;
    return exitCode;
}

std::optional<core::ServerProfile> ClientCommand::chosenProfile(const QCommandLineParser& parser)
{
    const QString name = parser.value(QStringLiteral("profile"));
    return name.isEmpty() ? context().profiles.current() : context().profiles.find(name);
}

std::optional<ClientCommand::Connection> ClientCommand::connectTo(const core::ServerProfile& profile)
{
    core::ServerEndpoint endpoint(profile.url, profile.caFile);
    QString error;
    if (!endpoint.load(&error)) {
        fail(error, TerminalClient::Usage);
        return std::nullopt;
    }
    Connection connection;
    connection.client = std::make_unique<core::ApiClient>(&context().network, endpoint);
    connection.session = std::make_unique<core::Session>(connection.client.get(), &context().keychain);
    return connection;
}

int ClientCommand::resume(core::Session& session, const QString& email, QString* message)
{
    QEventLoop loop;
    int exit = TerminalClient::Ok;
    bool signedIn = false;
    QObject::connect(&session, &core::Session::resumeFailed, &loop, [&](const QString& reason) {
        *message = reason;
        exit = TerminalClient::NotSignedIn;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::signedIn, &loop, [&] { signedIn = true; });
    QObject::connect(&session, &core::Session::refreshTokenKept, &loop, [&] { loop.quit(); });
    QObject::connect(&session, &core::Session::keychainProblem, &loop, [&](const QString& reason) {
        *message = reason;
        exit = TerminalClient::Keychain;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::failed, &loop, [&](const core::ApiFailure& failure) {
        *message = failure.message;
        exit = TerminalClient::Failed;
        loop.quit();
    });
    session.resume(email);
    loop.exec();
    if (exit == TerminalClient::Ok && !signedIn)
        exit = TerminalClient::Failed;
    return exit;
}

} // namespace leadscope::app
