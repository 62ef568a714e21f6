#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "core/sync/SyncScheduler.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/DemoServer.h"
#include "tests/support/ScopedLanguage.h"
#include "tests/support/ServerProcess.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/StatusArea.h"
#include "ui/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace leadscope;

// The real window, offscreen, against the real server.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_config.reset(new QTemporaryDir);
        qputenv("XDG_CONFIG_HOME", m_config->path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("LeadscopeTest"));
        // No session bus, so no Secret Service: a computer without a keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leadscope-no-bus");
    }

    void showsVerifiedConnectionThenOutage()
    {
        test::ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        core::ServerEndpoint endpoint(server.url(), server.caFile());
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ConnectionMonitor monitor(&client);
        ui::MainWindow window(&monitor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        monitor.check();

        auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
        auto* heading = window.findChild<QLabel*>(QStringLiteral("connectionHeading"));
        auto* security = window.findChild<QLabel*>(QStringLiteral("connectionSecurity"));
        auto* check = window.findChild<QPushButton*>(QStringLiteral("checkConnectionButton"));
        QVERIFY(status && heading && security && check);
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected to ") + hostPort), 30'000);
        QVERIFY(status->text().contains(QStringLiteral("certificate verified")));
        QVERIFY(window.windowTitle().contains(hostPort));
        QCOMPARE(heading->text(), QStringLiteral("Connected"));
        QVERIFY2(security->text().contains(QStringLiteral("Leadscope private CA")), qPrintable(security->text()));

        // The server goes away: the user sees it on the next check.
        QVERIFY(server.stop(&error));
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), 30'000);
        QVERIFY2(status->text().contains(QStringLiteral("No connection to ") + hostPort), qPrintable(status->text()));
        QCOMPARE(heading->text(), QStringLiteral("Not connected"));
    }

    void untrustedServerIsShownAsSuch()
    {
        test::ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir otherPki;
        const QString otherCa = test::ServerProcess::makeCertificates(otherPki.path(), &error);
        QVERIFY2(!otherCa.isEmpty(), qPrintable(error));
        core::ServerEndpoint endpoint(server.url(), otherCa);
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ConnectionMonitor monitor(&client);
        ui::MainWindow window(&monitor);
        window.show();
        monitor.check();
        auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), 30'000);
        QVERIFY2(status->text().contains(QStringLiteral("not trusted")), qPrintable(status->text()));
    }

    // Signed in, but the local copy's key cannot come from the keychain: the
    // window says so where the leads would be, with what to do — not "Sign in
    // to see…" and a "Sync failed" whose reason hides in a tooltip.
    void aMissingKeychainIsSaidInTheWindow()
    {
        test::DemoServer demo;
        QString error;
        QVERIFY2(demo.start(&error, 100, 3), qPrintable(error));
        QVERIFY2(demo.acceptDpa(&error), qPrintable(error));
        core::ServerEndpoint endpoint(demo.process().url(), demo.process().caFile());
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::ConnectionMonitor monitor(&client);
        core::CredentialStore keychain(QStringLiteral("leadscope-no-keychain-test"));
        core::Session session(&client, &keychain);
        core::SyncScheduler sync(&session, &keychain, demo.process().url());
        ui::MainWindow window(nullptr);
        window.setConnection(&monitor, &session, &sync);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        monitor.check();
        QVERIFY2(test::DemoServer::signIn(session, demo.admin(), &error), qPrintable(error));

        auto* problem = window.findChild<QWidget*>(QStringLiteral("workspaceProblem"));
        auto* problemText = problem ? problem->findChild<QLabel*>(QStringLiteral("errorText")) : nullptr;
        QVERIFY(problemText);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30'000);
        QCOMPARE(sync.state(), core::SyncScheduler::State::NoLocalCopy);
        QVERIFY2(problemText->text().contains(QStringLiteral("keychain")) &&
                     problemText->text().contains(QStringLiteral("GNOME Keyring or KWallet")),
                 qPrintable(problemText->text()));
        QVERIFY(!problemText->text().contains(QStringLiteral("/org/")));
        auto* empty = window.findChild<QLabel*>(QStringLiteral("leadsEmpty"));
        QVERIFY(empty);
        QVERIFY2(empty->isVisible() && empty->text().contains(QStringLiteral("local copy")), qPrintable(empty->text()));
        QVERIFY(!empty->text().contains(QStringLiteral("Sign in")));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("syncStatus"))->text(),
                 QStringLiteral("Keychain unavailable"));

        // "Try again" asks the keychain once more (still none): the message comes back.
        auto* retry = problem->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30'000);
        QCOMPARE(sync.state(), core::SyncScheduler::State::NoLocalCopy);

        // Signing out takes the problem away with the account — and the search
        // and filters of this user: the next one starts on the full list.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("globalSearch"));
        search->setText(QStringLiteral("Acme"));
        auto* leadsSearch = window.findChild<QLineEdit*>(QStringLiteral("leadsSearch"));
        QCOMPARE(leadsSearch->text(), QStringLiteral("Acme"));
        auto* period = window.findChild<QComboBox*>(QStringLiteral("periodFilter"));
        period->setCurrentIndex(period->count() - 1);
        session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!problem->isVisible(), 30'000);
        QVERIFY(search->text().isEmpty());
        QVERIFY(leadsSearch->text().isEmpty());
        QCOMPARE(period->currentIndex(), 0);
        QVERIFY(window.workspace()->leadsPage()->filter().isEmpty());
        window.setConnection(nullptr, nullptr, nullptr);
        QVERIFY(demo.stop(&error));
    }

    void withoutServerSaysSo()
    {
        ui::MainWindow window(nullptr);
        window.show();
        auto* heading = window.findChild<QLabel*>(QStringLiteral("connectionHeading"));
        QCOMPARE(heading->text(), QStringLiteral("No server configured"));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("checkConnectionButton"))->isEnabled());
    }

    // Alt+letter reaches one control on each screen, menus included, and an
    // Alt+letter meant for a field never types the letter into another.
    void mnemonicsAreUniqueOnEveryScreen_data() { test::ScopedLanguage::addRows(); }

    void mnemonicsAreUniqueOnEveryScreen()
    {
        QFETCH(QString, language);
        const test::ScopedLanguage translation(language);
        QVERIFY(translation.loaded());
        ui::MainWindow window(nullptr);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::Workspace* workspace = window.workspace();
        auto* pages = qobject_cast<QStackedWidget*>(workspace->parentWidget());
        QVERIFY(pages);
        pages->setCurrentWidget(workspace);
        workspace->findChild<QWidget*>(QStringLiteral("moveSegmentsOffer"))->show(); // as on a first sign-in
        // The four screens, then the list with the profile beside it (the reading pane).
        for (int pass = 0; pass < 5; ++pass) {
            const ui::Workspace::Screen screen = std::array{
                ui::Workspace::Screen::Leads, ui::Workspace::Screen::Dashboard, ui::Workspace::Screen::Journeys,
                ui::Workspace::Screen::Company, ui::Workspace::Screen::Leads}[pass];
            workspace->setReadingPane(pass == 4);
            workspace->showScreen(screen);
            const QStringList collisions = test::mnemonicCollisions(&window);
            QVERIFY2(collisions.isEmpty(),
                     qPrintable(QStringLiteral("screen %1: %2").arg(pass).arg(collisions.join(QStringLiteral("; ")))));
        }
        workspace->setReadingPane(false);
        workspace->showScreen(ui::Workspace::Screen::Company);
        if (language != QLatin1String("en"))
            return;
        // On the profile, Alt+G goes to Tags and types nothing.
        auto* tags = workspace->findChild<QLineEdit*>(QStringLiteral("annotationTags"));
        QVERIFY(tags && tags->isVisible());
        tags->setFocus();
        QTest::keyClick(tags, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(tags->text(), QString());
        // …and an Alt+letter nothing claims types nothing either.
        QTest::keyClick(tags, Qt::Key_Z, Qt::AltModifier);
        QCOMPARE(tags->text(), QString());
        auto* note = workspace->findChild<QPlainTextEdit*>(QStringLiteral("annotationNote"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Z, Qt::AltModifier);
        QCOMPARE(note->toPlainText(), QString());
    }

    // At 200 % a 1440×900 screen is 720×450 device-independent pixels: the
    // window's minimum width must fit on every screen, with the status bar
    // saying what it says when signed in.
    void fitsA1440ScreenAt200Percent()
    {
        ui::MainWindow window(nullptr);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<ui::StatusArea*>();
        QVERIFY(status);
        core::ConnectionMonitor::Status connected;
        connected.state = core::ConnectionMonitor::State::Connected;
        connected.server = QStringLiteral("leadscope.demo-organisation.example:8443");
        connected.tlsProtocol = QStringLiteral("TLS 1.3");
        status->showConnection(connected);
        status->showAccount(QStringLiteral("Signed in as a.long-name@demo-organisation.example (Manager)"));
        status->showSyncProgress(12, 123456, 1234567);
        ui::Workspace* workspace = window.workspace();
        qobject_cast<QStackedWidget*>(workspace->parentWidget())->setCurrentWidget(workspace);
        // As on a first sign-in: the offer to move this computer's segments to the server shows too.
        workspace->findChild<QWidget*>(QStringLiteral("moveSegmentsOffer"))->show();
        workspace->showScreen(ui::Workspace::Screen::Leads);
        QCoreApplication::processEvents();
        // At 100 % on 1440×900 every column of the leads list shows without scrolling sideways, each at
        // least as wide as its heading and sort arrow.
        QTableView* table = workspace->leadsPage()->view();
        QHeaderView* header = table->horizontalHeader();
        // The list's place (the table hides behind the empty state while signed out), less its frame
        // and a vertical scroll bar.
        const int available = table->parentWidget()->width() - 2 * table->frameWidth() -
                              table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        QVERIFY2(available > 1000, qPrintable(QString::number(available)));
        int sum = 0;
        for (int column = 0; column < header->count(); ++column) {
            sum += header->sectionSize(column);
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
        }
        QVERIFY2(sum <= available, qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(sum).arg(available)));
        for (const ui::Workspace::Screen screen : {ui::Workspace::Screen::Leads, ui::Workspace::Screen::Dashboard,
                                                   ui::Workspace::Screen::Journeys, ui::Workspace::Screen::Company}) {
            workspace->showScreen(screen);
            QCoreApplication::processEvents();
            QString widest;
            for (QWidget* widget : window.findChildren<QWidget*>()) {
                if (widget->isVisibleTo(&window) && widget->minimumSizeHint().width() > 500)
                    widest += QStringLiteral("\n  %1 %2: %3")
                                  .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                                  .arg(widget->minimumSizeHint().width());
            }
            QVERIFY2(window.minimumSizeHint().width() <= 720,
                     qPrintable(QStringLiteral("screen %1: %2 px wide at least%3")
                                    .arg(int(screen))
                                    .arg(window.minimumSizeHint().width())
                                    .arg(widest)));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
