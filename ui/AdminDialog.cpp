#include "AdminDialog.h"

#include "ApiTokensTab.h"
#include "AuditTab.h"
#include "IntegrationsTab.h"
#include "MailTab.h"
#include "UsersTab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

AdminDialog::AdminDialog(core::AdminClient* admin, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_users(new UsersTab(admin, this))
    , m_audit(new AuditTab(admin, this))
    , m_mail(new MailTab(admin, this))
    , m_integrations(new IntegrationsTab(admin, this))
    , m_apiTokens(new ApiTokensTab(admin, this))
{
    setWindowTitle(tr("Administration"));
    setObjectName(QStringLiteral("adminDialog"));
    m_error->setObjectName(QStringLiteral("adminError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_audit, tr("Audit &log"));
    m_tabs->addTab(m_mail, tr("E-ma&il"));
    m_tabs->addTab(m_integrations, tr("Inte&grations"));
    m_tabs->addTab(m_apiTokens, tr("API to&kens"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Websites live with their snippet, the first-hit check and the tracking rules: in Settings → Privacy.
    auto* websites = buttons->addButton(tr("&Websites and snippets…"), QDialogButtonBox::ActionRole);
    websites->setObjectName(QStringLiteral("openWebsites"));
    websites->setToolTip(tr("Add or remove websites and copy their tracker snippet (Settings → Privacy)"));
    connect(websites, &QPushButton::clicked, this, &AdminDialog::websitesRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_users, &UsersTab::shown, m_audit, &AuditTab::setUsers);
    connect(m_users, &UsersTab::added, this, [this] {
        showError({});
        m_pending = 1; // the audit log, which records the new user
        m_audit->load();
        Q_EMIT changed();
    });
    connect(m_users, &UsersTab::changeFinished, this,
            [this](const core::ApiFailure& failure) { afterChange(failure, m_users, &UsersTab::load); });
    connect(m_users, &UsersTab::loaded, this, &AdminDialog::doneLoading);
    connect(m_audit, &AuditTab::loaded, this, &AdminDialog::doneLoading);
    connect(m_mail, &MailTab::loaded, this, &AdminDialog::doneLoading);
    connect(m_mail, &MailTab::failed, this, &AdminDialog::showError);
    connect(m_mail, &MailTab::retried, this, [this] {
        showError({});
        m_pending = 2; // the mail list (MailTab reloads it) and the audit log, which records who sent it again
        m_audit->load();
    });
    connect(m_integrations, &IntegrationsTab::loaded, this, &AdminDialog::doneLoading);
    connect(m_integrations, &IntegrationsTab::failed, this, &AdminDialog::showError);
    connect(m_integrations, &IntegrationsTab::changed, this, [this] {
        showError({});
        m_pending = 2; // the webhooks (the tab reloads them) and the audit log, which records the change
        m_audit->load();
    });
    connect(m_apiTokens, &ApiTokensTab::loaded, this, &AdminDialog::doneLoading);
    connect(m_apiTokens, &ApiTokensTab::failed, this, &AdminDialog::showError);
    connect(m_apiTokens, &ApiTokensTab::changed, this, [this] {
        showError({});
        m_pending = 2; // the tokens (the tab reloads them) and the audit log, which records the change
        m_audit->load();
    });
    connect(m_users, &UsersTab::failed, this, &AdminDialog::showError);
    connect(m_audit, &AuditTab::failed, this, &AdminDialog::showError);
    reload();
}

void AdminDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT failed(message);
}

void AdminDialog::doneLoading()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}

template <typename Tab>
void AdminDialog::afterChange(const core::ApiFailure& failure, Tab* tab, void (Tab::*reloadList)())
{
    if (failure.isError()) {
        showError(failure.message);
        return;
    }
    showError({});
    m_pending = 2; // the changed list and the audit log, which records the change
    (tab->*reloadList)();
    m_audit->load();
    Q_EMIT changed();
}

void AdminDialog::reload()
{
    m_pending = 5;
    m_users->load();
    m_audit->load();
    m_mail->load();
    m_integrations->load();
    m_apiTokens->load();
}

void AdminDialog::addUser(const QString& email, const QString& role)
{
    m_users->addUser(email, role);
}

void AdminDialog::changeRole(const QString& userId, const QString& role)
{
    m_users->changeRole(userId, role);
}

void AdminDialog::setDisabled(const QString& userId, bool disabled)
{
    m_users->setDisabled(userId, disabled);
}

void AdminDialog::removeUser(const QString& userId)
{
    m_users->removeUser(userId);
}

bool AdminDialog::exportAudit(const QString& path, QString* error) const
{
    return m_audit->exportCsv(path, error);
}

QString AdminDialog::oneTimePassword() const
{
    return m_users->oneTimePassword();
}

const QList<core::AdminClient::User>& AdminDialog::users() const
{
    return m_users->users();
}

const QList<core::AdminClient::AuditEntry>& AdminDialog::auditEntries() const
{
    return m_audit->entries();
}

} // namespace leadscope::ui
