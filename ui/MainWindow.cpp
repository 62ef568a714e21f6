#include "MainWindow.h"

#include "AdminDialog.h"
#include "AltKeyGuard.h"
#include "Appearance.h"
#include "ConnectionPage.h"
#include "ExportDialog.h"
#include "FirstRunDialog.h"
#include "IdleMonitor.h"
#include "LeadsModel.h"
#include "LeadsPage.h"
#include "LockScreen.h"
#include "PasswordChangeDialog.h"
#include "RecoveryCodesDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignInFlow.h"
#include "StatusArea.h"
#include "SyncNotifier.h"
#include "Workspace.h"

#include "core/Diagnostics.h"
#include "core/LogFile.h"
#include "core/Preferences.h"
#include "core/cache/LocalCache.h"
#include "core/query/CompanyQuery.h"
#include "core/query/DataStore.h"
#include "protocol/Role.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QSettings>
#include <QSslSocket>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

// What Settings → General changes while the window is open: the idle lock and the sync interval.
void applyGeneralSettings(IdleMonitor* idle, core::SyncScheduler* sync)
{
    idle->setTimeout(core::Preferences::idleLock());
    if (sync)
        sync->setInterval(core::Preferences::syncInterval());
}

} // namespace

MainWindow::MainWindow(core::ConnectionMonitor* monitor, core::Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_connectionPage(new ConnectionPage(this))
    , m_workspace(new Workspace(this))
    , m_notifier(new SyncNotifier(this))
    , m_signIn(new SignInFlow(this))
    , m_lockScreen(new LockScreen(this))
    , m_idle(new IdleMonitor(this))
    , m_status(new StatusArea(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qApp->installEventFilter(new AltKeyGuard(this));
    m_pages->addWidget(m_connectionPage);
    m_pages->addWidget(m_lockScreen);
    m_pages->addWidget(m_workspace);
    connect(m_workspace, &Workspace::editQueued, this, [this] {
        if (m_sync)
            m_sync->syncNow(); // send it now if online; it waits in the outbox otherwise
    });
    connect(m_workspace, &Workspace::segmentsEdited, this, [this] {
        if (m_sync)
            m_sync->syncNow(); // the sync's end brings the server's new list of segments
    });
    connect(m_workspace, &Workspace::retryRequested, this, [this] {
        if (m_sync)
            m_sync->retry();
    });
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_status, 1);
    connect(m_status, &StatusArea::cancelSyncRequested, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    connect(m_status, &StatusArea::dpaReviewRequested, this,
            [this] { openSettings(int(SettingsDialog::Tab::Privacy)); });
    createMenus();
    setWindowTitle(tr("Leadscope"));

    connect(m_connectionPage, &ConnectionPage::checkRequested, this, [this] {
        if (m_monitor)
            m_monitor->check();
    });
    connect(m_connectionPage, &ConnectionPage::signInRequested, this, &MainWindow::startSignIn);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, [this](const QString& code, const QByteArray& password) {
        if (m_session)
            m_session->unlock(code, protocol::SecretBytes(password));
    });
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    connect(m_workspace->leadsPage(), &LeadsPage::exportRequested, this, &MainWindow::openExport);
    connect(m_idle, &IdleMonitor::idle, this, &MainWindow::lockNow);
    connect(m_signIn, &SignInFlow::profileSwitchRequested, this, &MainWindow::profileSwitchRequested);
    connect(m_notifier, &SyncNotifier::companyActivated, this, &MainWindow::openCompanyLink);
    connect(m_notifier, &SyncNotifier::noticed, this,
            [this](const QString& text) { statusBar()->showMessage(text, 60'000); });
    m_monitor = nullptr;
    m_session = nullptr;
    setConnection(monitor, session);
    if (!restoreGeometry(core::Preferences::windowGeometry().value()))
        resize(1100, 720);
}

void MainWindow::setProfiles(core::ServerProfiles* profiles)
{
    m_profiles = profiles;
    m_signIn->setProfiles(profiles);
}

void MainWindow::checkPausedWebhooks()
{
    // An admin's: at most every 5 minutes, after a sync (the server pauses a
    // destination only after a day of failures).
    if (!m_admin || !m_session || m_session->user().role != QLatin1String("admin") ||
        (m_webhooksChecked.isValid() && m_webhooksChecked.elapsed() < 5LL * 60'000))
        return;
    m_webhooksChecked.start();
    const QString account = m_session->user().orgId + u'/' + m_session->user().id;
    m_admin->webhooks(this,
                      [this, account](const QList<core::AdminClient::Webhook>& hooks, const core::ApiFailure& failure) {
                          if (!failure.isError())
                              m_notifier->notifyPausedWebhooks(hooks, account);
                      });
}

void MainWindow::setConnection(core::ConnectionMonitor* monitor, core::Session* session, core::SyncScheduler* sync)
{
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
        disconnect(m_sync, nullptr, m_status, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &core::SyncScheduler::storeChanged, this, &MainWindow::useStore);
        connect(m_sync, &core::SyncScheduler::synced, this, [this](const core::SyncEngine::Result& result) {
            for (const QString& refused : result.editsRefused)
                statusBar()->showMessage(refused, 15'000);
            m_notifier->notify(result, m_sync->store(), m_session ? m_session->user().id : QString());
            checkPausedWebhooks();
        });
        connect(m_sync, &core::SyncScheduler::stateChanged, this, &MainWindow::showSyncState);
        connect(m_sync, &core::SyncScheduler::progress, m_status, &StatusArea::showSyncProgress);
    }
    showSyncState(m_sync ? m_sync->state() : core::SyncScheduler::State::Idle, {});
    useStore(m_sync ? m_sync->store() : nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_monitor = monitor;
    m_session = session;
    m_workspace->setAccount(nullptr); // before the client it points to goes
    m_admin = session ? std::make_unique<core::AdminClient>(session) : nullptr;
    applyGeneralSettings(m_idle, m_sync);
    if (m_monitor) {
        connect(m_monitor, &core::ConnectionMonitor::statusChanged, this, &MainWindow::showStatus);
        showStatus(m_monitor->status());
    } else {
        m_connectionPage->showNoServer();
        m_status->showNoServer();
        setWindowTitle(tr("Leadscope"));
    }
    if (m_session) {
        connect(m_session, &core::Session::locked, this, &MainWindow::showLocked);
        connect(m_session, &core::Session::signedIn, this, &MainWindow::showSignedIn);
        connect(m_session, &core::Session::signedOut, this, &MainWindow::showSignedOut);
        connect(m_session, &core::Session::failed, this, [this](const core::ApiFailure& failure) {
            if (m_session->state() == core::Session::State::Locked) {
                m_lockScreen->prepare(m_session->email(), m_session->unlockNeedsPassword());
                m_lockScreen->showError(failure.message);
            } else if (!m_signIn->showFailure(failure.message)) {
                statusBar()->showMessage(failure.message, 10'000);
            }
        });
        connect(m_session, &core::Session::recoveryCodesIssued, this, [this](const QStringList& codes) {
            auto* dialog = new RecoveryCodesDialog(codes, m_session->email(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        connect(m_session, &core::Session::keychainProblem, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15'000); });
    }
    showSignedOut();
    m_signIn->setConnection(m_monitor, m_session);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::lockNow()
{
    if (!m_session || m_session->state() != core::Session::State::SignedIn)
        return;
    m_signIn->finish(false);
    m_session->lock(); // → locked() → showLocked()
}

void MainWindow::showSyncState(core::SyncScheduler::State state, const QString& message)
{
    using State = core::SyncScheduler::State;
    m_syncNowAction->setEnabled(m_sync && state != State::Syncing && state != State::Idle);
    m_status->showSync(state, message, m_sync ? m_sync->lastSyncMs() : 0);
    if (state == State::DpaPending)
        statusBar()->showMessage(tr("Leadscope shows visit data only after an admin of your organisation has accepted "
                                    "the Data Processing Agreement (Account → Settings → Privacy)."),
                                 30'000);
    else if (state == State::Failed)
        statusBar()->showMessage(message, 15'000);
    m_workspace->showProblem(state == State::NoLocalCopy ? message : QString());
}

void MainWindow::showLocked()
{
    m_idle->setActive(false);
    m_lockScreen->prepare(m_session->email(), m_session->unlockNeedsPassword());
    m_pages->setCurrentWidget(m_lockScreen);
    m_lockAction->setEnabled(false);
    m_status->showAccount(tr("Locked"));
    updateRoleActions();
    Q_EMIT lockedChanged(true);
}

void MainWindow::startSignIn()
{
    m_signIn->start();
}

void MainWindow::startFirstRun()
{
    if (!m_profiles)
        return;
    auto* dialog = new FirstRunDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_firstRun = true;
        Q_EMIT profileSwitchRequested(dialog->profileName()); // → setConnection()
        startSignIn();
    });
    dialog->open();
}

void MainWindow::showSignedIn(const core::Session::User& user)
{
    m_signIn->finish(true);
    m_status->showAccount(tr("Signed in as %1 (%2)").arg(user.email, core::AdminClient::roleLabel(user.role)));
    m_signInAction->setEnabled(false);
    m_signOutAction->setEnabled(true);
    m_lockAction->setEnabled(true);
    m_connectionPage->setSignedIn(true);
    updateRoleActions();
    const bool wasLocked = isLocked();
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->setAccount(m_admin.get());
    m_idle->setActive(true);
    if (wasLocked)
        Q_EMIT lockedChanged(false);
    if (user.mustChangePassword && m_admin) {
        // An admin's one-time password: a password of the user's own first, or sign out.
        auto* dialog = new PasswordChangeDialog(m_admin.get(), true, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PasswordChangeDialog::passwordChanged, this, [this] {
            statusBar()->showMessage(tr("Your new password is set."), 10'000);
            if (m_sync)
                m_sync->syncNow();
        });
        connect(dialog, &QDialog::rejected, this, &MainWindow::signOut);
        dialog->open();
    } else if (m_firstRun && protocol::roleNameAtLeast(user.role, protocol::Role::Admin)) {
        // The last steps of the first run: the DPA, the website's snippet, and its first hit.
        openSettings(int(SettingsDialog::Tab::Privacy));
    }
    m_firstRun = false;
}

void MainWindow::useStore(core::DataStore* store)
{
    const QString profile = m_profiles ? m_profiles->currentName() : QString();
    const core::Session::User user = m_session && store ? m_session->user() : core::Session::User{};
    m_workspace->setStore(store, profile, user.id, user.email);
    if (store && !m_pendingCompany.isEmpty() && !isLocked())
        m_workspace->openCompany(std::exchange(m_pendingCompany, QString()));
}

void MainWindow::openCompanyLink(const QString& companyId)
{
    showNormal();
    raise();
    activateWindow();
    if (companyId.isEmpty())
        return;
    const bool open =
        m_session && m_session->state() == core::Session::State::SignedIn && !isLocked() && m_workspace->hasStore();
    if (open)
        m_workspace->openCompany(companyId);
    else
        m_pendingCompany = companyId;
}

void MainWindow::showSignedOut()
{
    m_status->showAccount(tr("Not signed in"));
    m_signInAction->setEnabled(true);
    m_signOutAction->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_connectionPage->setSignedIn(false);
    m_idle->setActive(false);
    m_pages->setCurrentWidget(m_connectionPage);
    m_workspace->setAccount(nullptr);
    m_workspace->forgetUser();
    updateRoleActions();
}

void MainWindow::updateRoleActions()
{
    const bool in = m_session && m_session->state() == core::Session::State::SignedIn;
    const QString role = in ? m_session->user().role : QString();
    const bool mayExport = protocol::roleNameAtLeast(role, protocol::Role::Manager);
    const bool isAdmin = protocol::roleNameAtLeast(role, protocol::Role::Admin);
    if (m_exportAction) {
        m_exportAction->setEnabled(mayExport);
        m_exportAction->setVisible(mayExport || !in);
        m_settingsAction->setEnabled(in);
        m_adminAction->setEnabled(isAdmin);
        m_adminAction->setVisible(isAdmin);
    }
    m_workspace->leadsPage()->setCanExport(mayExport);
    m_workspace->setCanEditRules(mayExport); // managers and admins
}

SettingsDialog* MainWindow::openSettings(int tab)
{
    if (!m_admin || !m_session || m_session->state() != core::Session::State::SignedIn)
        return nullptr;
    if (auto* open = findChild<SettingsDialog*>()) {
        open->showTab(SettingsDialog::Tab(tab));
        open->raise();
        open->activateWindow();
        return open;
    }
    const QUrl server = m_profiles && m_profiles->current() ? m_profiles->current()->url : QUrl();
    auto* dialog = new SettingsDialog(m_admin.get(), server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showTab(SettingsDialog::Tab(tab));
    connect(dialog, &SettingsDialog::generalChanged, this, [this] {
        applyGeneralSettings(m_idle, m_sync);
        Appearance::apply();
    });
    // A new window of months applies once the dialog closes (not at every step of its spin box).
    connect(dialog, &QDialog::finished, this, [this, months = core::Preferences::cacheMonths().value()] {
        if (m_sync && core::Preferences::cacheMonths().value() != months)
            m_sync->syncNow();
    });
    connect(dialog, &SettingsDialog::dpaAccepted, this, [this] {
        if (m_sync)
            m_sync->syncNow(); // the data may come now
    });
    connect(dialog, &SettingsDialog::accountDeleted, this, [this] {
        signOut(); // the server session is gone already; this shreds what is left here
        QMessageBox::information(this, tr("Account deleted"),
                                 tr("Your account was deleted and the local copy on this computer destroyed. Copies "
                                    "in backups disappear within 30 days."));
    });
    connect(this, &MainWindow::lockedChanged, dialog, &QDialog::reject);
    dialog->show();
    return dialog;
}

AdminDialog* MainWindow::openAdministration()
{
    if (!m_admin || !m_session || !protocol::roleNameAtLeast(m_session->user().role, protocol::Role::Admin))
        return nullptr;
    if (auto* open = findChild<AdminDialog*>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new AdminDialog(m_admin.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdminDialog::websitesRequested, this, [this] { openSettings(int(SettingsDialog::Tab::Privacy)); });
    connect(this, &MainWindow::lockedChanged, dialog, &QDialog::reject);
    dialog->show();
    return dialog;
}

ExportDialog* MainWindow::openExport(const core::LeadsQuery::Filter& filter, const QStringList& selectedIds)
{
    const QString role = m_session ? m_session->user().role : QString();
    if (!m_sync || !m_sync->store() || !protocol::roleNameAtLeast(role, protocol::Role::Manager))
        return nullptr;
    auto* dialog = new ExportDialog(m_sync->store(), m_session, filter, selectedIds, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOrder(m_workspace->leadsPage()->model()->order());
    // The store closes on lock or sign-out: the export stops and leaves no file.
    connect(m_sync, &core::SyncScheduler::storeChanged, dialog, [dialog](core::DataStore* store) {
        if (!store)
            dialog->deleteLater(); // the store already stopped the export and removed its temporary file
    });
    dialog->show();
    return dialog;
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    const QString email = m_session->email().isEmpty() ? m_session->user().email : m_session->email();
    if (m_sync && !email.isEmpty()) {
        // The local copy goes with the sign-in: its key leaves the keychain, the file is deleted.
        m_sync->destroyLocalCopy(email, [this](const QString& error) {
            if (!error.isEmpty())
                statusBar()->showMessage(error, 15'000);
        });
    }
    m_session->signOut();
}

QString MainWindow::diagnostics() const
{
    return core::Diagnostics::text({m_profiles ? m_profiles->current() : std::nullopt,
                                    m_monitor ? m_monitor->status().tlsProtocol : QString(), m_session, m_sync});
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("&Export leads…"), this, [this] {
        openExport(m_workspace->leadsPage()->filter(), m_workspace->leadsPage()->selectedIds());
    });
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    m_signInAction = account->addAction(tr("Sign &in…"), this, &MainWindow::startSignIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = account->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    account->addSeparator();
    m_syncNowAction = account->addAction(tr("S&ync now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNowAction->setShortcut(QKeySequence::Refresh);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setEnabled(false);
    m_lockAction = account->addAction(tr("&Lock now"), this, &MainWindow::lockNow);
    m_lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setEnabled(false);
    account->addSeparator();
    m_settingsAction = account->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_adminAction = account->addAction(tr("&Administration…"), this, &MainWindow::openAdministration);
    m_adminAction->setObjectName(QStringLiteral("adminAction"));
    updateRoleActions();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const auto screen = [this, view](const QString& text, Workspace::Screen which, const char* key,
                                     const char* object) {
        QAction* action = view->addAction(text, this, [this, which] {
            if (m_pages->currentWidget() == m_workspace)
                m_workspace->showScreen(which);
        });
        action->setShortcut(QKeySequence(QLatin1String(key)));
        action->setObjectName(QLatin1String(object));
    };
    screen(tr("&Leads"), Workspace::Screen::Leads, "Ctrl+1", "showLeadsAction");
    screen(tr("&Dashboard"), Workspace::Screen::Dashboard, "Ctrl+2", "showDashboardAction");
    screen(tr("&Journeys"), Workspace::Screen::Journeys, "Ctrl+3", "showJourneysAction");
    screen(tr("&Rules"), Workspace::Screen::Rules, "Ctrl+4", "showRulesAction");
    screen(tr("&Target accounts"), Workspace::Screen::Targets, "Ctrl+5", "showTargetsAction");
    screen(tr("&Hidden companies"), Workspace::Screen::Hidden, "Ctrl+6", "showHiddenAction");
    view->addSeparator();
    QAction* search = view->addAction(tr("&Search companies"), this, [this] {
        if (m_pages->currentWidget() == m_workspace)
            m_workspace->focusSearch();
    });
    search->setShortcut(QKeySequence(tr("Ctrl+K")));
    search->setObjectName(QStringLiteral("searchAction"));
    QAction* pane = view->addAction(tr("Reading &pane"));
    pane->setObjectName(QStringLiteral("readingPaneAction"));
    pane->setCheckable(true);
    pane->setChecked(m_workspace->hasReadingPane());
    pane->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    pane->setToolTip(tr("The list and the selected company's profile side by side"));
    connect(pane, &QAction::toggled, m_workspace, &Workspace::setReadingPane);
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(this).exec(); });
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    QAction* copyDiagnostics = help->addAction(tr("Copy &diagnostics"), this, [this] {
        QGuiApplication::clipboard()->setText(diagnostics());
        statusBar()->showMessage(tr("Diagnostics copied: versions, TLS and keychain backends, the size of the local "
                                    "copy. Nothing personal or secret."),
                                 8'000);
    });
    copyDiagnostics->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    QAction* about = help->addAction(tr("&About Leadscope"), this, [this] {
        QMessageBox::about(this, tr("About Leadscope"),
                           tr("<h3>Leadscope %1</h3><p>Shows which companies visit your website and what they "
                              "looked at — without ever storing a visitor's IP address.</p>")
                               .arg(QStringLiteral(LEADSCOPE_VERSION)));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showStatus(const core::ConnectionMonitor::Status& status)
{
    m_connectionPage->showStatus(status);
    m_signIn->refresh();
    setWindowTitle(tr("Leadscope — %1").arg(status.server));
    m_status->showConnection(status);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    core::Preferences::windowGeometry().set(saveGeometry());
    m_workspace->saveState();
    event->accept();
}

} // namespace leadscope::ui
