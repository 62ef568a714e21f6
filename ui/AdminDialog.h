#pragma once

#include "core/admin/AdminClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace leadscope::ui {

// Administration (admins only; the server refuses everyone else): the
// team's users (add with a one-time password to hand over, change role,
// disable, remove), the audit log with filters and CSV export, and the
// organisation's websites.
class AdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdminDialog(core::AdminClient* admin, QWidget* parent = nullptr);

    void reload();
    // The actions behind the buttons, without the confirmation questions.
    void addUser(const QString& email, const QString& role);
    void changeRole(const QString& userId, const QString& role);
    void setDisabled(const QString& userId, bool disabled);
    void removeUser(const QString& userId);
    void addWebsite(const QString& domain);
    void removeWebsite(const QString& id);
    bool exportAudit(const QString& path, QString* error) const;

    QString oneTimePassword() const; // the last one handed out, as shown
    const QList<core::AdminClient::User>& users() const { return m_users; }
    const QList<core::AdminClient::AuditEntry>& auditEntries() const { return m_entries; }
    const QList<core::AdminClient::Website>& websites() const { return m_websites; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded(); // every list has its answer (or its error)
    void changed();
    void failed(const QString& message);

private:
    QWidget* buildUsers();
    QWidget* buildAudit();
    QWidget* buildWebsites();
    void loadUsers();
    void loadAudit();
    void loadWebsites();
    void showUsers();
    void showAudit();
    void showWebsites();
    void showError(const QString& message);
    QString selectedUserId() const;
    void toggleSelectedDisabled();
    void confirmRemoveSelected(); // asks, then removes the selected user
    void doneLoading();
    // After a change went to the server: its error, or that list and the audit log again.
    void afterChange(const core::ApiFailure& failure, void (AdminDialog::*reloadList)());

    core::AdminClient* m_admin;
    QTabWidget* m_tabs;
    QLabel* m_error;
    QTableWidget* m_userTable;
    QLineEdit* m_newEmail;
    QComboBox* m_newRole;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    QComboBox* m_roleForSelected;
    QPushButton* m_disable;
    QTableWidget* m_auditTable;
    QComboBox* m_auditAction;
    QComboBox* m_auditUser;
    QComboBox* m_auditPeriod;
    QTableWidget* m_siteTable;
    QLineEdit* m_newDomain;
    QList<core::AdminClient::User> m_users;
    QList<core::AdminClient::AuditEntry> m_entries;
    QList<core::AdminClient::Website> m_websites;
    int m_pending = 0;
};

} // namespace leadscope::ui
