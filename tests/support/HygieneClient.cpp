// leadscope-hygiene-client: the client's core as the app runs it — Session,
// keychain, SyncScheduler with its encrypted cache — driven over stdin so
// that a test can dump its memory (gcore) after a lock or a sign-out.
//
//   leadscope-hygiene-client URL CA_FILE EMAIL [--no-scrub]
//   (--no-scrub: without core::MemoryHygiene, the negative control)
//   stdin:  password, 2FA code, then "lock" or "signout" (one per line)
//   stdout: "synced", then "locked" or "signed-out"
#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/MemoryHygiene.h"
#include "core/ServerEndpoint.h"
#include "core/Session.h"
#include "core/sync/SyncScheduler.h"
#include "protocol/Crypto.h"
#include "tests/support/HygieneIo.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstring>

using namespace leadscope;
using test::HygieneIo::readLine;
using test::HygieneIo::say;

int main(int argc, char** argv)
{
    if (argc != 5 || std::strcmp(argv[4], "--no-scrub") != 0)
        core::MemoryHygiene::scrubFreedMemory(); // as the app does at start
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (!test::HygieneIo::begin(args, {QStringLiteral("--no-scrub")}))
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
        test::HygieneIo::quitWhenStdinCloses(&app);
    });
    QByteArray password = readLine();
    session.signIn(email, protocol::SecretBytes(std::move(password)), true);
    return app.exec();
}
