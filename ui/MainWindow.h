#pragma once

#include "core/ConnectionMonitor.h"
#include "core/ServerProfiles.h"
#include "core/Session.h"
#include "core/admin/AdminClient.h"
#include "core/query/LeadsQuery.h"
#include "core/sync/SyncScheduler.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>

class QLabel;
class QToolButton;
class QStackedWidget;

namespace leadscope::ui {

class ConnectionPage;
class IdleMonitor;
class LockScreen;
class SignInFlow;
class StatusArea;
class SyncNotifier;
class Workspace;

// The application window. Screens are small widgets it hosts; it owns no
// network or data logic (that lives in core and is passed in).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // monitor and session may be null when no server is configured.
    explicit MainWindow(core::ConnectionMonitor* monitor, core::Session* session = nullptr, QWidget* parent = nullptr);

    // The server profiles the sign-in dialog offers, adds and edits.
    void setProfiles(core::ServerProfiles* profiles);
    // Another server's monitor and session (after profileSwitchRequested);
    // null for none. The previous ones are no longer used.
    void setConnection(core::ConnectionMonitor* monitor, core::Session* session, core::SyncScheduler* sync = nullptr);

    // The idle lock: after its timeout without input (zero: never) the window
    // locks. The timeout comes from the setting security/idleLockMinutes
    // (15; 1–240; 0 = off) and is applied again when Settings change it.
    IdleMonitor* idleMonitor() const { return m_idle; }
    bool isLocked() const;
    Workspace* workspace() const { return m_workspace; }
    // Help → Copy diagnostics: versions, TLS and keychain backends, the local copy's size — nothing secret.
    QString diagnostics() const;
    core::SyncScheduler* syncScheduler() const { return m_sync; }

    // Opens Settings (on a tab) / Administration / the export dialog; null when not signed in.
    class SettingsDialog* openSettings(int tab = 0);
    class AdminDialog* openAdministration();
    class ExportDialog* openExport(const core::LeadsQuery::Filter& filter, const QStringList& selectedIds);

    // A leadscope://company/<id> link (from an e-mail alert or digest): the
    // window comes forward and shows the company — at once when signed in
    // and unlocked, else as soon as the team's data is open.
    void openCompanyLink(const QString& companyId);

public Q_SLOTS:
    void startSignIn();
    // No server yet: the guided first run (FirstRunDialog → sign-in and
    // enrolment → for an admin, Settings → Privacy: the DPA, the snippet and
    // the website's first hit).
    void startFirstRun();
    // Signs out and crypto-shreds this account's local copy (its key leaves the keychain).
    void signOut();
    // Hides everything, wipes the tokens; a fresh code unlocks (Ctrl+L).
    void lockNow();

Q_SIGNALS:
    // The user chose another server profile (it is already the current one):
    // the owner replaces the connection through setConnection().
    void profileSwitchRequested(const QString& name);
    // The data must go out of memory (the cache closes) / may come back.
    void lockedChanged(bool locked);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus(); // File and Account, then the two below
    void createViewMenu();
    void createHelpMenu();
    void showSignedIn(const core::Session::User& user);
    void showSignedOut();
    void showLocked();
    void showSyncState(core::SyncScheduler::State state, const QString& message);
    void showStatus(const core::ConnectionMonitor::Status& status);
    void useStore(core::DataStore* store);
    // For an admin: tells of webhook destinations the server paused (SyncNotifier).
    void checkPausedWebhooks();

    void updateRoleActions();

    core::ConnectionMonitor* m_monitor;
    core::Session* m_session;
    core::ServerProfiles* m_profiles = nullptr;
    bool m_firstRun = false;  // signed in at the end of the first run: admins continue in Settings
    QString m_pendingCompany; // a link that came before the data was open
    core::SyncScheduler* m_sync = nullptr;
    QAction* m_syncNowAction = nullptr;
    QStackedWidget* m_pages;
    ConnectionPage* m_connectionPage;
    Workspace* m_workspace;
    SyncNotifier* m_notifier;
    SignInFlow* m_signIn;
    LockScreen* m_lockScreen;
    IdleMonitor* m_idle;
    StatusArea* m_status;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_adminAction = nullptr;
    std::unique_ptr<core::AdminClient> m_admin;
    QElapsedTimer m_webhooksChecked; // when an admin's paused webhooks were last asked for
};

} // namespace leadscope::ui
