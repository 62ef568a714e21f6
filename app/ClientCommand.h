#pragma once

#include "core/CredentialStore.h"
#include "core/ServerProfiles.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace leadscope::core {
class ApiClient;
class Session;
} // namespace leadscope::core

namespace leadscope::app {

// One command of `leadscope` without a window (`login`, `sync`, …): its
// description and options, and what it does (TerminalClient knows its name). run() parses alike for every
// command: --help prints the options, a wrong option is exit 2; every command
// takes --profile. Exit codes are TerminalClient::Exit (docs/CLI.md).
class ClientCommand
{
public:
    virtual ~ClientCommand();
    ClientCommand(const ClientCommand&) = delete;
    ClientCommand& operator=(const ClientCommand&) = delete;

    // `arguments` as the program got them: the program, the command's name, its options.
    int run(const QStringList& arguments);

protected:
    // `description` is the translated text --help shows under the usage line.
    explicit ClientCommand(QString description);

    // What a command works with: settings, profiles, the network, the keychain.
    struct Context
    {
        QSettings settings;
        core::ServerProfiles profiles{settings};
        QNetworkAccessManager network;
        core::CredentialStore keychain;
    };
    // The client and session for a profile.
    struct Connection
    {
        Connection();
        Connection(Connection&&) noexcept;
        Connection& operator=(Connection&&) noexcept;
        ~Connection();
        std::unique_ptr<core::ApiClient> client;
        std::unique_ptr<core::Session> session;
    };

    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;

    // Prints "leadscope: MESSAGE" on stderr and returns `exitCode`.
    static int fail(const QString& message, int exitCode);
    std::optional<core::ServerProfile> chosenProfile(const QCommandLineParser& parser);
    // Null (after saying why) when the profile's address or CA file cannot be used.
    std::optional<Connection> connectTo(const core::ServerProfile& profile);
    // Signs in with the kept refresh token and waits until the rotated one is
    // back in the keychain (exiting before that would strand the session).
    static int resume(core::Session& session, const QString& email, QString* message);

    Context& context();

private:
    const QString m_description;
    std::unique_ptr<Context> m_context; // made on first use: --help needs none
};

} // namespace leadscope::app
