#include "AdminDialog.h"

#include "core/export/CsvWriter.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::AdminClient;

namespace {

QTableWidget* table(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QLatin1String(name));
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// Audit details in words: "role: manager · rows: 120"; never more than the server recorded.
QString details(const QJsonObject& detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() == QLatin1String("grant_id") || it.key() == QLatin1String("user_id") ||
            it.key() == QLatin1String("site_id"))
            continue;
        const QJsonValue value = it.value();
        parts << it.key() + QStringLiteral(": ") + value.toVariant().toString();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AdminDialog::AdminDialog(AdminClient* admin, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Administration"));
    setObjectName(QStringLiteral("adminDialog"));
    m_error->setObjectName(QStringLiteral("adminError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_tabs->addTab(buildUsers(), tr("&Users"));
    m_tabs->addTab(buildAudit(), tr("Audit &log"));
    m_tabs->addTab(buildWebsites(), tr("&Websites"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    reload();
}

QWidget* AdminDialog::buildUsers()
{
    auto* page = new QWidget(this);
    m_userTable = table(page, {tr("E-mail"), tr("Role"), tr("Two-factor"), tr("Status"), tr("Added")}, "userTable");
    m_newEmail = new QLineEdit(page);
    m_newEmail->setObjectName(QStringLiteral("newUserEmail"));
    m_newEmail->setPlaceholderText(tr("name@company.example"));
    m_newRole = new QComboBox(page);
    m_newRole->setObjectName(QStringLiteral("newUserRole"));
    for (const QString& role : AdminClient::roles())
        m_newRole->addItem(AdminClient::roleLabel(role), role);
    auto* add = new QPushButton(tr("&Add user"), page);
    add->setObjectName(QStringLiteral("addUser"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    m_password->setReadOnly(true);
    m_password->setVisible(false);
    auto* copy = new QPushButton(tr("&Copy"), page);
    copy->setVisible(false);
    m_passwordNote = new QLabel(page);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setVisible(false);
    m_roleForSelected = new QComboBox(page);
    m_roleForSelected->setObjectName(QStringLiteral("selectedUserRole"));
    for (const QString& role : AdminClient::roles())
        m_roleForSelected->addItem(AdminClient::roleLabel(role), role);
    auto* applyRole = new QPushButton(tr("Change &role"), page);
    m_disable = new QPushButton(tr("&Disable"), page);
    auto* remove = new QPushButton(tr("&Remove…"), page);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("New user:"), page));
    addRow->addWidget(m_newEmail, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(add);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(copy);
    auto* selectedRow = new QHBoxLayout;
    selectedRow->addWidget(new QLabel(tr("Selected user:"), page));
    selectedRow->addWidget(m_roleForSelected);
    selectedRow->addWidget(applyRole);
    selectedRow->addStretch(1);
    selectedRow->addWidget(m_disable);
    selectedRow->addWidget(remove);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_userTable, 1);
    layout->addLayout(selectedRow);
    layout->addLayout(addRow);
    layout->addWidget(m_passwordNote);
    layout->addLayout(passwordRow);

    connect(add, &QPushButton::clicked, this,
            [this] { addUser(m_newEmail->text().trimmed(), m_newRole->currentData().toString()); });
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(m_password, &QLineEdit::textChanged, copy, [copy, this] { copy->setVisible(m_password->isVisible()); });
    connect(applyRole, &QPushButton::clicked, this, [this] {
        if (!selectedUserId().isEmpty())
            changeRole(selectedUserId(), m_roleForSelected->currentData().toString());
    });
    connect(m_disable, &QPushButton::clicked, this, &AdminDialog::toggleSelectedDisabled);
    connect(remove, &QPushButton::clicked, this, &AdminDialog::confirmRemoveSelected);
    connect(m_userTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_users.size())
            return;
        const AdminClient::User& user = m_users.at(row);
        m_roleForSelected->setCurrentIndex(m_roleForSelected->findData(user.role));
        m_disable->setText(user.disabled ? tr("&Enable") : tr("&Disable"));
    });
    return page;
}

void AdminDialog::toggleSelectedDisabled()
{
    const QString id = selectedUserId();
    for (const AdminClient::User& user : std::as_const(m_users)) {
        if (user.id == id)
            setDisabled(id, !user.disabled);
    }
}

void AdminDialog::confirmRemoveSelected()
{
    const QString id = selectedUserId();
    const int row = m_userTable->currentRow();
    if (id.isEmpty() || row < 0)
        return;
    const QString email = m_userTable->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove user"),
                              tr("Remove %1? They are signed out at once and can no longer sign in.").arg(email),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        removeUser(id);
}

QWidget* AdminDialog::buildAudit()
{
    auto* page = new QWidget(this);
    m_auditTable = table(page, {tr("When"), tr("Who"), tr("Action"), tr("Details")}, "auditTable");
    m_auditAction = new QComboBox(page);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->addItem(tr("All actions"), QString());
    for (const QString& action : AdminClient::auditActions())
        m_auditAction->addItem(AdminClient::actionLabel(action), action);
    m_auditUser = new QComboBox(page);
    m_auditUser->setObjectName(QStringLiteral("auditUser"));
    m_auditUser->addItem(tr("Everyone"), QString());
    m_auditPeriod = new QComboBox(page);
    m_auditPeriod->setObjectName(QStringLiteral("auditPeriod"));
    m_auditPeriod->addItem(tr("Last 24 hours"), 1);
    m_auditPeriod->addItem(tr("Last 7 days"), 7);
    m_auditPeriod->addItem(tr("Last 30 days"), 30);
    m_auditPeriod->addItem(tr("Last 365 days"), 365);
    m_auditPeriod->setCurrentIndex(2);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), page);
    exportButton->setObjectName(QStringLiteral("exportAudit"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_auditAction);
    filters->addWidget(m_auditUser);
    filters->addWidget(m_auditPeriod);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_auditTable, 1);
    for (QComboBox* combo : {m_auditAction, m_auditUser, m_auditPeriod})
        connect(combo, &QComboBox::currentIndexChanged, this, &AdminDialog::loadAudit);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit log"),
            QDir(folder).filePath(tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportAudit(path, &error))
            QMessageBox::warning(this, tr("Export audit log"), error);
    });
    return page;
}

QWidget* AdminDialog::buildWebsites()
{
    auto* page = new QWidget(this);
    m_siteTable = table(page, {tr("Website"), tr("Site id (for the tracker snippet)")}, "siteTable");
    m_siteTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_newDomain = new QLineEdit(page);
    m_newDomain->setObjectName(QStringLiteral("newDomain"));
    m_newDomain->setPlaceholderText(tr("www.company.example"));
    auto* add = new QPushButton(tr("&Add website"), page);
    auto* remove = new QPushButton(tr("&Remove…"), page);
    auto* note = new QLabel(tr("Visits are only recorded for these websites. A removed website stops being tracked "
                               "within a minute; its visits stay until the retention period removes them."),
                            page);
    note->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_newDomain, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_siteTable, 1);
    layout->addLayout(row);
    layout->addWidget(note);
    connect(add, &QPushButton::clicked, this, [this] { addWebsite(m_newDomain->text().trimmed()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_siteTable->currentRow();
        if (current < 0 || current >= m_websites.size())
            return;
        const AdminClient::Website site = m_websites.at(current);
        if (QMessageBox::question(this, tr("Remove website"),
                                  tr("Stop tracking %1? Its snippet stops working.").arg(site.domain),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
            removeWebsite(site.id);
    });
    return page;
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

void AdminDialog::afterChange(const core::ApiFailure& failure, void (AdminDialog::*reloadList)())
{
    if (failure.isError()) {
        showError(failure.message);
        return;
    }
    showError({});
    m_pending = 2; // the changed list and the audit log, which records the change
    (this->*reloadList)();
    loadAudit();
    Q_EMIT changed();
}

void AdminDialog::reload()
{
    m_pending = 3;
    loadUsers();
    loadAudit();
    loadWebsites();
}

void AdminDialog::loadUsers()
{
    m_admin->users(this, [this](const QList<AdminClient::User>& users, const core::ApiFailure& failure) {
        if (failure.isError())
            showError(failure.message);
        else
            m_users = users;
        showUsers();
        doneLoading();
    });
}

void AdminDialog::showUsers()
{
    const QString selected = selectedUserId();
    m_userTable->setRowCount(int(m_users.size()));
    const QString filterUser = m_auditUser->currentData().toString();
    m_auditUser->blockSignals(true);
    while (m_auditUser->count() > 1)
        m_auditUser->removeItem(1);
    for (int row = 0; row < m_users.size(); ++row) {
        const AdminClient::User& user = m_users.at(row);
        const QStringList cells{user.email, AdminClient::roleLabel(user.role),
                                user.enrolled ? tr("Set up") : tr("Not yet"),
                                user.disabled ? tr("Disabled") : tr("Active"), when(user.createdAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_userTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_userTable->item(row, 0)->setData(Qt::UserRole, user.id);
        if (user.id == selected)
            m_userTable->setCurrentCell(row, 0);
        m_auditUser->addItem(user.email, user.id);
    }
    m_auditUser->setCurrentIndex(std::max(0, m_auditUser->findData(filterUser)));
    m_auditUser->blockSignals(false);
    m_userTable->resizeColumnsToContents();
}

QString AdminDialog::selectedUserId() const
{
    const int row = m_userTable->currentRow();
    return row >= 0 && m_userTable->item(row, 0) ? m_userTable->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void AdminDialog::addUser(const QString& email, const QString& role)
{
    if (email.isEmpty()) {
        showError(tr("Enter the new user's e-mail address."));
        return;
    }
    m_admin->addUser(this, email, role,
                     [this](const AdminClient::User& user, const QString& password, const core::ApiFailure& failure) {
                         if (failure.isError()) {
                             showError(failure.message);
                             return;
                         }
                         showError({});
                         m_newEmail->clear();
                         m_passwordNote->setText(
                             tr("Give %1 this one-time password through a channel you trust. It is shown only now; "
                                "at the first sign-in they set up two-factor authentication.")
                                 .arg(user.email));
                         m_passwordNote->setVisible(true);
                         m_password->setVisible(true);
                         m_password->setText(password);
                         m_users.append(user);
                         showUsers();
                         m_pending = 1;
                         loadAudit();
                         Q_EMIT changed();
                     });
}

QString AdminDialog::oneTimePassword() const
{
    return m_password->text();
}

void AdminDialog::changeRole(const QString& userId, const QString& role)
{
    m_admin->updateUser(this, userId, role, std::nullopt,
                        [this](const AdminClient::User&, const core::ApiFailure& failure) {
                            afterChange(failure, &AdminDialog::loadUsers);
                        });
}

void AdminDialog::setDisabled(const QString& userId, bool disabled)
{
    m_admin->updateUser(this, userId, std::nullopt, disabled,
                        [this](const AdminClient::User&, const core::ApiFailure& failure) {
                            afterChange(failure, &AdminDialog::loadUsers);
                        });
}

void AdminDialog::removeUser(const QString& userId)
{
    m_admin->removeUser(this, userId,
                        [this](const core::ApiFailure& failure) { afterChange(failure, &AdminDialog::loadUsers); });
}

void AdminDialog::loadAudit()
{
    AdminClient::AuditFilter filter;
    filter.action = m_auditAction->currentData().toString();
    filter.userId = m_auditUser->currentData().toString();
    filter.from = QDateTime::currentDateTime().addDays(-m_auditPeriod->currentData().toInt());
    filter.limit = 5000;
    m_admin->audit(this, filter, [this](const QList<AdminClient::AuditEntry>& entries, const core::ApiFailure& f) {
        if (f.isError())
            showError(f.message);
        else
            m_entries = entries;
        showAudit();
        doneLoading();
    });
}

void AdminDialog::showAudit()
{
    m_auditTable->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AdminClient::AuditEntry& entry = m_entries.at(row);
        const QStringList cells{when(entry.at), entry.actorEmail.isEmpty() ? tr("(removed account)") : entry.actorEmail,
                                AdminClient::actionLabel(entry.action), details(entry.detail)};
        for (int column = 0; column < cells.size(); ++column)
            m_auditTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_auditTable->resizeColumnsToContents();
}

bool AdminDialog::exportAudit(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    core::CsvWriter writer(&file, {core::CsvWriter::localeDelimiter(), false});
    bool ok = writer.writeHeader({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Details")});
    for (const AdminClient::AuditEntry& entry : m_entries)
        ok = ok && writer.writeRow({entry.at.toUTC().toString(Qt::ISODate), entry.actorEmail,
                                    AdminClient::actionLabel(entry.action), details(entry.detail)});
    if (!ok || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AdminDialog::loadWebsites()
{
    m_admin->me(this, [this](const AdminClient::Me& me, const core::ApiFailure& failure) {
        if (failure.isError())
            showError(failure.message);
        else
            m_websites = me.websites;
        showWebsites();
        doneLoading();
    });
}

void AdminDialog::showWebsites()
{
    m_siteTable->setRowCount(int(m_websites.size()));
    for (int row = 0; row < m_websites.size(); ++row) {
        m_siteTable->setItem(row, 0, new QTableWidgetItem(m_websites.at(row).domain));
        m_siteTable->setItem(row, 1, new QTableWidgetItem(m_websites.at(row).id));
    }
}

void AdminDialog::addWebsite(const QString& domain)
{
    if (domain.isEmpty()) {
        showError(tr("Enter the website's domain, e.g. www.company.example."));
        return;
    }
    m_admin->addWebsite(this, domain, [this](const AdminClient::Website&, const core::ApiFailure& failure) {
        if (!failure.isError())
            m_newDomain->clear();
        afterChange(failure, &AdminDialog::loadWebsites);
    });
}

void AdminDialog::removeWebsite(const QString& id)
{
    m_admin->removeWebsite(
        this, id, [this](const core::ApiFailure& failure) { afterChange(failure, &AdminDialog::loadWebsites); });
}

} // namespace leadscope::ui
