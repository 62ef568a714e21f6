// leadscope-hygiene-window: the desktop client as the app puts it together —
// MainWindow on a ServerConnection (Session, keychain, SyncScheduler with its
// encrypted cache) — signed in by typing into its own dialogs, so that a test
// can dump its memory after an idle lock or a sign-out. The widgets hold what
// the user types (line edits, key events), which leadscope-hygiene-client,
// the core alone, never sees.
//
//   leadscope-hygiene-window URL CA_FILE EMAIL [--forget]
//   stdin:  password, 2FA code, then (after "synced") "lock", "signout", or
//           "relock", password, a new 2FA code (unlock, then the idle lock again)
//   stdout: "synced", then "locked" or "signed-out"
// --forget leaves "stay signed in" off (no refresh token in the keychain).
// Exit codes: 2 usage, 3 server unusable, 4 a dialog did not appear, 5 sync failed,
// 6 the lock screen did not ask for the password.
#include "core/CredentialStore.h"
#include "core/MemoryHygiene.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/sync/SyncScheduler.h"
#include "protocol/Crypto.h"
#include "tests/support/HygieneIo.h"
#include "ui/IdleMonitor.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/TwoFactorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

#include <chrono>
#include <memory>
#include <utility>

using namespace leadscope;
using test::HygieneIo::readLine;
using test::HygieneIo::say;
using namespace std::chrono_literals;

namespace {

// Types `secret` into `field` key by key, as a user would (the helper keeps
// no string of it), then wipes it.
void type(QWidget* field, QByteArray& secret)
{
    for (const char c : std::as_const(secret))
        QTest::keyClick(field, c);
    protocol::Crypto::wipe(secret);
}

template <typename T>
T* visibleDialog(const char* name)
{
    T* found = nullptr;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String(name) && w->isVisible())
                    found = qobject_cast<T*>(w);
            }
            return found != nullptr;
        },
        60'000));
    return found;
}

} // namespace

int main(int argc, char** argv)
{
    core::MemoryHygiene::scrubFreedMemory(); // as the app does at start
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (!test::HygieneIo::begin(args, {QStringLiteral("--forget")}))
        return 2;
    core::ServerProfile profile;
    profile.name = QStringLiteral("hygiene");
    profile.url = QUrl(args[1]);
    profile.caFile = args[2];
    const QString& email = args[3];
    // Both before anything runs (a blocking read would stall the connection's timers).
    QByteArray password = readLine();
    QByteArray code = readLine();

    QNetworkAccessManager network;
    core::CredentialStore keychain;
    QString error;
    const std::unique_ptr<core::ServerConnection> connection =
        core::ServerConnection::open(&network, &keychain, profile, &error);
    if (!connection)
        return 3;
    ui::MainWindow window(nullptr, nullptr);
    window.setConnection(connection->monitor(), connection->session(), connection->sync());
    window.resize(1280, 800);
    window.show();
    connection->monitor()->check();

    bool commanded = false; // the first sync's end only (an unlock syncs again)
    QObject::connect(
        connection->sync(), &core::SyncScheduler::synced, &app, [&](const core::SyncEngine::Result& result) {
            if (std::exchange(commanded, true))
                return;
            if (result.outcome != core::SyncEngine::Outcome::Done) {
                QCoreApplication::exit(5);
                return;
            }
            say("synced");
            const QByteArray command = readLine();
            if (command == "lock" || command == "relock") {
                // The idle lock: no input from here on, and the shortest timeout. "relock":
                // unlocked first on the lock screen (password and a new code typed), then idle again.
                // (Both lines are read now: stdin must be empty when its notifier starts watching it.)
                struct Unlock
                {
                    QByteArray password, code;
                    bool pending = false;
                };
                auto unlock = std::make_shared<Unlock>();
                if (command == "relock")
                    *unlock = {readLine(), readLine(), true};
                QObject::connect(&window, &ui::MainWindow::lockedChanged, &app, [&window, unlock](bool locked) {
                    if (!locked)
                        return;
                    if (!unlock->pending) {
                        say("locked");
                        return;
                    }
                    unlock->pending = false;
                    auto* unlockPassword = window.findChild<QLineEdit*>(QStringLiteral("unlockPassword"));
                    if (!unlockPassword || !unlockPassword->isVisible()) {
                        QCoreApplication::exit(6); // (only without "stay signed in" does unlocking ask for it)
                        return;
                    }
                    type(unlockPassword, unlock->password);
                    type(window.findChild<QLineEdit*>(QStringLiteral("unlockCode")), unlock->code); // six digits submit
                });
                window.idleMonitor()->setTimeout(1s);
            } else {
                QObject::connect(connection->session(), &core::Session::signedOut, &app, [] { say("signed-out"); });
                window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
            }
            // Then wait, alive, until stdin closes.
            test::HygieneIo::quitWhenStdinCloses(&app);
        });

    // Sign in through the dialogs, as the user does.
    window.startSignIn();
    auto* login = visibleDialog<ui::LoginDialog>("loginDialog");
    if (!login)
        return 4;
    login->findChild<QLineEdit*>(QStringLiteral("emailField"))->setText(email);
    type(login->findChild<QLineEdit*>(QStringLiteral("passwordField")), password);
    // Stay signed in: a refresh token in the keychain to look for; --forget: unlocking asks for the password.
    login->findChild<QCheckBox*>(QStringLiteral("staySignedIn"))
        ->setChecked(args.value(4) != QLatin1String("--forget"));

    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto* twoFactor = visibleDialog<ui::TwoFactorDialog>("twoFactorDialog");
    if (!twoFactor)
        return 4;
    type(twoFactor->findChild<QLineEdit*>(QStringLiteral("codeField")), code); // six digits submit
    return QApplication::exec();
}
