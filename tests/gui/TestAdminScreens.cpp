#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Preferences.h"
#include "core/Session.h"
#include "core/admin/AdminClient.h"
#include "core/admin/PrivacyStatement.h"
#include "core/cache/LocalCache.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"
#include "core/query/LeadsQuery.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncScheduler.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/DemoServer.h"
#include "tests/support/HubSpotStandIn.h"
#include "tests/support/ScopedLanguage.h"
#include "tests/support/Screenshot.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SmtpServer.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/AccountRemovalDialog.h"
#include "ui/AdminDialog.h"
#include "ui/AlertsPage.h"
#include "ui/ApiTokenDialog.h"
#include "ui/ApiTokensTab.h"
#include "ui/ExportDialog.h"
#include "ui/HubSpotCompaniesDialog.h"
#include "ui/IntegrationsTab.h"
#include "ui/LeadsPage.h"
#include "ui/MailTab.h"
#include "ui/MainWindow.h"
#include "ui/PasswordChangeDialog.h"
#include "ui/PrivacyPage.h"
#include "ui/PrivacyStatementDialog.h"
#include "ui/RecoveryCodesDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SyncNotifier.h"
#include "ui/TrackerCheck.h"
#include "ui/UsersTab.h"
#include "ui/WebhookDialog.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTranslator>
#include <QUuid>

#include <memory>

using namespace leadscope;

// What admins, managers and sales reps do outside the lead screens, against
// a real server: the DPA (only an admin accepts it, naming the organisation;
// the others see who can), tracking settings and the tracker snippet, the
// privacy-statement helper, user and website administration with the audit
// log, exports from the app (refused for sales, never offered to them), and
// "delete my account".
class TestAdminScreens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::SmtpServer m_smtp;          // the relay the server e-mails through
    test::WebhookReceiver m_receiver; // where the server's webhooks go
    test::HubSpotStandIn m_hubspot;   // where a HubSpot destination writes
    QTemporaryDir m_files;            // the server's secrets key, the CAs it trusts for outgoing requests
    test::DemoServer m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<core::ApiClient> m_client;
    std::unique_ptr<core::CredentialStore> m_keychain;
    std::unique_ptr<core::Session> m_admin;
    std::unique_ptr<core::Session> m_sales;

    std::unique_ptr<core::Session> signIn(test::TestUser& user)
    {
        auto session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        QSignalSpy code(session.get(), &core::Session::codeRequired);
        QSignalSpy signedIn(session.get(), &core::Session::signedIn);
        session->signIn(user.email, protocol::SecretBytes(user.password), false);
        if (!code.wait(30'000))
            return nullptr;
        session->submitCode(user.nextCode());
        if (!signedIn.wait(30'000))
            return nullptr;
        return session;
    }

    static QString pdfText(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(60'000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<core::SyncEngine::Result>();
        QString error;
        QVERIFY2(m_smtp.start(&error), qPrintable(error));
        QVERIFY2(m_receiver.start(&error), qPrintable(error));
        QVERIFY2(m_hubspot.start(&error, {}), qPrintable(error));
        // The server trusts both stand-ins' CAs for its outgoing requests, and seals secrets with its own key.
        const QString trusted = m_files.filePath(QStringLiteral("outgoing-ca.pem"));
        {
            QFile out(trusted);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (const QString& ca : {m_receiver.caFile(), m_hubspot.caFile()}) {
                QFile in(ca);
                QVERIFY(in.open(QIODevice::ReadOnly));
                out.write(in.readAll());
            }
        }
        const QString key = m_files.filePath(QStringLiteral("secrets.key"));
        QString output;
        QVERIFY2(
            test::ServerProcess::run({QStringLiteral("secrets-key"), QStringLiteral("--out"), key}, &output, &error),
            qPrintable(error));
        QVERIFY2(m_demo.start(&error, 600, 10, {},
                              {QStringLiteral("--smtp"), m_smtp.url(), QStringLiteral("--smtp-from"),
                               QStringLiteral("leadscope@acme.example"), QStringLiteral("--smtp-password-file"),
                               m_smtp.passwordFile(), QStringLiteral("--smtp-ca"), m_smtp.caFile(),
                               QStringLiteral("--webhook-ca"), trusted, QStringLiteral("--webhook-allow-private"),
                               QStringLiteral("--secrets-key"), key}),
                 qPrintable(error));
        core::ServerEndpoint endpoint(m_demo.process().url(), m_demo.process().caFile());
        QVERIFY(endpoint.load(&error));
        m_client = std::make_unique<core::ApiClient>(&m_network, endpoint);
        m_keychain = std::make_unique<core::CredentialStore>(QStringLiteral("leadscope-admin-test"));
        m_admin = signIn(m_demo.admin());
        m_sales = signIn(m_demo.sales());
        QVERIFY(m_admin && m_sales);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_sales.reset();
        QString error;
        m_demo.stop(&error);
    }

    void onlyAnAdminAcceptsTheDpa()
    {
        // A sales rep reads the agreement and learns who can accept it.
        core::AdminClient salesClient(m_sales.get());
        ui::SettingsDialog sales(&salesClient, m_demo.process().url());
        QSignalSpy salesLoaded(&sales, &ui::SettingsDialog::accountLoaded);
        sales.showTab(ui::SettingsDialog::Tab::Privacy);
        sales.resize(1280, 800);
        sales.show();
        QVERIFY(salesLoaded.wait(20'000));
        auto* text = sales.findChild<QTextBrowser*>(QStringLiteral("dpaText"));
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("Data Processing Agreement")), 20'000);
        QVERIFY(!sales.findChild<QPushButton*>(QStringLiteral("dpaAccept"))->isVisible());
        auto* who = sales.findChild<QLabel*>(QStringLiteral("dpaWhoCanAccept"));
        QVERIFY(who->isVisible());
        QVERIFY2(who->text().contains(m_demo.admin().email), qPrintable(who->text()));
        QVERIFY2(
            sales.findChild<QLabel*>(QStringLiteral("dpaStatus"))->text().contains(QStringLiteral("not been accepted")),
            qPrintable(sales.findChild<QLabel*>(QStringLiteral("dpaStatus"))->text()));
        QVERIFY(!sales.findChild<QComboBox*>(QStringLiteral("trackingMode"))->isEnabled());
        test::capture(&sales, "settings-privacy-sales");
        // …and the server refuses a sales rep who tries anyway.
        QSignalSpy refused(m_sales.get(), &core::Session::failed);
        core::ApiFailure failure;
        bool answered = false;
        salesClient.acceptDpa(this, QStringLiteral("1.0"), [&](const auto&, const core::ApiFailure& f) {
            failure = f;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        QCOMPARE(failure.httpStatus, 403);

        // The admin confirms, naming the organisation, and accepts.
        core::AdminClient adminClient(m_admin.get());
        ui::SettingsDialog admin(&adminClient, m_demo.process().url());
        QSignalSpy adminLoaded(&admin, &ui::SettingsDialog::accountLoaded);
        admin.showTab(ui::SettingsDialog::Tab::Privacy);
        admin.resize(1280, 800);
        admin.show();
        QVERIFY(adminLoaded.wait(20'000));
        auto* adminText = admin.findChild<QTextBrowser*>(QStringLiteral("dpaText"));
        QTRY_VERIFY_WITH_TIMEOUT(adminText->toPlainText().contains(QStringLiteral("Data Processing Agreement")),
                                 20'000);
        auto* confirm = admin.findChild<QCheckBox*>(QStringLiteral("dpaConfirm"));
        auto* accept = admin.findChild<QPushButton*>(QStringLiteral("dpaAccept"));
        QVERIFY(accept->isVisible() && confirm->isVisible());
        QVERIFY2(confirm->text().contains(admin.account().organisationName) &&
                     !admin.account().organisationName.isEmpty(),
                 qPrintable(confirm->text()));
        QVERIFY(!accept->isEnabled()); // not before the confirmation
        test::capture(&admin, "settings-privacy-admin");
        confirm->setChecked(true);
        QVERIFY(accept->isEnabled());
        QSignalSpy accepted(&admin, &ui::SettingsDialog::dpaAccepted);
        accept->click();
        QVERIFY(accepted.wait(20'000));
        const QString status = admin.findChild<QLabel*>(QStringLiteral("dpaStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("was accepted")) && status.contains(m_demo.admin().email),
                 qPrintable(status));
        QVERIFY(!accept->isVisible());

        // Print / Save as PDF renders the same document.
        const QString pdf = m_dir.filePath(QStringLiteral("dpa.pdf"));
        QString error;
        QVERIFY2(core::LeadReport::writePdf(adminText->document(), QStringLiteral("DPA"), pdf, &error),
                 qPrintable(error));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Data Processing Agreement")));
    }

    void trackingSettingsAndSnippet()
    {
        core::AdminClient adminClient(m_admin.get());
        ui::SettingsDialog dialog(&adminClient, m_demo.process().url());
        QSignalSpy loaded(&dialog, &ui::SettingsDialog::accountLoaded);
        dialog.showTab(ui::SettingsDialog::Tab::Privacy);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        // One place from a new website to its snippet and its first hit: the admin types the
        // domain under the snippet's website, adds it, and the snippet shown is the new site's.
        auto* page = dialog.privacyPage();
        auto* domain = dialog.findChild<QLineEdit*>(QStringLiteral("newDomain"));
        QVERIFY(domain && domain->isVisible());
        domain->setFocus();
        QTest::keyClicks(domain, QStringLiteral("www.first-run.example"));
        loaded.clear();
        dialog.findChild<QPushButton*>(QStringLiteral("addWebsite"))->click();
        QVERIFY(loaded.wait(20'000));
        std::optional<core::AdminClient::Website> fresh;
        for (const core::AdminClient::Website& site : page->websites()) {
            if (site.domain == QLatin1String("www.first-run.example"))
                fresh = site;
        }
        QVERIFY(fresh);
        QVERIFY(domain->text().isEmpty());
        auto* sites = dialog.findChild<QComboBox*>(QStringLiteral("snippetSite"));
        QCOMPARE(sites->currentData().toString(), fresh->id);
        QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("trackerSnippet"))
                    ->toPlainText()
                    .contains(QStringLiteral("data-site=\"%1\"").arg(fresh->id)));
        // A screen reader's walk through every tab: each control says what it is for.
        auto* settingsTabs = dialog.findChild<QTabWidget*>();
        for (int tab = 0; tab < settingsTabs->count(); ++tab) {
            settingsTabs->setCurrentIndex(tab);
            const QStringList problems = test::namelessControls(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(settingsTabs->tabText(tab) + QStringLiteral(":\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
        }
        dialog.showTab(ui::SettingsDialog::Tab::Privacy);

        // Does the tracker work? The admin sees the server wait for the website's first hit, and turn
        // green once one arrives.
        auto* check = dialog.findChild<ui::TrackerCheck*>(QStringLiteral("trackerCheck"));
        QVERIFY(check);
        check->setInterval(300);
        QTRY_VERIFY(check->isVisible());
        const core::AdminClient::Website site = *fresh;
        QVERIFY2(check->text().contains(QStringLiteral("Waiting for the first visit to ") + site.domain),
                 qPrintable(check->text()));
        QSignalSpy receiving(check, &ui::TrackerCheck::receiving);
        test::ApiTestClient browser(m_demo.process().url(), m_demo.process().caFile());
        const QByteArray origin = "https://" + site.domain.toUtf8();
        const auto hit = browser.callRaw(
            "POST", QStringLiteral("/collect"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("site"), site.id},
                            {QStringLiteral("url"), QString(QString::fromUtf8(origin) + QStringLiteral("/prijzen"))},
                            {QStringLiteral("title"), QStringLiteral("Prijzen")},
                            {QStringLiteral("vid"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                            {QStringLiteral("sid"), QStringLiteral("fedcba9876543210fedcba9876543210")},
                            {QStringLiteral("device"), QStringLiteral("desktop")}})
                .toJson(QJsonDocument::Compact),
            {}, {{"Origin", origin}});
        QVERIFY2(hit.status == 204, hit.body.constData());
        QVERIFY(receiving.count() == 1 || receiving.wait(20'000));
        QVERIFY2(check->text().contains(QStringLiteral("The tracker works")), qPrintable(check->text()));
        QVERIFY(check->isReceiving());
        // Removed in the same place (the action behind "Remove…", without its question).
        loaded.clear();
        page->removeWebsite(fresh->id);
        QVERIFY(loaded.wait(20'000));
        QVERIFY(std::none_of(page->websites().cbegin(), page->websites().cend(),
                             [&](const auto& s) { return s.id == fresh->id; }));
        QCOMPARE(sites->findData(fresh->id), -1);
        // A bad domain: the server's reason, shown on the page.
        page->addWebsite(QStringLiteral("not a domain"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("privacyError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 20'000);

        auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("trackingMode"));
        auto* retention = dialog.findChild<QSpinBox*>(QStringLiteral("retentionMonths"));
        QVERIFY(mode->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("consent")));
        retention->setValue(6);
        loaded.clear();
        dialog.findChild<QPushButton*>(QStringLiteral("applyTracking"))->click();
        QVERIFY(loaded.wait(20'000)); // saved, then read back from the server
        QCOMPARE(dialog.account().trackingMode, QStringLiteral("consent"));
        QCOMPARE(dialog.account().retentionMonths, 6);
        const QString snippet = dialog.findChild<QPlainTextEdit*>(QStringLiteral("trackerSnippet"))->toPlainText();
        QVERIFY(!dialog.account().websites.isEmpty());
        QVERIFY2(snippet.contains(m_demo.process().url().host() + QStringLiteral(":") +
                                  QString::number(m_demo.process().url().port()) + QStringLiteral("/t.js")) &&
                     snippet.contains(dialog.account().websites.first().id) &&
                     snippet.contains(QStringLiteral("data-mode=\"consent\"")) &&
                     snippet.contains(QStringLiteral("leadscope('consent')")),
                 qPrintable(snippet));
        // Back to the default for the tests after this one.
        mode->setCurrentIndex(mode->findData(QStringLiteral("legitimate-interest")));
        retention->setValue(13);
        loaded.clear();
        dialog.findChild<QPushButton*>(QStringLiteral("applyTracking"))->click();
        QVERIFY(loaded.wait(20'000));
    }

    void privacyStatementInEnglishAndDutch()
    {
        core::PrivacyStatement::Facts facts{QStringLiteral("Acme B.V."),
                                            {QStringLiteral("acme.example"), QStringLiteral("shop.acme.example")},
                                            QStringLiteral("consent"),
                                            6,
                                            QStringLiteral("1.0")};
        ui::PrivacyStatementDialog dialog(facts);
        dialog.setLanguage(core::PrivacyStatement::Language::English);
        dialog.resize(1280, 800);
        dialog.show();
        QString statement = dialog.statementText();
        QVERIFY(statement.contains(QStringLiteral("Acme B.V.")));
        QVERIFY(statement.contains(QStringLiteral("acme.example and shop.acme.example")));
        QVERIFY(statement.contains(QStringLiteral("6 months")));
        QVERIFY(statement.contains(QStringLiteral("Article 6(1)(a)"))); // consent
        QVERIFY(!statement.contains(QStringLiteral("Article 6(1)(f)")));
        QVERIFY(statement.contains(QStringLiteral("not stored")));
        QVERIFY(dialog.registerText().contains(QStringLiteral("Article 30")));
        QVERIFY(dialog.registerText().contains(QStringLiteral("version 1.0")));
        QVERIFY(dialog.findChild<QTextBrowser*>(QStringLiteral("statementText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Acme B.V.")));
        test::capture(&dialog, "privacy-statement-en");
        dialog.setLanguage(core::PrivacyStatement::Language::Dutch);
        statement = dialog.statementText();
        QVERIFY(statement.contains(QStringLiteral("6 maanden")));
        QVERIFY(statement.contains(QStringLiteral("acme.example en shop.acme.example")));
        QVERIFY(statement.contains(QStringLiteral("toestemming")));
        QVERIFY(dialog.registerText().contains(QStringLiteral("artikel 30 AVG")));
        test::capture(&dialog, "privacy-statement-nl");
        // Legitimate interest: the other legal basis, and no placeholder left anywhere.
        facts.trackingMode = QStringLiteral("legitimate-interest");
        facts.retentionMonths = 1;
        for (const auto language : {core::PrivacyStatement::Language::English, core::PrivacyStatement::Language::Dutch,
                                    core::PrivacyStatement::Language::German}) {
            const QString text = core::PrivacyStatement::statement(facts, language) +
                                 core::PrivacyStatement::registerEntry(facts, language);
            QVERIFY(!text.contains(QStringLiteral("{{")) && !text.contains(QStringLiteral("<!--")));
            // Visitors learn how to opt out, with a link on the organisation's own site.
            QVERIFY2(text.contains(QStringLiteral("https://acme.example/#leadscope-optout")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("6(1)(f)")) || text.contains(QStringLiteral("lid 1 sub f")) ||
                    text.contains(QStringLiteral("Abs. 1 lit. f")));
            QVERIFY(text.contains(QStringLiteral("1 month")) || text.contains(QStringLiteral("1 maand")) ||
                    text.contains(QStringLiteral("1 Monat")));
        }
    }

    // Alt+letter reaches one control on each tab of Settings and Administration, in every language.
    void dialogMnemonicsAreUnique_data() { test::ScopedLanguage::addRows(); }

    void dialogMnemonicsAreUnique()
    {
        QFETCH(QString, language);
        const test::ScopedLanguage translation(language);
        QVERIFY(translation.loaded());
        core::AdminClient adminClient(m_admin.get());
        ui::SettingsDialog settings(&adminClient, m_demo.process().url());
        QSignalSpy loaded(&settings, &ui::SettingsDialog::accountLoaded);
        settings.show();
        QVERIFY(loaded.wait(20'000)); // an admin's: every button of the privacy page is there
        auto* tabs = settings.findChild<QTabWidget*>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QStringList collisions = test::mnemonicCollisions(&settings);
            QVERIFY2(collisions.isEmpty(),
                     qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + collisions.join(QStringLiteral("; "))));
        }
        ui::AdminDialog administration(&adminClient);
        QSignalSpy listed(&administration, &ui::AdminDialog::loaded);
        administration.show();
        QVERIFY(listed.wait(20'000));
        for (int tab = 0; tab < administration.tabs()->count(); ++tab) {
            administration.tabs()->setCurrentIndex(tab);
            const QStringList collisions = test::mnemonicCollisions(&administration);
            QVERIFY2(collisions.isEmpty(), qPrintable(administration.tabs()->tabText(tab) + QStringLiteral(": ") +
                                                      collisions.join(QStringLiteral("; "))));
        }
    }

    // Settings → General: how many months of visits this computer keeps (3–36, 12 by default), kept at once.
    void theWindowOfMonthsIsASetting()
    {
        core::Preferences::cacheMonths().set(core::Preferences::cacheMonths().defaultValue());
        core::AdminClient salesClient(m_sales.get());
        ui::SettingsDialog settings(&salesClient, m_demo.process().url());
        settings.showTab(ui::SettingsDialog::Tab::General);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        auto* months = settings.findChild<QSpinBox*>(QStringLiteral("cacheMonthsSetting"));
        QVERIFY(months && months->isVisible());
        QCOMPARE(months->value(), 12);
        QCOMPARE(months->minimum(), 3);
        QCOMPARE(months->maximum(), 36);
        test::capture(&settings, "settings-general");
        months->setFocus();
        months->selectAll();
        QTest::keyClicks(months, QStringLiteral("6"));
        QCOMPARE(core::Preferences::cacheMonths().value(), 6);
        QCOMPARE(core::Preferences::cacheWindowStart(QDate(2026, 12, 6)), QDate(2026, 6, 6));
        // A hand-edited value outside the range is held to it.
        core::Preferences::cacheMonths().set(600);
        QCOMPARE(core::Preferences::cacheWindowStart(QDate(2026, 12, 6)), QDate(2023, 12, 6));
        core::Preferences::cacheMonths().set(core::Preferences::cacheMonths().defaultValue());
    }

    // Settings → Alerts: each user chooses what the server e-mails them; a
    // weekly digest has one day; what is saved is what the server keeps,
    // with this desktop's language and time zone. Administration → E-mail
    // says whether the server can send and what went out.
    void emailAlertsAreChosenInSettings()
    {
        core::AdminClient salesClient(m_sales.get());
        ui::SettingsDialog settings(&salesClient, m_demo.process().url());
        auto* page = settings.alertsPage();
        QSignalSpy loaded(page, &ui::AlertsPage::loaded);
        settings.showTab(ui::SettingsDialog::Tab::Alerts);
        settings.resize(1280, 800);
        settings.show();
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("alertsRecipient"))->text(), m_demo.sales().email);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("alertsNoRelay"))->isVisible());
        auto* alerts = page->findChild<QCheckBox*>(QStringLiteral("emailAlertsSetting"));
        auto* quiet = page->findChild<QCheckBox*>(QStringLiteral("quietHoursSetting"));
        QVERIFY(alerts->isEnabled() && !alerts->isChecked() && !quiet->isEnabled());
        // (On the box itself: a form stretches a check box past its text.)
        const auto tick = [](QCheckBox* box) {
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        };
        tick(alerts);
        QVERIFY(alerts->isChecked() && quiet->isEnabled());
        tick(quiet);
        page->findChild<QComboBox*>(QStringLiteral("quietFromSetting"))->setCurrentIndex(21);
        page->findChild<QComboBox*>(QStringLiteral("quietToSetting"))->setCurrentIndex(7);
        auto* digest = page->findChild<QComboBox*>(QStringLiteral("digestSetting"));
        digest->setCurrentIndex(digest->findData(QStringLiteral("weekly")));
        // Weekly: one day; choosing Wednesday moves it there.
        tick(page->findChild<QCheckBox*>(QStringLiteral("digestDay3")));
        int chosenDays = 0;
        for (int day = 1; day <= 7; ++day)
            chosenDays += page->findChild<QCheckBox*>(QStringLiteral("digestDay%1").arg(day))->isChecked() ? 1 : 0;
        QCOMPARE(chosenDays, 1);
        page->findChild<QComboBox*>(QStringLiteral("digestHourSetting"))->setCurrentIndex(9);
        QSignalSpy saved(page, &ui::AlertsPage::saved);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveAlerts")), Qt::LeftButton);
        QVERIFY(saved.wait(20'000));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("alertsStatus"))->text(), QStringLiteral("Saved."));
        test::capture(&settings, "settings-alerts");
        // What the server keeps.
        QJsonObject kept;
        bool answered = false;
        m_sales->request("GET", QStringLiteral("/api/v1/account/alerts"), {}, [&](const core::Session::Reply& reply) {
            kept = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("preferences")).toObject();
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        QCOMPARE(kept.value(QStringLiteral("email_alerts")).toBool(), true);
        QCOMPARE(kept.value(QStringLiteral("digest")).toString(), QStringLiteral("weekly"));
        QCOMPARE(kept.value(QStringLiteral("digest_hour")).toInt(), 9);
        QCOMPARE(kept.value(QStringLiteral("digest_days")).toArray(), QJsonArray{QStringLiteral("wed")});
        QCOMPARE(kept.value(QStringLiteral("quiet_hours")).toObject().value(QStringLiteral("from")).toInt(), 21);
        QCOMPARE(kept.value(QStringLiteral("language")).toString(), ui::AlertsPage::mailLanguage());
        QCOMPARE(kept.value(QStringLiteral("time_zone")).toString(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        // Opened again, the page shows what was saved.
        ui::SettingsDialog again(&salesClient, m_demo.process().url());
        QSignalSpy reloaded(again.alertsPage(), &ui::AlertsPage::loaded);
        QVERIFY(reloaded.wait(20'000));
        QVERIFY(again.alertsPage()->findChild<QCheckBox*>(QStringLiteral("digestDay3"))->isChecked());
        QVERIFY(again.alertsPage()->findChild<QCheckBox*>(QStringLiteral("quietHoursSetting"))->isChecked());

        QString error;
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error)); // the organisation's mail is its data
        core::AdminClient adminClient(m_admin.get());
        ui::AdminDialog administration(&adminClient);
        QSignalSpy listed(&administration, &ui::AdminDialog::loaded);
        administration.resize(1280, 800);
        administration.show();
        QVERIFY(listed.wait(20'000));
        administration.tabs()->setCurrentWidget(administration.mailTab());
        const QString summary = administration.mailTab()->findChild<QLabel*>(QStringLiteral("mailSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Sent in the last 24 hours")), qPrintable(summary));
        test::capture(&administration, "admin-mail");
    }

    // Administration → Integrations: an admin adds a webhook with a fresh
    // code and sees its secret once; "Send test" reaches the receiver, signed;
    // the delivery shows with its status; pausing says so.
    void webhooksAreManagedInIntegrations()
    {
        QString error;
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        // The dialog: Add only with a name, an https address, an event and a code.
        ui::WebhookDialog dialog(nullptr);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addWebhook"));
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("webhookName")), QStringLiteral("CRM"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("webhookUrl"));
        QTest::keyClicks(url, QStringLiteral("http://crm.example/hook"));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("webhookProblem"))->text().contains(QStringLiteral("https://")));
        url->clear();
        QTest::keyClicks(url, m_receiver.url());
        const QString code = m_demo.admin().nextCode();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("webhookCode")), code);
        QVERIFY(add->isEnabled());
        dialog.findChild<QCheckBox*>(QStringLiteral("event_company_new"))->setChecked(true);
        QCOMPARE(dialog.webhook().value(QStringLiteral("events")).toArray(),
                 (QJsonArray{QStringLiteral("rule.fired"), QStringLiteral("company.new")}));
        dialog.resize(640, 420);
        dialog.show();
        test::capture(&dialog, "admin-webhook-new");

        core::AdminClient adminClient(m_admin.get());
        ui::AdminDialog administration(&adminClient);
        QSignalSpy listed(&administration, &ui::AdminDialog::loaded);
        administration.resize(1280, 800);
        administration.show();
        QVERIFY(listed.wait(20'000));
        ui::IntegrationsTab* tab = administration.integrationsTab();
        administration.tabs()->setCurrentWidget(tab);
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("noWebhooks"))->isVisible());
        QSignalSpy loaded(tab, &ui::IntegrationsTab::loaded);
        tab->add(dialog.webhook(), dialog.code());
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(tab->webhooks().size(), 1);
        QVERIFY(tab->shownSecret().startsWith(QStringLiteral("whsec_")));
        QVERIFY(!tab->findChild<QLabel*>(QStringLiteral("noWebhooks"))->isVisible());
        m_receiver.setSecrets({tab->shownSecret()});
        tab->testSelected();
        QVERIFY(loaded.wait(20'000));
        const QList<QJsonObject> received = m_receiver.waitFor(1);
        QCOMPARE(received.size(), 1);
        QVERIFY(received[0].value(QStringLiteral("valid")).toBool());
        // The delivery as the admin sees it, once the server wrote it down.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                tab->load();
                loaded.wait(5'000);
                return !tab->deliveries().isEmpty() && tab->deliveries()[0].state == QLatin1String("delivered");
            }(),
            20'000);
        auto* deliveries = tab->findChild<QTableWidget*>(QStringLiteral("deliveryTable"));
        QCOMPARE(deliveries->item(0, 2)->text(), QStringLiteral("Delivered"));
        QCOMPARE(deliveries->item(0, 3)->text(), QStringLiteral("200"));
        test::capture(&administration, "admin-integrations");
        // Paused: the list says so, the button resumes.
        tab->togglePauseSelected();
        QVERIFY(loaded.wait(20'000));
        QVERIFY(tab->webhooks()[0].pausedAt.isValid());
        auto* hooks = tab->findChild<QTableWidget*>(QStringLiteral("webhookTable"));
        QVERIFY(hooks->item(0, 3)->text().startsWith(QStringLiteral("Paused")));
        QCOMPARE(tab->findChild<QPushButton*>(QStringLiteral("pauseWebhook"))->text(), QStringLiteral("R&esume"));
        // The admins are told of a pause once (the main window asks after its syncs).
        ui::SyncNotifier notifier(&administration);
        QSignalSpy noticed(&notifier, &ui::SyncNotifier::noticed);
        const QString account = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
        notifier.notifyPausedWebhooks(tab->webhooks(), account);
        QCOMPARE(noticed.size(), 1);
        QVERIFY2(noticed[0][0].toString().contains(QStringLiteral("Webhook “CRM” is paused")),
                 qPrintable(noticed[0][0].toString()));
        notifier.notifyPausedWebhooks(tab->webhooks(), account);
        QCOMPARE(noticed.size(), 1); // told already
        tab->togglePauseSelected();
        QVERIFY(loaded.wait(20'000));
        QVERIFY(!tab->webhooks()[0].pausedAt.isValid());

        // Changed in place: the dialog comes filled in and needs no code (no secret changes hands).
        ui::WebhookDialog change(nullptr);
        change.edit(tab->webhooks()[0]);
        QVERIFY(!change.findChild<QLineEdit*>(QStringLiteral("webhookCode"))->isVisibleTo(&change));
        QCOMPARE(change.findChild<QLineEdit*>(QStringLiteral("webhookUrl"))->text(), tab->webhooks()[0].url);
        auto* save = change.findChild<QPushButton*>(QStringLiteral("addWebhook"));
        QVERIFY(save->isEnabled());
        auto* name = change.findChild<QLineEdit*>(QStringLiteral("webhookName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("CRM (sales)"));
        change.findChild<QCheckBox*>(QStringLiteral("event_visit_finished"))->setChecked(true);
        tab->changeSelected(change.webhook());
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(tab->webhooks()[0].name, QStringLiteral("CRM (sales)"));
        QVERIFY(tab->webhooks()[0].events.contains(QStringLiteral("visit.finished")));

        // A Slack channel: the messages' language can be chosen (not for a
        // webhook, whose JSON has none); its test is a message for people.
        ui::WebhookDialog slack(nullptr);
        auto* kind = slack.findChild<QComboBox*>(QStringLiteral("webhookKind"));
        auto* language = slack.findChild<QComboBox*>(QStringLiteral("webhookLanguage"));
        QVERIFY(!language->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("slack")));
        QVERIFY(language->isEnabled());
        QVERIFY(slack.findChild<QLabel*>(QStringLiteral("webhookNote"))->text().contains(QStringLiteral("channel")));
        QVERIFY(slack.findChild<QLineEdit*>(QStringLiteral("webhookUrl"))
                    ->placeholderText()
                    .startsWith(QLatin1String("https://hooks.slack.com/")));
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        QTest::keyClicks(slack.findChild<QLineEdit*>(QStringLiteral("webhookName")), QStringLiteral("Verkoop"));
        QTest::keyClicks(slack.findChild<QLineEdit*>(QStringLiteral("webhookUrl")),
                         m_receiver.url() + QStringLiteral("/slack"));
        QTest::keyClicks(slack.findChild<QLineEdit*>(QStringLiteral("webhookCode")), m_demo.admin().nextCode());
        QCOMPARE(slack.webhook().value(QStringLiteral("kind")).toString(), QStringLiteral("slack"));
        tab->add(slack.webhook(), slack.code());
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(tab->webhooks().size(), 2);
        QCOMPARE(hooks->item(1, 0)->text(), QStringLiteral("Verkoop (Slack)"));
        m_receiver.setSecrets({tab->shownSecret()});
        hooks->selectRow(1);
        tab->testSelected();
        QVERIFY(loaded.wait(20'000));
        const QList<QJsonObject> both = m_receiver.waitFor(2);
        QCOMPARE(both.size(), 2);
        const QJsonObject message = both[1].value(QStringLiteral("body")).toObject();
        QCOMPARE(message.value(QStringLiteral("blocks")).toArray().at(0).toObject().value(QStringLiteral("type")),
                 QJsonValue(QStringLiteral("header")));
        QVERIFY2(message.value(QStringLiteral("text")).toString().contains(QStringLiteral("bereikt dit kanaal")),
                 qPrintable(message.value(QStringLiteral("text")).toString()));
    }

    // A HubSpot destination from the dialog: "Sends to: HubSpot" asks for the
    // private app's token (hidden as it is typed) and fills in HubSpot's
    // address; no secret is shown after adding, the list shows the token's
    // last characters only, and "New secret…" is off. A colleague's note on a
    // company sends it to HubSpot, and "HubSpot companies…" shows it as
    // created there.
    void hubSpotDestinationShowsItsCompanies()
    {
        QString error;
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        ui::WebhookDialog dialog(nullptr);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("webhookKind"));
        auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("webhookToken"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("webhookUrl"));
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addWebhook"));
        QVERIFY(!token->isVisibleTo(&dialog));
        kind->setCurrentIndex(kind->findData(QStringLiteral("hubspot")));
        QVERIFY(token->isVisibleTo(&dialog));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(url->text(), QStringLiteral("https://api.hubapi.com"));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("event_visit_finished"))->isChecked());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("webhookNote"))->text().contains(QStringLiteral("token")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("webhookName")), QStringLiteral("CRM"));
        url->clear();
        QTest::keyClicks(url, m_hubspot.url());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("webhookCode")), m_demo.admin().nextCode());
        QVERIFY(!add->isEnabled()); // no token yet
        QTest::keyClicks(token, m_hubspot.token());
        QVERIFY(add->isEnabled());
        QCOMPARE(dialog.webhook().value(QStringLiteral("token")).toString(), m_hubspot.token());
        dialog.resize(640, 480);
        dialog.show();
        test::capture(&dialog, "admin-hubspot-new");

        core::AdminClient adminClient(m_admin.get());
        ui::AdminDialog administration(&adminClient);
        QSignalSpy listed(&administration, &ui::AdminDialog::loaded);
        administration.resize(1280, 800);
        administration.show();
        QVERIFY(listed.wait(20'000));
        ui::IntegrationsTab* tab = administration.integrationsTab();
        administration.tabs()->setCurrentWidget(tab);
        QSignalSpy loaded(tab, &ui::IntegrationsTab::loaded);
        const qsizetype before = tab->webhooks().size();
        tab->add(dialog.webhook(), dialog.code());
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(tab->webhooks().size(), before + 1);
        QVERIFY(tab->shownSecret().isEmpty());
        auto* hooks = tab->findChild<QTableWidget*>(QStringLiteral("webhookTable"));
        const int row = int(before);
        hooks->selectRow(row);
        QCOMPARE(hooks->item(row, 0)->text(), QStringLiteral("CRM (HubSpot)"));
        QVERIFY2(hooks->item(row, 1)->text().endsWith(QChar(0x2026) + m_hubspot.token().right(4)),
                 qPrintable(hooks->item(row, 1)->text()));
        QVERIFY(!hooks->item(row, 1)->text().contains(m_hubspot.token()));
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("rotateWebhook"))->isEnabled());
        QVERIFY(tab->findChild<QPushButton*>(QStringLiteral("hubspotCompanies"))->isVisible());

        // Editing keeps the token when none is typed.
        ui::WebhookDialog change(nullptr);
        change.edit(tab->webhooks()[row]);
        QVERIFY(change.findChild<QPushButton*>(QStringLiteral("addWebhook"))->isEnabled());
        QVERIFY(!change.webhook().contains(QStringLiteral("token")));

        // A colleague's note on a company: it is written to HubSpot.
        QString companyId;
        m_admin->request("GET", QStringLiteral("/api/v1/sync?limit=200"), {}, [&](const core::Session::Reply& reply) {
            for (const QJsonValue& entry :
                 QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("changes")).toArray()) {
                if (companyId.isEmpty() &&
                    entry.toObject().value(QStringLiteral("type")).toString() == QLatin1String("company"))
                    companyId = entry.toObject().value(QStringLiteral("id")).toString();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!companyId.isEmpty(), 20'000);
        bool annotated = false;
        m_admin->request("PUT", QStringLiteral("/api/v1/companies/%1/annotation").arg(companyId),
                         QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("contacted")}}),
                         [&](const core::Session::Reply& reply) { annotated = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(annotated, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_hubspot.state().value(QStringLiteral("companies")).toObject().size() == 1, 30'000);
        // The server records which HubSpot company it became once HubSpot has answered: wait for that
        // record (not only for HubSpot's side) before the dialog reads it.
        const QString destination = tab->webhooks()[row].id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto recorded = std::make_shared<qsizetype>(-1); // outlives a late answer
                adminClient.hubSpotCompanies(
                    this, destination,
                    [recorded](const QList<core::AdminClient::HubSpotCompany>& list, const core::ApiFailure& failure) {
                        *recorded = failure.isError() ? 0 : list.size();
                    });
                return QTest::qWaitFor([&] { return *recorded >= 0; }, 10'000) && *recorded == 1;
            }(),
            30'000);

        ui::HubSpotCompaniesDialog companies(&adminClient, tab->webhooks()[row], &administration);
        QSignalSpy shown(&companies, &ui::HubSpotCompaniesDialog::loaded);
        QVERIFY(shown.wait(20'000));
        QCOMPARE(companies.companies().size(), 1);
        QCOMPARE(companies.companies()[0].companyId, companyId);
        auto* table = companies.findChild<QTableWidget*>(QStringLiteral("hubspotCompanyTable"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Created by Leadscope"));
        QVERIFY2(companies.findChild<QLabel*>(QStringLiteral("hubspotSummary"))
                     ->text()
                     .contains(QStringLiteral("1 created")),
                 qPrintable(companies.findChild<QLabel*>(QStringLiteral("hubspotSummary"))->text()));
        companies.show();
        test::capture(&companies, "admin-hubspot-companies");
        const QStringList problems = test::namelessControls(&companies);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        // Removed again, so the other tests see their own destinations only.
        tab->removeSelected();
        QVERIFY(loaded.wait(20'000));
    }

    // Administration → API tokens: a token is created with a fresh code and
    // shown once; the list says what it may read and when it was last used;
    // revoked, it says so and cannot be revoked again.
    void apiTokensAreCreatedShownOnceAndRevoked()
    {
        QString error;
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        ui::ApiTokenDialog dialog(nullptr);
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createApiToken"));
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("apiTokenName")), QStringLiteral("Warehouse"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("apiTokenCode")), m_demo.admin().nextCode());
        QVERIFY(create->isEnabled());
        dialog.findChild<QCheckBox*>(QStringLiteral("scope_leads"))->setChecked(false);
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("apiTokenProblem"))->text().isEmpty());
        dialog.findChild<QCheckBox*>(QStringLiteral("scope_leads"))->setChecked(true);
        dialog.findChild<QCheckBox*>(QStringLiteral("scope_visits"))->setChecked(true);
        QCOMPARE(dialog.scopes(), (QStringList{QStringLiteral("leads"), QStringLiteral("visits")}));
        QCOMPARE(dialog.days(), 90);
        dialog.resize(560, 360);
        dialog.show();
        test::capture(&dialog, "admin-api-token-new");

        core::AdminClient adminClient(m_admin.get());
        ui::AdminDialog administration(&adminClient);
        QSignalSpy listed(&administration, &ui::AdminDialog::loaded);
        administration.resize(1280, 800);
        administration.show();
        QVERIFY(listed.wait(20'000));
        ui::ApiTokensTab* tab = administration.apiTokensTab();
        administration.tabs()->setCurrentWidget(tab);
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("noApiTokens"))->isVisible());
        QSignalSpy loaded(tab, &ui::ApiTokensTab::loaded);
        tab->create(dialog.name(), dialog.scopes(), dialog.days(), dialog.code());
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(tab->tokens().size(), 1);
        QVERIFY(tab->shownToken().startsWith(QLatin1String("lst_")));
        auto* table = tab->findChild<QTableWidget*>(QStringLiteral("apiTokenTable"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Companies, Visits"));
        QVERIFY(tab->shownToken().startsWith(table->item(0, 2)->text().chopped(1)));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Never"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Active"));
        test::capture(&administration, "admin-api-tokens");
        table->selectRow(0);
        auto* revoke = tab->findChild<QPushButton*>(QStringLiteral("revokeApiToken"));
        QVERIFY(revoke->isEnabled());
        tab->revokeSelected();
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Revoked"));
        QVERIFY(tab->shownToken().isEmpty()); // no longer of use to anyone
        table->selectRow(0);
        QVERIFY(!revoke->isEnabled());
    }

    void usersAndAuditLog()
    {
        core::AdminClient adminClient(m_admin.get());
        ui::AdminDialog dialog(&adminClient);
        QSignalSpy loaded(&dialog, &ui::AdminDialog::loaded);
        dialog.resize(1280, 800);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        const auto emails = [&] {
            QStringList list;
            for (const auto& user : dialog.users())
                list << user.email;
            return list;
        };
        QVERIFY(emails().contains(m_demo.admin().email) && emails().contains(m_demo.sales().email));
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            if (auto* view = dialog.tabs()->currentWidget()->findChild<QAbstractItemView*>())
                view->setCurrentIndex(view->model()->index(0, 0)); // a selected row: its actions are enabled
            const QStringList problems = test::namelessControls(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(dialog.tabs()->tabText(tab) + QStringLiteral(":\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
        }
        dialog.tabs()->setCurrentIndex(0);

        // Add: a one-time password to hand over, which really signs in.
        QSignalSpy changed(&dialog, &ui::AdminDialog::changed);
        dialog.addUser(QStringLiteral("new.rep@acme.example"), QStringLiteral("sales"));
        QVERIFY(changed.wait(20'000));
        const QString password = dialog.oneTimePassword();
        QVERIFY(password.size() >= 12);
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("oneTimePassword"))->isVisible());
        test::capture(&dialog, "admin-users");
        test::ApiTestClient api(m_demo.process().url(), m_demo.process().caFile());
        const auto login = api.call("POST", QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("email"), QStringLiteral("new.rep@acme.example")},
                                     {QStringLiteral("password"), password}});
        QVERIFY2(login.status == 200, login.body.constData());
        QString newId;
        for (const auto& user : dialog.users()) {
            if (user.email == QLatin1String("new.rep@acme.example"))
                newId = user.id;
        }
        QVERIFY(!newId.isEmpty());

        // Change role, disable, remove — each visible in the list and in the audit log.
        loaded.clear();
        dialog.changeRole(newId, QStringLiteral("manager"));
        QVERIFY(loaded.wait(20'000));
        QTRY_VERIFY(std::any_of(dialog.users().begin(), dialog.users().end(),
                                [&](const auto& u) { return u.id == newId && u.role == QLatin1String("manager"); }));
        loaded.clear();
        dialog.setDisabled(newId, true);
        QVERIFY(loaded.wait(20'000));
        QVERIFY(std::any_of(dialog.users().begin(), dialog.users().end(),
                            [&](const auto& u) { return u.id == newId && u.disabled; }));
        loaded.clear();
        dialog.removeUser(newId);
        QVERIFY(loaded.wait(20'000));
        QVERIFY(!emails().contains(QStringLiteral("new.rep@acme.example")));
        QStringList actions;
        for (const auto& entry : dialog.auditEntries())
            actions << entry.action;
        for (const char* action : {"user_added", "user_changed", "user_deleted", "dpa_accepted", "login"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
        // Nothing secret in the log the admin reads: not the one-time password.
        for (const auto& entry : dialog.auditEntries())
            QVERIFY(!QJsonDocument(entry.detail).toJson().contains(password.toUtf8()));

        // The audit filter asks the server, which filters.
        auto* action = dialog.findChild<QComboBox*>(QStringLiteral("auditAction"));
        loaded.clear();
        dialog.reload();
        QVERIFY(loaded.wait(20'000));
        QSignalSpy reloaded(&dialog, &ui::AdminDialog::loaded);
        action->setCurrentIndex(action->findData(QStringLiteral("user_added")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.auditEntries().isEmpty() &&
                                     std::all_of(dialog.auditEntries().begin(), dialog.auditEntries().end(),
                                                 [](const auto& e) { return e.action == QLatin1String("user_added"); }),
                                 20'000);
        dialog.tabs()->setCurrentIndex(1);
        test::capture(&dialog, "admin-audit");
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(dialog.exportAudit(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Added a user"));

        // Websites are in Settings → Privacy now; the dialog's button asks for it.
        QSignalSpy websites(&dialog, &ui::AdminDialog::websitesRequested);
        dialog.findChild<QPushButton*>(QStringLiteral("openWebsites"))->click();
        QCOMPARE(websites.count(), 1);
    }

    void exportsFromTheAppAndOnlyForManagers()
    {
        // A synced copy to export from.
        const QString path = m_dir.filePath(QStringLiteral("export.cache"));
        const QByteArray key = protocol::Crypto::randomBytes(32);
        {
            core::SyncEngine engine(m_admin.get(), path, protocol::SecretBytes(key));
            QSignalSpy finished(&engine, &core::SyncEngine::finished);
            engine.start();
            QVERIFY(finished.wait(120'000));
        }
        core::DataStore store(path, protocol::SecretBytes(key));
        std::unique_ptr<core::Cache> direct;
        {
            core::Cache::OpenResult opened;
            direct = core::Cache::open(path, key, &opened);
            QVERIFY(direct);
        }
        QList<core::LeadsQuery::Row> rows;
        QString error;
        QVERIFY(core::LeadsQuery(*direct).page({}, std::nullopt, 3, &rows, &error));
        QCOMPARE(rows.size(), 3);

        ui::ExportDialog dialog(&store, m_admin.get(), {}, {rows[0].id, rows[1].id}, QString());
        dialog.resize(1280, 800);
        dialog.show();
        test::capture(&dialog, "export-dialog");
        for (const auto format : {core::LeadExport::Format::Csv, core::LeadExport::Format::Pdf}) {
            dialog.setFormat(format);
            const QStringList problems = test::namelessControls(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        }
        QSignalSpy done(&dialog, &ui::ExportDialog::finished);
        dialog.setFormat(core::LeadExport::Format::Xlsx);
        const QString xlsx = m_dir.filePath(QStringLiteral("all.xlsx"));
        dialog.exportTo(xlsx);
        QVERIFY(dialog.isRunning());
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK"));
        // Only the selection, as CSV.
        dialog.setFormat(core::LeadExport::Format::Csv);
        dialog.setSelectionOnly(true);
        const QString csv = m_dir.filePath(QStringLiteral("selected.csv"));
        dialog.exportTo(csv);
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QFile selected(csv);
        QVERIFY(selected.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(selected.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3); // header + the two selected companies
        QVERIFY(text.contains(rows[0].name.left(10)) && !text.contains(rows[2].name + u','));
        // A PDF report of the selection.
        dialog.setFormat(core::LeadExport::Format::Pdf);
        const QString pdf = m_dir.filePath(QStringLiteral("selected.pdf"));
        dialog.exportTo(pdf);
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QVERIFY(pdfText(pdf).contains(rows[1].name.left(12)));
        test::capture(&dialog, "export-dialog-done");

        // Sales: refused by the server, no file.
        ui::ExportDialog refused(&store, m_sales.get(), {}, {}, QString());
        QSignalSpy refusedDone(&refused, &ui::ExportDialog::finished);
        const QString none = m_dir.filePath(QStringLiteral("refused.csv"));
        refused.exportTo(none);
        QVERIFY(refusedDone.wait(60'000));
        QVERIFY(!refusedDone.last().at(0).toBool());
        QVERIFY2(refusedDone.last().at(1).toString().contains(QStringLiteral("managers and admins")),
                 qPrintable(refusedDone.last().at(1).toString()));
        QVERIFY(!QFile::exists(none));
    }

    void theUiNeverOffersExportToSales()
    {
        for (test::TestUser* user : {&m_demo.sales(), &m_demo.admin()}) {
            auto session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
            ui::MainWindow window(nullptr, session.get());
            window.show();
            QSignalSpy code(session.get(), &core::Session::codeRequired);
            QSignalSpy signedIn(session.get(), &core::Session::signedIn);
            session->signIn(user->email, protocol::SecretBytes(user->password), false);
            QVERIFY(code.wait(30'000));
            session->submitCode(user->nextCode());
            QVERIFY(signedIn.wait(30'000));
            const bool isSales = user == &m_demo.sales();
            auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
            auto* exportButton =
                window.workspace()->leadsPage()->findChild<QPushButton*>(QStringLiteral("exportLeads"));
            QCOMPARE(exportAction->isVisible(), !isSales);
            QCOMPARE(exportButton->isVisibleTo(window.workspace()->leadsPage()), !isSales);
            QCOMPARE(window.findChild<QAction*>(QStringLiteral("adminAction"))->isVisible(), !isSales);
            if (isSales)
                QVERIFY(window.openAdministration() == nullptr);
            QSignalSpy signedOut(session.get(), &core::Session::signedOut);
            session->signOut();
            QVERIFY(signedOut.wait(30'000));
        }
    }

    // Account → Sign out, as the user chooses it: the server session ends
    // and the local copy goes with it (file deleted, key out of the keychain).
    void signOutShredsTheLocalCopy()
    {
        // As the app runs it: the window on a session, the scheduler syncing when the user signs in.
        auto session = std::make_unique<core::Session>(m_client.get(), m_keychain.get());
        core::SyncScheduler scheduler(session.get(), m_keychain.get(), m_demo.process().url());
        ui::MainWindow window(nullptr);
        window.setConnection(nullptr, session.get(), &scheduler);
        window.show();
        QSignalSpy synced(&scheduler, &core::SyncScheduler::synced);
        QSignalSpy code(session.get(), &core::Session::codeRequired);
        session->signIn(m_demo.admin().email, protocol::SecretBytes(m_demo.admin().password), false);
        QVERIFY(code.wait(30'000));
        session->submitCode(m_demo.admin().nextCode());
        QVERIFY(synced.wait(120'000));
        const QString file = core::LocalCache::pathFor(m_demo.process().url(), m_demo.admin().email);
        QVERIFY(QFile::exists(file));
        QVERIFY(scheduler.store());

        auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isEnabled());
        QSignalSpy signedOut(session.get(), &core::Session::signedOut);
        signOut->trigger();
        QVERIFY(signedOut.wait(30'000));
        QVERIFY(!signOut->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(file), 30'000);
        core::CredentialError keyError = core::CredentialError::None;
        bool read = false;
        m_keychain->read(core::LocalCache::keychainKeyFor(m_demo.process().url(), m_demo.admin().email),
                         [&](core::CredentialResult result) {
                             keyError = result.error;
                             read = true;
                         });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30'000);
        QCOMPARE(keyError, core::CredentialError::NotFound);
        QVERIFY(!scheduler.store());
        // The server ended the session: the audit log says so.
        auto admin = signIn(m_demo.admin());
        QVERIFY(admin);
        core::AdminClient adminClient(admin.get());
        bool answered = false;
        QList<core::AdminClient::AuditEntry> logouts;
        adminClient.audit(this, {QStringLiteral("logout"), {}, {}, {}, 50},
                          [&](const QList<core::AdminClient::AuditEntry>& entries, const core::ApiFailure&) {
                              logouts = entries;
                              answered = true;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
        QVERIFY(std::any_of(logouts.cbegin(), logouts.cend(), [this](const core::AdminClient::AuditEntry& entry) {
            return entry.actorEmail == m_demo.admin().email;
        }));
    }

    void passwordChangeAndAdminResets()
    {
        // The manager changes their password in Settings → Account.
        auto manager = signIn(m_demo.manager());
        QVERIFY(manager);
        core::AdminClient managerClient(manager.get());
        {
            ui::PasswordChangeDialog dialog(&managerClient, false);
            dialog.adjustSize(); // as it opens: its own size
            dialog.show();
            auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("passwordConfirm"));
            dialog.fill(QString::fromUtf8(m_demo.manager().password), QStringLiteral("short"),
                        QStringLiteral("123456"));
            QVERIFY(!confirm->isEnabled()); // too short: said before asking the server
            QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("passwordHint"))->text().isEmpty());
            dialog.fill(QString::fromUtf8(m_demo.manager().password), QStringLiteral("a passphrase of my own"),
                        QStringLiteral("123456"));
            test::capture(&dialog, "password-change");
            confirm->click();
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("passwordError"));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20'000); // a wrong code: the server's reason
            QSignalSpy changed(&dialog, &ui::PasswordChangeDialog::passwordChanged);
            dialog.fill(QString::fromUtf8(m_demo.manager().password), QStringLiteral("a passphrase of my own"),
                        m_demo.manager().nextCode());
            confirm->click();
            QVERIFY(changed.wait(20'000));
        }
        m_demo.manager().password = "a passphrase of my own";
        // The admin gives the manager a one-time password in Administration → Users.
        core::AdminClient adminClient(m_admin.get());
        ui::UsersTab users(&adminClient, nullptr);
        QSignalSpy loaded(&users, &ui::UsersTab::loaded);
        users.load();
        QVERIFY(loaded.wait(20'000));
        QString managerId;
        for (const auto& user : users.users()) {
            if (user.email == m_demo.manager().email)
                managerId = user.id;
        }
        QVERIFY(!managerId.isEmpty());
        QSignalSpy finished(&users, &ui::UsersTab::changeFinished);
        users.resetPassword(managerId, m_demo.manager().email, m_demo.admin().nextCode());
        QVERIFY(finished.wait(20'000));
        QVERIFY(!finished.first().first().value<core::ApiFailure>().isError());
        const QString oneTime = users.oneTimePassword();
        QVERIFY(oneTime.size() >= 12);
        // Their session ended; the one-time password signs in, and must be replaced first.
        test::ApiTestClient api(m_demo.process().url(), m_demo.process().caFile());
        m_demo.manager().password = oneTime.toUtf8();
        auto again = signIn(m_demo.manager());
        QVERIFY(again);
        QVERIFY(again->user().mustChangePassword);
        ui::PasswordChangeDialog required(&managerClient, true);
        required.adjustSize();
        required.show();
        QVERIFY(!required.findChild<QLineEdit*>(QStringLiteral("passwordCode"))->isVisible());
        test::capture(&required, "password-change-required");
        ui::RecoveryCodesDialog codes({QStringLiteral("ABCD-EFGH-JKLM"), QStringLiteral("NPQR-STUV-WXYZ"),
                                       QStringLiteral("2345-67AB-CDEF"), QStringLiteral("GHJK-LMNP-QRST"),
                                       QStringLiteral("UVWX-YZ23-4567"), QStringLiteral("BCDF-GHJK-LMNP"),
                                       QStringLiteral("QRST-VWXY-Z234"), QStringLiteral("567A-BCDE-FGHJ"),
                                       QStringLiteral("KLMN-PQRS-TUVW"), QStringLiteral("XYZ2-3456-7ABC")},
                                      m_demo.manager().email);
        codes.adjustSize();
        codes.show();
        QCOMPARE(codes.codesText().count(u'\n'), 4); // two per line, five lines
        test::capture(&codes, "recovery-codes");
    }

    void deletingMyAccountNeedsAFreshCode()
    {
        core::AdminClient salesClient(m_sales.get());
        ui::AccountRemovalDialog dialog(&salesClient, m_demo.sales().email, QStringLiteral("Acme"));
        dialog.resize(1280, 800);
        dialog.show();
        test::capture(&dialog, "delete-account");
        auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("removalConfirm"));
        dialog.setCode(QStringLiteral("123456"));
        QVERIFY(!confirm->isEnabled()); // not before "I understand"
        dialog.findChild<QCheckBox*>(QStringLiteral("removalUnderstood"))->setChecked(true);
        QVERIFY(confirm->isEnabled());
        // A wrong code: the server's reason, the account stays.
        confirm->click();
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("removalError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20'000);
        QVERIFY2(error->text().contains(QStringLiteral("code")), qPrintable(error->text()));
        QSignalSpy deleted(&dialog, &ui::AccountRemovalDialog::accountDeleted);
        dialog.setCode(m_demo.sales().nextCode());
        confirm->click();
        QVERIFY(deleted.wait(20'000));
        // Gone on the server: the password no longer signs in.
        test::ApiTestClient api(m_demo.process().url(), m_demo.process().caFile());
        const auto login = api.call("POST", QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("email"), m_demo.sales().email},
                                     {QStringLiteral("password"), QString::fromUtf8(m_demo.sales().password)}});
        QCOMPARE(login.status, 401);
    }
};

QTEST_MAIN(TestAdminScreens)
#include "TestAdminScreens.moc"
