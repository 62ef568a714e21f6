#include "UsersTab.h"

#include "AdminTable.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::AdminClient;

UsersTab::UsersTab(AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_table(AdminTable::create(this, {tr("E-mail"), tr("Role"), tr("Two-factor"), tr("Status"), tr("Added")},
                                 "userTable", tr("Users")))
    , m_newEmail(new QLineEdit(this))
    , m_newRole(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_roleForSelected(new QComboBox(this))
    , m_disable(new QPushButton(tr("&Disable"), this))
{
    m_newEmail->setObjectName(QStringLiteral("newUserEmail"));
    m_newEmail->setPlaceholderText(tr("name@company.example"));
    m_newEmail->setAccessibleName(tr("E-mail address of the new user"));
    m_newRole->setObjectName(QStringLiteral("newUserRole"));
    m_newRole->setAccessibleName(tr("Role of the new user"));
    m_roleForSelected->setObjectName(QStringLiteral("selectedUserRole"));
    m_roleForSelected->setAccessibleName(tr("Role of the selected user"));
    for (const QString& role : AdminClient::roles()) {
        m_newRole->addItem(AdminClient::roleLabel(role), role);
        m_roleForSelected->addItem(AdminClient::roleLabel(role), role);
    }
    auto* add = new QPushButton(tr("&Add user"), this);
    add->setObjectName(QStringLiteral("addUser"));
    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    m_password->setReadOnly(true);
    m_password->setVisible(false);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setVisible(false);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setVisible(false);
    auto* applyRole = new QPushButton(tr("Change &role"), this);
    auto* remove = new QPushButton(tr("Re&move…"), this);
    auto* resetPassword = new QPushButton(tr("Reset &password…"), this);
    resetPassword->setObjectName(QStringLiteral("resetPassword"));
    auto* resetSecondFactor = new QPushButton(tr("Reset &two-factor…"), this);
    resetSecondFactor->setObjectName(QStringLiteral("resetSecondFactor"));

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("New user:"), this));
    addRow->addWidget(m_newEmail, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(add);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(copy);
    auto* selectedRow = new QHBoxLayout;
    selectedRow->addWidget(new QLabel(tr("Selected user:"), this));
    selectedRow->addWidget(m_roleForSelected);
    selectedRow->addWidget(applyRole);
    selectedRow->addStretch(1);
    selectedRow->addWidget(resetPassword);
    selectedRow->addWidget(resetSecondFactor);
    selectedRow->addWidget(m_disable);
    selectedRow->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
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
    connect(m_disable, &QPushButton::clicked, this, &UsersTab::toggleSelectedDisabled);
    connect(remove, &QPushButton::clicked, this, &UsersTab::confirmRemoveSelected);
    connect(resetPassword, &QPushButton::clicked, this, [this] { confirmResetSelected(false); });
    connect(resetSecondFactor, &QPushButton::clicked, this, [this] { confirmResetSelected(true); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersTab::showSelected);
    // Tab goes as the eye does: the list, what to do with the selected user, then adding one.
    const QList<QWidget*> order{m_table, m_roleForSelected, applyRole, resetPassword, resetSecondFactor, m_disable,
                                remove,  m_newEmail,        m_newRole, add,           m_password,        copy};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void UsersTab::showSelected(int row)
{
    if (row < 0 || row >= m_users.size())
        return;
    const AdminClient::User& user = m_users.at(row);
    m_roleForSelected->setCurrentIndex(m_roleForSelected->findData(user.role));
    m_disable->setText(user.disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersTab::toggleSelectedDisabled()
{
    const QString id = selectedUserId();
    for (const AdminClient::User& user : std::as_const(m_users)) {
        if (user.id == id)
            setDisabled(id, !user.disabled);
    }
}

void UsersTab::confirmRemoveSelected()
{
    const QString id = selectedUserId();
    const int row = m_table->currentRow();
    if (id.isEmpty() || row < 0)
        return;
    const QString email = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove user"),
                              tr("Remove %1? They are signed out at once and can no longer sign in.").arg(email),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        removeUser(id);
}

void UsersTab::confirmResetSelected(bool secondFactor)
{
    const QString id = selectedUserId();
    const int row = m_table->currentRow();
    if (id.isEmpty() || row < 0)
        return;
    const QString email = m_table->item(row, 0)->text();
    const QString question =
        secondFactor ? tr("Reset two-factor authentication of %1? They are signed out now and set up their "
                          "authenticator app again at the next sign-in; their recovery codes stop working.")
                           .arg(email)
                     : tr("Give %1 a new one-time password? Their password stops working and they are signed out "
                          "now; at the next sign-in they choose a new one.")
                           .arg(email);
    bool ok = false;
    const QString code = QInputDialog::getText(this, secondFactor ? tr("Reset two-factor") : tr("Reset password"),
                                               question + u'\n' + u'\n' +
                                                   tr("Confirm with a fresh code from your own authenticator app:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    if (secondFactor)
        resetSecondFactor(id, code.trimmed());
    else
        resetPassword(id, email, code.trimmed());
}

void UsersTab::resetPassword(const QString& userId, const QString& email, const QString& code)
{
    m_admin->resetPassword(this, userId, code, [this, email](const QString& password, const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            return;
        }
        showOneTimePassword(password, tr("Give %1 this one-time password through a channel you trust. It is shown "
                                         "only now; at the next sign-in they choose a password of their own.")
                                          .arg(email));
        Q_EMIT changeFinished({});
    });
}

void UsersTab::resetSecondFactor(const QString& userId, const QString& code)
{
    m_admin->resetSecondFactor(this, userId, code,
                               [this](const core::ApiFailure& failure) { Q_EMIT changeFinished(failure); });
}

void UsersTab::load()
{
    m_admin->users(this, [this](const QList<AdminClient::User>& users, const core::ApiFailure& failure) {
        if (failure.isError())
            Q_EMIT failed(failure.message);
        else
            m_users = users;
        show();
        Q_EMIT loaded();
    });
}

void UsersTab::show()
{
    const QString selected = selectedUserId();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const AdminClient::User& user = m_users.at(row);
        const QStringList cells{user.email, AdminClient::roleLabel(user.role),
                                user.enrolled ? tr("Set up") : tr("Not yet"),
                                user.disabled ? tr("Disabled") : tr("Active"), AdminTable::when(user.createdAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 0)->setData(Qt::UserRole, user.id);
        if (user.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    Q_EMIT shown(m_users);
}

QString UsersTab::selectedUserId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void UsersTab::addUser(const QString& email, const QString& role)
{
    if (email.isEmpty()) {
        Q_EMIT failed(tr("Enter the new user's e-mail address."));
        return;
    }
    m_admin->addUser(this, email, role,
                     [this](const AdminClient::User& user, const QString& password, const core::ApiFailure& failure) {
                         if (failure.isError()) {
                             Q_EMIT failed(failure.message);
                             return;
                         }
                         m_newEmail->clear();
                         showOneTimePassword(
                             password,
                             tr("Give %1 this one-time password through a channel you trust. It is shown only now; "
                                "at the first sign-in they choose a password of their own and set up two-factor "
                                "authentication.")
                                 .arg(user.email));
                         m_users.append(user);
                         show();
                         Q_EMIT added();
                     });
}

void UsersTab::showOneTimePassword(const QString& password, const QString& note)
{
    m_passwordNote->setText(note);
    m_passwordNote->setVisible(true);
    m_password->setVisible(true);
    m_password->setText(password); // after setVisible: the copy button follows the field
}

QString UsersTab::oneTimePassword() const
{
    return m_password->text();
}

void UsersTab::changeRole(const QString& userId, const QString& role)
{
    m_admin->updateUser(
        this, userId, role, std::nullopt,
        [this](const AdminClient::User&, const core::ApiFailure& failure) { Q_EMIT changeFinished(failure); });
}

void UsersTab::setDisabled(const QString& userId, bool disabled)
{
    m_admin->updateUser(
        this, userId, std::nullopt, disabled,
        [this](const AdminClient::User&, const core::ApiFailure& failure) { Q_EMIT changeFinished(failure); });
}

void UsersTab::removeUser(const QString& userId)
{
    m_admin->removeUser(this, userId, [this](const core::ApiFailure& failure) { Q_EMIT changeFinished(failure); });
}

} // namespace leadscope::ui
