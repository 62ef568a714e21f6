// leadscope-hygiene-client: the client's core as the app runs it — Session,
// keychain, SyncScheduler with its encrypted cache — driven over stdin so
// that a test can dump its memory (gcore) after a lock or a sign-out.
//
//   leadscope-hygiene-client URL CA_FILE EMAIL
//   stdin:  password, 2FA code, then "lock" or "signout" (one per line)
//   stdout: "synced", then "locked" or "signed-out"
#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/MemoryHygiene.h"
#include "core/ServerEndpoint.h"
#include "core/Session.h"
#include "core/protocol/Crypto.h"
#include "core/sync/SyncScheduler.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace leadscope;

namespace {

// One line from stdin into memory that is wiped (like the terminal client reads secrets).
QByteArray readLine()
{
    QByteArray line;
    line.reserve(1024); // no reallocation: no stray copies of a secret left in freed memory
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;
    return line;
}

void say(const char* what)
{
    static_cast<void>(std::printf("%s\n", what));
    static_cast<void>(std::fflush(stdout));
}

} // namespace

int main(int argc, char** argv)
{
    core::MemoryHygiene::scrubFreedMemory(); // as the app does at start
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    core::ServerEndpoint endpoint(QUrl(args[1]), args[2]);
    QString error;
    if (!endpoint.load(&error))
        return 3;
    QNetworkAccessManager network;
    core::ApiClient client(&network, endpoint);
    core::CredentialStore keychain;
    core::Session session(&client, &keychain);
    core::SyncScheduler scheduler(&session, &keychain, endpoint.baseUrl());
    const QString& email = args[3];

    QObject::connect(&session, &core::Session::codeRequired, &app, [&session] {
        QByteArray code = readLine();
        session.submitCode(QString::fromLatin1(code));
        protocol::Crypto::wipe(code);
    });
    QObject::connect(&session, &core::Session::failed, &app,
                     [](const core::ApiFailure&) { QCoreApplication::exit(4); });
    QObject::connect(&scheduler, &core::SyncScheduler::synced, &app, [&](const core::SyncEngine::Result& result) {
        if (result.outcome != core::SyncEngine::Outcome::Done) {
            QCoreApplication::exit(5);
            return;
        }
        say("synced");
        const QByteArray command = readLine();
        if (command == "lock") {
            QObject::connect(&session, &core::Session::locked, &app, [] { say("locked"); });
            session.lock();
        } else {
            scheduler.destroyLocalCopy(email, [&session](const QString&) {
                QObject::connect(&session, &core::Session::signedOut, qApp, [] { say("signed-out"); });
                session.signOut();
            });
        }
        // Then wait, alive, until stdin closes.
        auto* done = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(done, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    });
    QByteArray password = readLine();
    session.signIn(email, protocol::SecretBytes(std::move(password)), true);
    return app.exec();
}
