#include "ScreenshotTour.h"

#include "AdminDialog.h"
#include "ApiTokensTab.h"
#include "CompanyPage.h"
#include "DashboardPage.h"
#include "ExportDialog.h"
#include "HubSpotCompaniesDialog.h"
#include "IntegrationsTab.h"
#include "JourneysPage.h"
#include "LeadsModel.h"
#include "LeadsPage.h"
#include "MailTab.h"
#include "MainWindow.h"
#include "ReportMatchDialog.h"
#include "RuleEditor.h"
#include "RulesPage.h"
#include "SettingsDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace leadscope::ui {

namespace {
constexpr int kSettleMs = 1500; // queries, charts and layout finish well within this
}

ScreenshotTour::ScreenshotTour(MainWindow* window, QString directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{
}

void ScreenshotTour::start(int timeoutMs)
{
    QDir().mkpath(m_directory);
    const auto begin = [this] {
        if (m_started)
            return;
        m_started = true;
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
    };
    // The sign-in (resumed from the keychain) and the first sync come first.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, begin] {
        using State = core::SyncScheduler::State;
        const core::SyncScheduler* sync = m_window->syncScheduler();
        const bool settled = sync && sync->state() != State::Idle && sync->state() != State::Syncing;
        if (m_window->workspace()->isVisible() && settled &&
            !m_window->workspace()->leadsPage()->model()->isLoading()) {
            poll->stop();
            begin();
        }
    });
    poll->start(250);
    QTimer::singleShot(timeoutMs, this, begin);
}

void ScreenshotTour::save(const QString& name, QWidget* widget)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!(widget ? widget : m_window)->grab().save(path))
        m_ok = false;
}

void ScreenshotTour::companyScreens()
{
    Workspace* workspace = m_window->workspace();
    save(QStringLiteral("company"));
    // The team history tab of the same profile.
    if (auto* tabs = workspace->findChild<QTabWidget*>(QStringLiteral("companyTabs"))) {
        tabs->setCurrentIndex(tabs->count() - 1);
        save(QStringLiteral("company-history"));
        tabs->setCurrentIndex(0);
    }
    // "Wrong company?" beside how the latest visit was matched: its dialog, captured in the next step.
    if (auto* report = workspace->findChild<QToolButton*>(QStringLiteral("reportWrongCompany"));
        report && report->isVisible())
        report->click();
}

void ScreenshotTour::teamScreens(int step)
{
    Workspace* workspace = m_window->workspace();
    switch (step) {
    case 3: {
        save(QStringLiteral("rules"));
        // The first rule in its editor, tried on the last 30 days.
        RulesPage* rules = workspace->rulesPage();
        if (QTreeWidgetItem* first = rules->list()->topLevelItem(0)) {
            rules->list()->setCurrentItem(first);
            if (RuleEditor* editor = rules->openSelected())
                editor->test();
        }
        break;
    }
    case 4:
        if (auto* editor = m_window->findChild<RuleEditor*>()) {
            save(QStringLiteral("rule-editor"), editor);
            editor->close();
        }
        workspace->showScreen(Workspace::Screen::Targets);
        break;
    case 5:
        save(QStringLiteral("target-accounts"));
        workspace->showScreen(Workspace::Screen::Hidden);
        break;
    case 6:
        save(QStringLiteral("hidden"));
        break;
    case 7:
        workspace->showScreen(Workspace::Screen::Leads);
        if (const QString id = workspace->leadsPage()->model()->companyId(0); !id.isEmpty())
            workspace->openCompany(id);
        break;
    default:
        break;
    }
}

void ScreenshotTour::administrationScreens(AdminDialog* admin)
{
    admin->tabs()->setCurrentIndex(1); // the audit log says the most
    save(QStringLiteral("administration"), admin);
    admin->tabs()->setCurrentWidget(admin->mailTab());
    save(QStringLiteral("administration-mail"), admin);
    admin->tabs()->setCurrentWidget(admin->integrationsTab());
    save(QStringLiteral("administration-integrations"), admin);
    admin->tabs()->setCurrentWidget(admin->apiTokensTab());
    save(QStringLiteral("administration-api-tokens"), admin);
    // A HubSpot destination's companies, when there is one (they load in the next step's time).
    IntegrationsTab* integrations = admin->integrationsTab();
    for (int row = 0; row < integrations->webhooks().size(); ++row) {
        if (integrations->webhooks()[row].kind == QLatin1String("hubspot")) {
            admin->tabs()->setCurrentWidget(integrations);
            integrations->findChild<QTableWidget*>(QStringLiteral("webhookTable"))->selectRow(row);
            integrations->showHubSpotCompanies();
            break;
        }
    }
}

void ScreenshotTour::next()
{
    Workspace* workspace = m_window->workspace();
    switch (m_step++) {
    case 0:
        save(QStringLiteral("leads"));
        workspace->showScreen(Workspace::Screen::Dashboard);
        break;
    case 1:
        save(QStringLiteral("dashboard"));
        workspace->showScreen(Workspace::Screen::Journeys);
        break;
    case 2:
        save(QStringLiteral("journeys"));
        workspace->showScreen(Workspace::Screen::Rules);
        break;
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
        teamScreens(m_step - 1);
        break;
    case 8:
        companyScreens();
        break;
    case 9:
        // The report dialog, laid out and painted like any other screen, then the triage layout.
        if (auto* dialog = workspace->findChild<ReportMatchDialog*>()) {
            save(QStringLiteral("report-match"), dialog);
            dialog->close();
        }
        workspace->showScreen(Workspace::Screen::Leads);
        workspace->setReadingPane(true);
        if (LeadsPage* leads = workspace->leadsPage(); leads->model()->rowCount() > 1)
            leads->view()->setCurrentIndex(leads->model()->index(1, 0));
        break;
    case 10:
        save(QStringLiteral("triage"));
        workspace->setReadingPane(false);
        if (auto* settings = m_window->openSettings(int(SettingsDialog::Tab::Privacy)))
            settings->resize(m_window->size() * 0.9);
        break;
    case 11:
        if (auto* settings = m_window->findChild<SettingsDialog*>()) {
            save(QStringLiteral("settings-privacy"), settings);
            settings->showTab(SettingsDialog::Tab::Alerts);
            save(QStringLiteral("settings-alerts"), settings);
            settings->close();
        }
        if (auto* admin = m_window->openAdministration())
            admin->resize(m_window->size() * 0.9);
        break;
    case 12:
        if (auto* admin = m_window->findChild<AdminDialog*>())
            administrationScreens(admin);
        break;
    case 13:
        if (auto* companies = m_window->findChild<HubSpotCompaniesDialog*>()) {
            save(QStringLiteral("administration-hubspot-companies"), companies);
            companies->close();
        }
        if (auto* admin = m_window->findChild<AdminDialog*>())
            admin->close();
        m_window->openExport(workspace->leadsPage()->filter(), {});
        break;
    case 14:
        if (auto* exportDialog = m_window->findChild<ExportDialog*>()) {
            save(QStringLiteral("export"), exportDialog);
            exportDialog->close();
        }
        m_window->lockNow();
        break;
    case 15:
        save(QStringLiteral("locked"));
        Q_EMIT finished(m_ok);
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

} // namespace leadscope::ui
