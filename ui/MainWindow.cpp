#include "MainWindow.h"

#include "AccountRemovalDialog.h"
#include "AdminDialog.h"
#include "Appearance.h"
#include "ConnectionPage.h"
#include "ExportDialog.h"
#include "IdleMonitor.h"
#include "LeadsPage.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "ServerProfileDialog.h"
#include "SettingsDialog.h"
#include "SyncNotifier.h"
#include "TwoFactorDialog.h"
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

MainWindow::MainWindow(core::ConnectionMonitor* monitor, core::Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_session(session)
    , m_syncLabel(new QLabel(this))
    , m_syncCancel(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionPage(new ConnectionPage(this))
    , m_workspace(new Workspace(this))
    , m_notifier(new SyncNotifier(this))
    , m_lockScreen(new LockScreen(this))
    , m_idle(new IdleMonitor(this))
    , m_connectionLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_dpaButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_pages->addWidget(m_connectionPage);
    m_pages->addWidget(m_lockScreen);
    m_pages->addWidget(m_workspace);
    connect(m_workspace, &Workspace::editQueued, this, [this] {
        if (m_sync)
            m_sync->syncNow(); // send it now if online; it waits in the outbox otherwise
    });
    setCentralWidget(m_pages);
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    statusBar()->addPermanentWidget(m_connectionLabel, 1);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncCancel->setObjectName(QStringLiteral("syncCancel"));
    m_syncCancel->setText(tr("Cancel"));
    m_syncCancel->setToolTip(tr("Stop syncing; what arrived so far is kept."));
    m_syncCancel->hide();
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncCancel);
    connect(m_syncCancel, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    m_dpaButton->setObjectName(QStringLiteral("reviewDpa"));
    m_dpaButton->setText(tr("Why no data?"));
    m_dpaButton->setToolTip(tr("Visit data is shown once an admin has accepted the Data Processing Agreement."));
    m_dpaButton->hide();
    statusBar()->addPermanentWidget(m_dpaButton);
    connect(m_dpaButton, &QToolButton::clicked, this, [this] { openSettings(int(SettingsDialog::Tab::Privacy)); });
    statusBar()->addPermanentWidget(m_accountLabel);
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
    connect(m_notifier, &SyncNotifier::companyActivated, this, [this](const QString& companyId) {
        showNormal();
        raise();
        activateWindow();
        if (!companyId.isEmpty() && !isLocked())
            m_workspace->openCompany(companyId);
    });
    m_monitor = nullptr;
    m_session = nullptr;
    setConnection(monitor, session);
    restoreState();
}

void MainWindow::setProfiles(core::ServerProfiles* profiles)
{
    m_profiles = profiles;
}

void MainWindow::setConnection(core::ConnectionMonitor* monitor, core::Session* session, core::SyncScheduler* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &core::SyncScheduler::storeChanged, this, &MainWindow::useStore);
        connect(m_sync, &core::SyncScheduler::synced, this, &MainWindow::notifyAfterSync);
        connect(m_sync, &core::SyncScheduler::stateChanged, this, &MainWindow::showSyncState);
        connect(m_sync, &core::SyncScheduler::progress, this, [this](int pages, qint64 changes, qint64 remaining) {
            const QLocale locale;
            m_syncLabel->setText(remaining > 0
                                     ? tr("Syncing… %1 changes, about %2 to go")
                                           .arg(locale.toString(changes), locale.toString(remaining))
                                     : tr("Syncing… %1 changes (%2 pages)").arg(locale.toString(changes)).arg(pages));
        });
    }
    showSyncState(m_sync ? m_sync->state() : core::SyncScheduler::State::Idle, {});
    useStore(m_sync ? m_sync->store() : nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_monitor = monitor;
    m_session = session;
    m_admin = session ? std::make_unique<core::AdminClient>(session) : nullptr;
    applyGeneralSettings();
    if (m_monitor) {
        connect(m_monitor, &core::ConnectionMonitor::statusChanged, this, &MainWindow::showStatus);
        showStatus(m_monitor->status());
    } else {
        m_connectionPage->showNoServer();
        m_connectionLabel->setText(tr("No server configured"));
        setWindowTitle(tr("Leadscope"));
    }
    connectSession();
    refreshLoginDialog();
}

void MainWindow::setIdleLockTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

std::chrono::milliseconds MainWindow::idleLockTimeout() const
{
    return m_idle->timeout();
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::lockNow()
{
    if (!m_session || m_session->state() != core::Session::State::SignedIn)
        return;
    if (m_login)
        m_login->reject();
    if (m_twoFactor)
        m_twoFactor->reject();
    m_session->lock(); // → locked() → showLocked()
}

void MainWindow::showSyncState(core::SyncScheduler::State state, const QString& message)
{
    using State = core::SyncScheduler::State;
    m_syncCancel->setVisible(state == State::Syncing);
    m_syncNowAction->setEnabled(m_sync && state != State::Syncing && state != State::Idle);
    m_syncLabel->setToolTip(message);
    switch (state) {
    case State::Idle:
        m_syncLabel->clear();
        break;
    case State::Syncing:
        m_syncLabel->setText(tr("Syncing…"));
        break;
    case State::UpToDate:
        m_syncLabel->setText(tr("Synced %1")
                                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_sync->lastSyncMs()).time(),
                                                         QLocale::ShortFormat)));
        break;
    case State::DpaPending:
        m_syncLabel->setText(tr("No data until the DPA is accepted"));
        statusBar()->showMessage(tr("Leadscope shows visit data only after an admin of your organisation has accepted "
                                    "the Data Processing Agreement (Account → Settings → Privacy)."),
                                 30'000);
        break;
    case State::Offline:
        m_syncLabel->setText(tr("Offline — showing the local copy"));
        break;
    case State::Failed:
        m_syncLabel->setText(tr("Sync failed"));
        statusBar()->showMessage(message, 15'000);
        break;
    }
    m_dpaButton->setVisible(state == State::DpaPending);
}

void MainWindow::showLocked()
{
    m_idle->setActive(false);
    m_lockScreen->prepare(m_session->email(), m_session->unlockNeedsPassword());
    m_pages->setCurrentWidget(m_lockScreen);
    m_lockAction->setEnabled(false);
    m_accountLabel->setText(tr("Locked"));
    updateRoleActions();
    Q_EMIT lockedChanged(true);
}

void MainWindow::connectSession()
{
    if (!m_session) {
        showSignedOut();
        return;
    }
    connect(m_session, &core::Session::locked, this, &MainWindow::showLocked);
    connect(m_session, &core::Session::signedIn, this, &MainWindow::showSignedIn);
    connect(m_session, &core::Session::signedOut, this, &MainWindow::showSignedOut);
    connect(m_session, &core::Session::enrolmentRequired, this, [this](const QString& secret, const QString& uri) {
        if (m_login)
            m_login->accept();
        auto* dialog = new TwoFactorDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showEnrolment(secret, uri);
        connect(dialog, &TwoFactorDialog::codeEntered, m_session, &core::Session::submitCode);
        m_twoFactor = dialog;
        dialog->open();
    });
    connect(m_session, &core::Session::codeRequired, this, [this] {
        if (m_login)
            m_login->accept();
        auto* dialog = new TwoFactorDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showCodeEntry();
        connect(dialog, &TwoFactorDialog::codeEntered, m_session, &core::Session::submitCode);
        m_twoFactor = dialog;
        dialog->open();
    });
    connect(m_session, &core::Session::failed, this, [this](const core::ApiFailure& failure) {
        if (m_session->state() == core::Session::State::Locked) {
            m_lockScreen->prepare(m_session->email(), m_session->unlockNeedsPassword());
            m_lockScreen->showError(failure.message);
        } else if (m_twoFactor && m_session->state() == core::Session::State::AwaitingCode) {
            m_twoFactor->showError(failure.message);
        } else if (m_twoFactor) {
            m_twoFactor->reject(); // the sign-in step expired: back to the password
            startSignIn();
            if (m_login)
                m_login->showError(failure.message);
        } else if (m_login) {
            m_login->showError(failure.message);
        } else {
            statusBar()->showMessage(failure.message, 10'000);
        }
    });
    connect(m_session, &core::Session::keychainProblem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15'000); });
    showSignedOut();
}

QString MainWindow::securityText() const
{
    if (!m_session)
        return tr("Add the server you want to sign in to.");
    const core::ConnectionMonitor::Status status = m_monitor ? m_monitor->status() : core::ConnectionMonitor::Status{};
    switch (status.state) {
    case core::ConnectionMonitor::State::Connected:
        return tr("%1 · %2, certificate verified (issued by %3)").arg(status.server, status.tlsProtocol, status.issuer);
    case core::ConnectionMonitor::State::Failed:
        return status.message;
    default:
        return tr("%1 · not verified yet").arg(status.server);
    }
}

void MainWindow::refreshLoginDialog()
{
    if (!m_login)
        return;
    if (m_profiles) {
        const auto current = m_profiles->current();
        m_login->setProfiles(m_profiles->all(), current ? current->name : QString());
        if (current) {
            m_login->setEmail(current->lastEmail);
            m_login->setStaySignedIn(current->staySignedIn);
        }
    } else if (m_monitor) {
        // No profile list (a bare window): the one server it was given.
        const core::ServerProfile only{
            m_monitor->status().server, QUrl(QStringLiteral("https://") + m_monitor->status().server), {}, {}, false};
        m_login->setProfiles({only}, only.name);
    } else {
        m_login->setProfiles({}, {});
    }
    m_login->setServerState(securityText(), m_session != nullptr);
}

void MainWindow::startSignIn()
{
    if (m_login || (m_session && m_session->state() != core::Session::State::SignedOut))
        return;
    auto* dialog = new LoginDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    refreshLoginDialog();
    connect(dialog, &LoginDialog::signInRequested, this,
            [this](const QString& email, const QByteArray& password, bool stay) {
                if (!m_session)
                    return;
                if (m_profiles) // never a secret: the address and the choice
                    m_profiles->remember(m_profiles->currentName(), email, stay);
                m_session->signIn(email, protocol::SecretBytes(password), stay);
            });
    connect(dialog, &LoginDialog::profileSelected, this, [this](const QString& name) {
        if (!m_profiles || name.isEmpty() || name == m_profiles->currentName())
            return;
        m_profiles->setCurrent(name);
        Q_EMIT profileSwitchRequested(name); // → setConnection() → refreshLoginDialog()
    });
    connect(dialog, &LoginDialog::addProfileRequested, this, [this] { editProfile({}); });
    connect(dialog, &LoginDialog::editProfileRequested, this, &MainWindow::editProfile);
    dialog->open();
}

void MainWindow::editProfile(const QString& name)
{
    if (!m_profiles)
        return;
    auto* dialog = new ServerProfileDialog(m_login ? static_cast<QWidget*>(m_login) : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto existing = m_profiles->find(name))
        dialog->setProfile(*existing);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const core::ServerProfile profile = dialog->profile();
        QString error;
        if (!m_profiles->save(profile, &error, name)) {
            QMessageBox::warning(this, tr("Server"), error);
            return;
        }
        m_profiles->setCurrent(profile.name);
        Q_EMIT profileSwitchRequested(profile.name); // even when edited: the address or CA may have changed
        refreshLoginDialog();
    });
    dialog->open();
}

void MainWindow::showSignedIn(const core::Session::User& user)
{
    if (m_twoFactor)
        m_twoFactor->accept();
    if (m_login)
        m_login->accept();
    m_accountLabel->setText(tr("Signed in as %1 (%2)").arg(user.email, core::AdminClient::roleLabel(user.role)));
    m_signInAction->setEnabled(false);
    m_signOutAction->setEnabled(true);
    m_lockAction->setEnabled(true);
    m_connectionPage->setSignedIn(true);
    updateRoleActions();
    const bool wasLocked = isLocked();
    m_pages->setCurrentWidget(m_workspace);
    m_idle->setActive(true);
    if (wasLocked)
        Q_EMIT lockedChanged(false);
}

void MainWindow::useStore(core::DataStore* store)
{
    const QString profile = m_profiles ? m_profiles->currentName() : QString();
    const core::Session::User user = m_session && store ? m_session->user() : core::Session::User{};
    m_workspace->setStore(store, profile, user.id, user.email);
}

void MainWindow::notifyAfterSync(const core::SyncEngine::Result& result)
{
    for (const QString& refused : result.editsRefused)
        statusBar()->showMessage(refused, 15'000);
    m_notifier->notify(result, m_sync ? m_sync->store() : nullptr);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAction*> actions = findChildren<QAction*>();
    for (QAction* action : std::as_const(actions)) {
        if (action->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        QString text = action->text().remove(u'&');
        if (text.isEmpty())
            text = action->toolTip();
        table->setItem(row, 0, new QTableWidgetItem(text));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 24);
    dialog.exec();
}

void MainWindow::showSignedOut()
{
    m_accountLabel->setText(tr("Not signed in"));
    m_signInAction->setEnabled(true);
    m_signOutAction->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_connectionPage->setSignedIn(false);
    m_idle->setActive(false);
    m_pages->setCurrentWidget(m_connectionPage);
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
}

void MainWindow::applyGeneralSettings()
{
    setIdleLockTimeout(core::Preferences::idleLock());
    if (m_sync)
        m_sync->setInterval(core::Preferences::syncInterval());
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
        applyGeneralSettings();
        Appearance::apply();
    });
    connect(dialog, &SettingsDialog::dpaAccepted, this, [this] {
        if (m_sync)
            m_sync->syncNow(); // the data may come now
    });
    connect(dialog, &SettingsDialog::deleteAccountRequested, this, &MainWindow::deleteAccount);
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

void MainWindow::deleteAccount(const core::AdminClient::Me& me)
{
    if (!m_admin)
        return;
    auto* dialog = new AccountRemovalDialog(m_admin.get(), me.email, me.organisationName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountRemovalDialog::accountDeleted, this, [this] {
        if (auto* settings = findChild<SettingsDialog*>())
            settings->reject();
        signOut(); // the server session is gone already; this shreds what is left here
        QMessageBox::information(this, tr("Account deleted"),
                                 tr("Your account was deleted and the local copy on this computer destroyed. Copies "
                                    "in backups disappear within 30 days."));
    });
    dialog->open();
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
    view->addSeparator();
    QAction* search = view->addAction(tr("&Search companies"), this, [this] {
        if (m_pages->currentWidget() == m_workspace)
            m_workspace->focusSearch();
    });
    search->setShortcut(QKeySequence(tr("Ctrl+K")));
    search->setObjectName(QStringLiteral("searchAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
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
    using State = core::ConnectionMonitor::State;
    m_connectionPage->showStatus(status);
    if (m_login)
        m_login->setServerState(securityText(), m_session != nullptr);
    setWindowTitle(tr("Leadscope — %1").arg(status.server));
    switch (status.state) {
    case State::Unknown:
    case State::Checking:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(status.server));
        break;
    case State::Connected:
        m_connectionLabel->setText(
            tr("Connected to %1 · %2 · certificate verified").arg(status.server, status.tlsProtocol));
        break;
    case State::Failed:
        m_connectionLabel->setText(tr("Not connected to %1: %2").arg(status.server, status.message));
        break;
    }
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(core::Preferences::windowGeometry().value()))
        resize(1100, 720);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    core::Preferences::windowGeometry().set(saveGeometry());
    m_workspace->saveState();
    event->accept();
}

} // namespace leadscope::ui
