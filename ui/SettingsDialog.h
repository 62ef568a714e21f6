#pragma once

#include "core/admin/AdminClient.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace leadscope::ui {

class AlertsPage;
class PrivacyPage;

// Settings: General (appearance, notifications, idle lock, sync interval —
// saved at once), Alerts (what the server e-mails you), Privacy (the DPA, tracking, the tracker snippet, the
// privacy-statement helper) and Account (who you are; delete my account).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab
    {
        General,
        Alerts,
        Privacy,
        Account,
    };

    SettingsDialog(core::AdminClient* admin, const QUrl& server, QWidget* parent = nullptr);

    void showTab(Tab tab);
    PrivacyPage* privacyPage() const { return m_privacy; }
    AlertsPage* alertsPage() const { return m_alerts; }
    const core::AdminClient::Me& account() const { return m_me; }

Q_SIGNALS:
    void accountLoaded();
    void generalChanged(); // a QSettings key of the General tab changed
    void dpaAccepted();
    // The user removed their own account (Account → Delete my account…); the dialog has closed.
    void accountDeleted();

private:
    // Asks for a fresh code, then shows the ten new recovery codes.
    void askForRecoveryCodes();
    QWidget* buildGeneral();
    QWidget* buildAccount();
    void load();

    core::AdminClient* m_admin;
    core::AdminClient::Me m_me;
    QTabWidget* m_tabs;
    PrivacyPage* m_privacy;
    AlertsPage* m_alerts;
    QLabel* m_accountText;
    QLabel* m_error;
};

} // namespace leadscope::ui
