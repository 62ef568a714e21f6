#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/protocol/Base32.h"
#include "core/protocol/Totp.h"
#include "tests/support/ServerProcess.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/QrCodeWidget.h"
#include "ui/TwoFactorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
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

    // With LEADSCOPE_SCREENSHOT_DIR set, screens are saved there as PNGs to look at.
    static void capture(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("LEADSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
    }

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
        capture(login, "login-error");

        QTest::keyClicks(password, QStringLiteral("dialog test password"));
        login->findChild<QCheckBox*>(QStringLiteral("staySignedIn"))->setChecked(true);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);

        auto* twoFactor = waitForDialog<ui::TwoFactorDialog>("twoFactorDialog");
        QVERIFY(twoFactor);
        auto* secretLabel = twoFactor->findChild<QLabel*>(QStringLiteral("secretLabel"));
        QVERIFY(secretLabel->isVisible());
        QVERIFY(twoFactor->findChild<ui::QrCodeWidget*>(QStringLiteral("qrCode"))->isVisible());
        const QString secret = QString(secretLabel->text()).remove(u' ');
        const QByteArray key = protocol::Base32::decode(secret).value();
        auto* code = twoFactor->findChild<QLineEdit*>(QStringLiteral("codeField"));
        // A wrong code first: a clear error, and the field ready for the next try.
        QTest::keyClicks(code, QStringLiteral("000000"));
        auto* codeError = twoFactor->findChild<QLabel*>(QStringLiteral("twoFactorError"));
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), 30'000);
        QVERIFY(codeError->text().contains(QStringLiteral("not right")));
        capture(twoFactor, "enrolment-error");
        // Pasted with a space, as authenticator apps copy it; sent as soon as complete.
        const QString current = protocol::Totp::code(key, QDateTime::currentSecsSinceEpoch());
        code->setText(current.left(3) + u' ' + current.mid(3));
        auto* account = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(account->text().startsWith(QStringLiteral("Signed in as admin@dialog.example")),
                                 30'000);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("signOutAction"))->isEnabled());

        window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(account->text(), QStringLiteral("Not signed in"), 30'000);
    }
};

QTEST_MAIN(TestSignInDialogs)
#include "TestSignInDialogs.moc"
