#pragma once

#include "core/admin/AdminClient.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace leadscope::ui {

class AuditTab;
class IntegrationsTab;
class ApiTokensTab;
class MailTab;
class UsersTab;

// Administration (admins only; the server refuses everyone else): the
// team's users (add with a one-time password to hand over, change role,
// disable, remove), the audit log with filters and CSV export, and what the
// organisation's e-mail alerts and digests did (E-mail). The
// organisation's websites are in Settings → Privacy, with their snippets
// (the Websites… button asks for it).
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
    bool exportAudit(const QString& path, QString* error) const;

    QString oneTimePassword() const; // the last one handed out, as shown
    const QList<core::AdminClient::User>& users() const;
    const QList<core::AdminClient::AuditEntry>& auditEntries() const;
    QTabWidget* tabs() const { return m_tabs; }
    MailTab* mailTab() const { return m_mail; }
    IntegrationsTab* integrationsTab() const { return m_integrations; }
    ApiTokensTab* apiTokensTab() const { return m_apiTokens; }

Q_SIGNALS:
    void loaded(); // every list has its answer (or its error)
    void changed();
    void failed(const QString& message);
    void websitesRequested(); // Settings → Privacy, where websites are added and removed

private:
    void showError(const QString& message);
    void doneLoading();
    // After a change went to the server: its error, or that list and the audit log again.
    template <typename Tab>
    void afterChange(const core::ApiFailure& failure, Tab* tab, void (Tab::*reloadList)());

    QTabWidget* m_tabs;
    QLabel* m_error;
    UsersTab* m_users;
    AuditTab* m_audit;
    MailTab* m_mail;
    IntegrationsTab* m_integrations;
    ApiTokensTab* m_apiTokens;
    int m_pending = 0;
};

} // namespace leadscope::ui
