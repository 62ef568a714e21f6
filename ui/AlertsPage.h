#pragma once

#include "core/admin/AdminClient.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace leadscope::ui {

// Settings → Alerts: what the server e-mails the signed-in user — a message
// when a rule tells them (held through their quiet hours) and a daily or
// weekly digest at an hour and on weekdays they choose — written in the
// language of this desktop and in its time zone. Says so plainly when the
// server has no mail relay. Saved to the server (docs/ALERTS.md).
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    AlertsPage(core::AdminClient* admin, QWidget* parent);

    void load();
    void save();
    const core::AdminClient::AlertPreferences& preferences() const { return m_prefs; }
    // The language the server writes in: this desktop's (en, nl or de).
    static QString mailLanguage();

Q_SIGNALS:
    void loaded();
    void saved();
    void failed(const QString& message);

private:
    void showPreferences(const core::AdminClient::AlertPreferences& prefs);
    void showProblem(const QString& message); // in the status line, as an error
    void updateEnabled();
    core::AdminClient::AlertPreferences chosen() const;
    QComboBox* hourBox(const char* objectName, const QString& accessibleName);
    QHBoxLayout* daysRow(); // Monday … Sunday in the locale's short names

    core::AdminClient* m_admin;
    core::AdminClient::AlertPreferences m_prefs;
    QLabel* m_relay;
    QLabel* m_recipient;
    QCheckBox* m_alerts;
    QComboBox* m_digest;
    QComboBox* m_hour;
    QList<QCheckBox*> m_days; // Monday … Sunday
    QCheckBox* m_quiet;
    QComboBox* m_quietFrom;
    QComboBox* m_quietTo;
    QLabel* m_written;
    QPushButton* m_save;
    QLabel* m_status;
};

} // namespace leadscope::ui
