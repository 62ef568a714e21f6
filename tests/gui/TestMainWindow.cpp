#include "core/ApiClient.h"
#include "core/ConnectionMonitor.h"
#include "tests/support/ServerProcess.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

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

    void withoutServerSaysSo()
    {
        ui::MainWindow window(nullptr);
        window.show();
        auto* heading = window.findChild<QLabel*>(QStringLiteral("connectionHeading"));
        QCOMPARE(heading->text(), QStringLiteral("No server configured"));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("checkConnectionButton"))->isEnabled());
    }

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
