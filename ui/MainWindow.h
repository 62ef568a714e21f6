#pragma once

#include "core/ConnectionMonitor.h"
#include "core/Session.h"

#include <QPointer>

#include <QMainWindow>

class QLabel;

namespace leadscope::ui {

class ConnectionPage;
class LoginDialog;
class TwoFactorDialog;

// The application window. Screens are small widgets it hosts; it owns no
// network or data logic (that lives in core and is passed in).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // monitor and session may be null when no server is configured.
    explicit MainWindow(core::ConnectionMonitor* monitor, core::Session* session = nullptr, QWidget* parent = nullptr);

public Q_SLOTS:
    void startSignIn();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void connectSession();
    void showSignedIn(const core::Session::User& user);
    void showSignedOut();
    void showStatus(const core::ConnectionMonitor::Status& status);
    void restoreState();

    core::ConnectionMonitor* m_monitor;
    core::Session* m_session;
    ConnectionPage* m_connectionPage;
    QLabel* m_connectionLabel;
    QLabel* m_accountLabel;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<TwoFactorDialog> m_twoFactor;
};

} // namespace leadscope::ui
