#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "core/CredentialStore.h"
#include "core/ServerConnection.h"
#include "core/ServerProfiles.h"
#include "core/Session.h"
#include "core/sync/SyncScheduler.h"
#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/Screenshot.h"
#include "tests/support/ServerProcess.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleMonitor.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/QrCodeWidget.h"
#include "ui/ServerProfileDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TrackerCheck.h"
#include "ui/TwoFactorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// The sign-in dialogs, offscreen, against the real server (keyring fixture).
class TestSignInDialogs : public QObject
{
    Q_OBJECT
private:
    test::ServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    test::TestUser m_user; // enrolled by the first test

    // Signs in through the dialogs with a code for the next unused step.
    bool signInThroughDialogs(ui::MainWindow& window, bool stay)
    {
        window.startSignIn();
        auto* login = waitForDialog<ui::LoginDialog>("loginDialog");
        if (!login || !typeSignIn(login, stay))
            return false;
        auto* account = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        return QTest::qWaitFor([&] { return account->text().startsWith(QStringLiteral("Signed in as")); }, 30'000);
    }

    // In the open sign-in dialog: the e-mail address, the password, then a fresh code.
    bool typeSignIn(ui::LoginDialog* login, bool stay = false)
    {
        login->findChild<QLineEdit*>(QStringLiteral("emailField"))->setText(m_user.email);
        QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("passwordField")),
                         QString::fromUtf8(m_user.password));
        login->findChild<QCheckBox*>(QStringLiteral("staySignedIn"))->setChecked(stay);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto* twoFactor = waitForDialog<ui::TwoFactorDialog>("twoFactorDialog");
        if (!twoFactor)
            return false;
        QTest::keyClicks(twoFactor->findChild<QLineEdit*>(QStringLiteral("codeField")), m_user.nextCode());
        return true;
    }

    // With LEADSCOPE_SCREENSHOT_DIR set, screens are saved there as PNGs to look at.
    template <typename T>
    static T* waitForDialog(const char* name)
    {
        T* found = nullptr;
        [[maybe_unused]] const bool appeared = QTest::qWaitFor(
            [&] {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == QLatin1String(name) && w->isVisible())
                        found = qobject_cast<T*>(w);
                }
                return found != nullptr;
            },
            30'000);
        return found;
    }

    // The desktop app as app/main.cpp puts it together: server profiles in
    // `settings`, and a new connection whenever the user picks, adds or edits a server.
    struct App
    {
        App(QObject* context, const QString& settingsFile)
            : settings(settingsFile, QSettings::IniFormat)
            , profiles(settings)
            , keychain(QStringLiteral("leadscope-dialog-test"))
            , window(nullptr, nullptr)
        {
            window.setProfiles(&profiles);
            QObject::connect(&window, &ui::MainWindow::profileSwitchRequested, context, [this] {
                QString error;
                auto next = core::ServerConnection::open(&network, &keychain, *profiles.current(), &error);
                QVERIFY2(next, qPrintable(error));
                window.setConnection(next->monitor(), next->session(), next->sync());
                connection = std::move(next);
                connection->monitor()->check();
            });
        }
        QSettings settings;
        core::ServerProfiles profiles;
        QNetworkAccessManager network;
        core::CredentialStore keychain;
        std::unique_ptr<core::ServerConnection> connection;
        ui::MainWindow window;
    };

private Q_SLOTS:
    void initTestCase()
    {
        m_config.reset(new QTemporaryDir);
        qputenv("XDG_CONFIG_HOME", m_config->path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("LeadscopeSignInTest"));
        QString error;
        QString output;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                          m_server.dbUrl(), QStringLiteral("--name"), QStringLiteral("Dialog B.V."),
                                          QStringLiteral("--domain"), QStringLiteral("dialog.example")},
                                         &output, &error));
        QVERIFY(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                          m_server.dbUrl(), QStringLiteral("--org"), output.section(u'\n', 0, 0),
                                          QStringLiteral("--email"), QStringLiteral("admin@dialog.example"),
                                          QStringLiteral("--role"), QStringLiteral("admin"),
                                          QStringLiteral("--password-stdin")},
                                         &output, &error, "dialog test password\n"));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void groupsTheSecretInFours()
    {
        QCOMPARE(ui::TwoFactorDialog::groupedSecret(QStringLiteral("ABCDEFGHIJKLMNOPQRST")),
                 QStringLiteral("ABCD EFGH IJKL MNOP QRST"));
    }

    void qrCodeEncodesTheUri()
    {
        ui::QrCodeWidget qr;
        QVERIFY(qr.setText(QStringLiteral("otpauth://totp/Leadscope:a%40b.example?secret=ABCDEFGH&issuer=Leadscope")));
        QVERIFY(qr.moduleCount() >= 25);
        // The three finder patterns (dark ring, light ring, dark centre) at top-left,
        // top-right and bottom-left, each with a light separator.
        const int n = qr.moduleCount();
        for (const auto& [x, y] : {std::pair{0, 0}, std::pair{n - 7, 0}, std::pair{0, n - 7}}) {
            QVERIFY(qr.isDark(x, y) && qr.isDark(x + 6, y + 6));
            QVERIFY(!qr.isDark(x + 1, y + 1) && !qr.isDark(x + 5, y + 5));
            QVERIFY(qr.isDark(x + 3, y + 3));
        }
        QVERIFY(!qr.isDark(7, 7));
    }

    void wrongPasswordThenEnrolmentThenSignedIn()
    {
        core::ServerEndpoint endpoint(m_server.url(), m_server.caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ConnectionMonitor monitor(&client);
        core::CredentialStore keychain(QStringLiteral("leadscope-dialog-test"));
        core::Session session(&client, &keychain);
        ui::MainWindow window(&monitor, &session);
        window.show();
        monitor.check();
        auto* pageButton = window.findChild<QPushButton*>(QStringLiteral("signInPageButton"));
        QTRY_VERIFY_WITH_TIMEOUT(pageButton->isEnabled(), 30'000); // connected, verified
        QTest::mouseClick(pageButton, Qt::LeftButton);

        auto* login = waitForDialog<ui::LoginDialog>("loginDialog");
        QVERIFY(login);
        QVERIFY(
            login->findChild<QLabel*>(QStringLiteral("loginSecurity"))->text().contains(QStringLiteral("verified")));
        QVERIFY2(
            test::namelessControls(login).isEmpty(),
            qPrintable(QStringLiteral("sign-in dialog: ") + test::namelessControls(login).join(QStringLiteral("; "))));
        auto* email = login->findChild<QLineEdit*>(QStringLiteral("emailField"));
        auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordField"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(email, QStringLiteral("admin@dialog.example"));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(password->text().isEmpty()); // the field keeps no copy
        auto* loginError = login->findChild<QLabel*>(QStringLiteral("loginError"));
        QTRY_VERIFY_WITH_TIMEOUT(loginError->isVisible(), 30'000);
        QCOMPARE(loginError->text(), QStringLiteral("The e-mail address or password is wrong."));
        test::capture(login, "login-error");

        QTest::keyClicks(password, QStringLiteral("dialog test password"));
        login->findChild<QCheckBox*>(QStringLiteral("staySignedIn"))->setChecked(true);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);

        auto* twoFactor = waitForDialog<ui::TwoFactorDialog>("twoFactorDialog");
        QVERIFY(twoFactor);
        auto* secretLabel = twoFactor->findChild<QLabel*>(QStringLiteral("secretLabel"));
        QVERIFY(secretLabel->isVisible());
        QVERIFY(twoFactor->findChild<ui::QrCodeWidget*>(QStringLiteral("qrCode"))->isVisible());
        QVERIFY2(
            test::namelessControls(twoFactor).isEmpty(),
            qPrintable(QStringLiteral("enrolment: ") + test::namelessControls(twoFactor).join(QStringLiteral("; "))));
        const QString secret = QString(secretLabel->text()).remove(u' ');
        const QByteArray key = protocol::Base32::decode(secret).value();
        auto* code = twoFactor->findChild<QLineEdit*>(QStringLiteral("codeField"));
        // A wrong code first: a clear error, and the field ready for the next try.
        QTest::keyClicks(code, QStringLiteral("000000"));
        auto* codeError = twoFactor->findChild<QLabel*>(QStringLiteral("twoFactorError"));
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), 30'000);
        QVERIFY(codeError->text().contains(QStringLiteral("not right")));
        test::capture(twoFactor, "enrolment-error");
        // Pasted with a space, as authenticator apps copy it; sent as soon as complete.
        const QString current = protocol::Totp::code(key, QDateTime::currentSecsSinceEpoch());
        code->setText(current.left(3) + u' ' + current.mid(3));
        m_user.email = QStringLiteral("admin@dialog.example");
        m_user.password = "dialog test password";
        m_user.totpSecret = key;
        m_user.lastStep = QDateTime::currentSecsSinceEpoch() / 30;
        auto* account = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(account->text().startsWith(QStringLiteral("Signed in as admin@dialog.example")),
                                 30'000);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("signOutAction"))->isEnabled());

        window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(account->text(), QStringLiteral("Not signed in"), 30'000);
    }

    void idleLockHidesEverythingAndAFreshCodeUnlocks()
    {
        QVERIFY(!m_user.totpSecret.isEmpty());
        core::ServerEndpoint endpoint(m_server.url(), m_server.caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ConnectionMonitor monitor(&client);
        core::CredentialStore keychain(QStringLiteral("leadscope-dialog-test"));
        core::Session session(&client, &keychain);
        ui::MainWindow window(&monitor, &session);
        QCOMPARE(window.idleMonitor()->timeout(), std::chrono::minutes(15)); // the default
        window.show();
        monitor.check();
        QVERIFY(signInThroughDialogs(window, true));
        QSignalSpy kept(&session, &core::Session::refreshTokenKept);
        QTRY_VERIFY_WITH_TIMEOUT(kept.count() > 0 || session.state() == core::Session::State::SignedIn, 30'000);

        // Nobody touches anything for a moment: the window locks itself.
        QSignalSpy lockedChanged(&window, &ui::MainWindow::lockedChanged);
        window.idleMonitor()->setTimeout(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 10'000);
        QCOMPARE(session.state(), core::Session::State::Locked);
        QCOMPARE(lockedChanged.value(0).value(0).toBool(), true);
        auto* lock = window.findChild<ui::LockScreen*>(QStringLiteral("lockScreen"));
        QVERIFY(lock->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("connectionPage"))->isVisible());
        QVERIFY(!lock->findChild<QLineEdit*>(QStringLiteral("unlockPassword"))->isVisible()); // the token is kept
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("accountStatus"))->text(), QStringLiteral("Locked"));
        test::capture(&window, "locked");
        QVERIFY2(test::namelessControls(lock).isEmpty(),
                 qPrintable(QStringLiteral("lock screen: ") + test::namelessControls(lock).join(QStringLiteral("; "))));
        // While locked, no request goes out with old credentials.
        bool refused = false;
        session.request("GET", QStringLiteral("/api/v1/me"), {}, [&](const core::Session::Reply& reply) {
            refused = !reply.ok() && reply.failure.message == QLatin1String("Leadscope is locked.");
        });
        QVERIFY(refused);

        // A wrong code: a clear error and still locked.
        window.idleMonitor()->setTimeout(std::chrono::minutes(15));
        auto* code = lock->findChild<QLineEdit*>(QStringLiteral("unlockCode"));
        QTest::keyClicks(code, QStringLiteral("000000"));
        auto* lockError = lock->findChild<QLabel*>(QStringLiteral("unlockError"));
        QTRY_VERIFY_WITH_TIMEOUT(lockError->isVisible(), 30'000);
        QVERIFY2(lockError->text().contains(QStringLiteral("not right")), qPrintable(lockError->text()));
        QVERIFY(window.isLocked());
        // A fresh code unlocks.
        QTest::keyClicks(code, m_user.nextCode());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 30'000);
        QCOMPARE(session.state(), core::Session::State::SignedIn);
        QCOMPARE(lockedChanged.last().value(0).toBool(), false);
        bool served = false;
        session.request("GET", QStringLiteral("/api/v1/me"), {},
                        [&](const core::Session::Reply& reply) { served = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(served, 30'000);

        // Without "stay signed in", Ctrl+L locks and the password is asked too.
        window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), core::Session::State::SignedOut, 30'000);
        QVERIFY(signInThroughDialogs(window, false));
        auto* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QCOMPARE(lockAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
        QVERIFY(lockAction->isEnabled());
        window.activateWindow();
        if (QTest::qWaitForWindowActive(&window))
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        else
            lockAction->trigger(); // no window activation on this platform
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 10'000);
        auto* password = lock->findChild<QLineEdit*>(QStringLiteral("unlockPassword"));
        QVERIFY(password->isVisible());
        test::capture(&window, "locked-password");
        QTest::keyClicks(password, QString::fromUtf8(m_user.password));
        QTest::keyClicks(code, m_user.nextCode());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 30'000);
        QCOMPARE(session.state(), core::Session::State::SignedIn);
        QVERIFY(password->text().isEmpty());
    }

    // A server added without its CA file is "not trusted"; fixing the CA in
    // Edit… takes effect at once: the connection verifies and Sign in works,
    // without restarting the app.
    void aCorrectedCaFileWorksAtOnce()
    {
        App app(this, m_config->filePath(QStringLiteral("profiles-ca.ini")));
        auto& [settings, profiles, network, keychain, connection, window] = app;
        window.show();
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("signInPageButton")), Qt::LeftButton);
        auto* login = waitForDialog<ui::LoginDialog>("loginDialog");
        QVERIFY(login);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
        auto* editor = waitForDialog<ui::ServerProfileDialog>("serverProfileDialog");
        QVERIFY(editor);
        QVERIFY2(
            test::namelessControls(editor).isEmpty(),
            qPrintable(QStringLiteral("server profile: ") + test::namelessControls(editor).join(QStringLiteral("; "))));
        editor->findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(QStringLiteral("Private CA"));
        editor->findChild<QLineEdit*>(QStringLiteral("profileUrl"))->setText(m_server.url().toString());
        editor->accept();
        auto* security = login->findChild<QLabel*>(QStringLiteral("loginSecurity"));
        auto* signIn = login->findChild<QPushButton*>(QStringLiteral("signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(security->text().contains(QStringLiteral("not trusted")), 30'000);

        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("editProfileButton")), Qt::LeftButton);
        editor = waitForDialog<ui::ServerProfileDialog>("serverProfileDialog");
        QVERIFY(editor);
        editor->findChild<QLineEdit*>(QStringLiteral("profileCaFile"))->setText(m_server.caFile());
        editor->accept();
        QTRY_VERIFY_WITH_TIMEOUT(security->text().contains(QStringLiteral("certificate verified")), 30'000);
        QTRY_VERIFY(signIn->isEnabled());
        login->reject();
    }

    // A new customer's first start: no server yet, so a guided setup instead
    // of an empty window — the address, the CA file only because this
    // server's certificate is private (why, and its fingerprint), sign-in,
    // then for an admin the DPA, the snippet and a live check that turns
    // green when the website's first hit reaches the server.
    void firstRunEndsWithTheTrackerWorking()
    {
        QVERIFY(!m_user.totpSecret.isEmpty()); // enrolled by an earlier test
        App app(this, m_config->filePath(QStringLiteral("profiles-first-run.ini")));
        auto& [settings, profiles, network, keychain, connection, window] = app;
        window.show();
        window.startFirstRun();
        auto* first = waitForDialog<ui::FirstRunDialog>("firstRunDialog");
        QVERIFY(first);
        QVERIFY2(test::namelessControls(first).isEmpty(),
                 qPrintable(QStringLiteral("first run: ") + test::namelessControls(first).join(QStringLiteral("; "))));
        auto* caFile = first->findChild<QLineEdit*>(QStringLiteral("firstRunCaFile"));
        QVERIFY(!caFile->isVisible()); // not asked for before it is needed
        // Typed as people do: no https://.
        first->findChild<QLineEdit*>(QStringLiteral("firstRunAddress"))
            ->setText(m_server.url().toString().remove(QStringLiteral("https://")));
        QTest::mouseClick(first->findChild<QPushButton*>(QStringLiteral("firstRunCheck")), Qt::LeftButton);
        auto* result = first->findChild<QLabel*>(QStringLiteral("firstRunResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("not trusted")), 30'000);
        QVERIFY(caFile->isVisible());
        QVERIFY(first->findChild<QLabel*>(QStringLiteral("firstRunCaWhy"))->text().contains(QStringLiteral("never")));
        // The server certificate's fingerprint, to compare with the administrator's.
        const QString fingerprint = first->findChild<QLabel*>(QStringLiteral("firstRunFingerprint"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("([0-9A-F]{2}:){31}[0-9A-F]{2}")).match(fingerprint).hasMatch(),
                 qPrintable(fingerprint));
        auto* goOn = first->findChild<QPushButton*>(QStringLiteral("firstRunContinue"));
        QVERIFY(!goOn->isEnabled());
        caFile->setText(m_server.caFile());
        QTest::mouseClick(first->findChild<QPushButton*>(QStringLiteral("firstRunCheck")), Qt::LeftButton); // at once
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("certificate is verified")), 30'000);
        test::capture(first, "first-run");
        QVERIFY(goOn->isEnabled());
        QTest::mouseClick(goOn, Qt::LeftButton);
        QVERIFY(profiles.current());
        QCOMPARE(profiles.current()->caFile, m_server.caFile());

        // Sign-in (the sign-in dialog follows by itself).
        auto* login = waitForDialog<ui::LoginDialog>("loginDialog");
        QVERIFY(login);
        QTRY_VERIFY_WITH_TIMEOUT(login->findChild<QPushButton*>(QStringLiteral("signInButton"))->isEnabled(), 30'000);
        QVERIFY(typeSignIn(login));

        // An admin goes on to Settings → Privacy: the DPA, the snippet, and the wait for the first hit.
        auto* settingsDialog = waitForDialog<ui::SettingsDialog>("settingsDialog");
        QVERIFY(settingsDialog);
        auto* check = settingsDialog->findChild<ui::TrackerCheck*>(QStringLiteral("trackerCheck"));
        QVERIFY(check);
        check->setInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(check->isVisible() && check->text().contains(QStringLiteral("Waiting")), 30'000);
        auto* sites = settingsDialog->findChild<QComboBox*>(QStringLiteral("snippetSite"));
        QVERIFY(sites && sites->count() > 0);
        QSignalSpy receiving(check, &ui::TrackerCheck::receiving);
        test::ApiTestClient browser(m_server.url(), m_server.caFile());
        const QString domain = sites->currentText();
        const auto hit = browser.callRaw(
            "POST", QStringLiteral("/collect"),
            QJsonDocument(QJsonObject{{QStringLiteral("site"), sites->currentData().toString()},
                                      {QStringLiteral("url"), QString(QStringLiteral("https://") + domain + u'/')},
                                      {QStringLiteral("title"), QStringLiteral("Home")},
                                      {QStringLiteral("vid"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                                      {QStringLiteral("sid"), QStringLiteral("fedcba9876543210fedcba9876543210")},
                                      {QStringLiteral("device"), QStringLiteral("desktop")}})
                .toJson(QJsonDocument::Compact),
            {}, {{"Origin", QByteArray("https://") + domain.toUtf8()}});
        QVERIFY2(hit.status == 204, hit.body.constData());
        QVERIFY(receiving.count() == 1 || receiving.wait(30'000));
        QVERIFY2(check->text().contains(QStringLiteral("The tracker works")), qPrintable(check->text()));
        test::capture(settingsDialog, "first-run-green");
        settingsDialog->close();
        window.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("accountStatus"))->text(),
                                  QStringLiteral("Not signed in"), 30'000);
    }

    void addingAServerInTheSignInDialog()
    {
        App app(this, m_config->filePath(QStringLiteral("profiles.ini")));
        auto& [settings, profiles, network, keychain, connection, window] = app;
        window.show();
        auto* pageButton = window.findChild<QPushButton*>(QStringLiteral("signInPageButton"));
        QVERIFY(pageButton->isEnabled()); // no server yet, but the dialog can add one
        QTest::mouseClick(pageButton, Qt::LeftButton);
        auto* login = waitForDialog<ui::LoginDialog>("loginDialog");
        QVERIFY(login);
        auto* signIn = login->findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(!signIn->isEnabled());
        QCOMPARE(login->findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(),
                 QStringLiteral("No server yet — add one"));
        test::capture(login, "login-no-server");

        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
        auto* editor = waitForDialog<ui::ServerProfileDialog>("serverProfileDialog");
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("profileName")), QStringLiteral("Test server"));
        // Plain http is refused, in words.
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("profileUrl")),
                         m_server.url().toString().replace(QStringLiteral("https://"), QStringLiteral("http://")));
        editor->accept();
        auto* editorError = editor->findChild<QLabel*>(QStringLiteral("profileError"));
        QVERIFY(editor->isVisible());
        QVERIFY2(editorError->text().contains(QStringLiteral("HTTPS")), qPrintable(editorError->text()));
        test::capture(editor, "server-profile-error");
        editor->findChild<QLineEdit*>(QStringLiteral("profileUrl"))->setText(m_server.url().toString());
        editor->findChild<QLineEdit*>(QStringLiteral("profileCaFile"))->setText(m_server.caFile());
        editor->accept();
        QVERIFY(!editor->isVisible());

        // Saved, chosen, connected — and the dialog says how the connection is secured.
        QCOMPARE(profiles.currentName(), QStringLiteral("Test server"));
        QCOMPARE(profiles.current()->caFile, m_server.caFile());
        auto* security = login->findChild<QLabel*>(QStringLiteral("loginSecurity"));
        QTRY_VERIFY_WITH_TIMEOUT(security->text().contains(QStringLiteral("certificate verified")), 30'000);
        QVERIFY(signIn->isEnabled());
        QVERIFY(login->findChild<QComboBox*>(QStringLiteral("profileCombo"))
                    ->currentText()
                    .startsWith(QStringLiteral("Test server (")));
        test::capture(login, "login-with-profile");
        // Nothing secret is in the settings.
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains("password") && !stored.contains("token"));

        // Signing in starts a sync; this organisation has not accepted the DPA yet.
        QVERIFY(typeSignIn(login));
        auto* syncStatus = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(syncStatus->text(), QStringLiteral("No data until the DPA is accepted"), 30'000);
        QVERIFY(syncStatus->toolTip().contains(QStringLiteral("Data Processing Agreement")));
        test::capture(&window, "signed-in-dpa-pending");
        // Locking closes the cache: no sync state, nothing to show.
        window.lockNow();
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 10'000);
        QVERIFY(syncStatus->text().isEmpty());
        QCOMPARE(connection->sync()->state(), core::SyncScheduler::State::Idle);
    }
};

QTEST_MAIN(TestSignInDialogs)
#include "TestSignInDialogs.moc"
