#include "LoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

LoginDialog::LoginDialog(const QString& server, const QString& security, QWidget* parent)
    : QDialog(parent)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_stay(new QCheckBox(tr("&Stay signed in on this computer"), this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Leadscope"));
    m_email->setObjectName(QStringLiteral("emailField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_stay->setObjectName(QStringLiteral("staySignedIn"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_stay->setToolTip(tr("Keeps a sign-in token in this computer's keychain, never in a file."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px; border-radius: 4px;"));
    m_error->hide();
    m_signIn->setDefault(true);

    auto* serverLabel = new QLabel(server, this);
    serverLabel->setObjectName(QStringLiteral("loginServer"));
    auto* securityLabel = new QLabel(security, this);
    securityLabel->setObjectName(QStringLiteral("loginSecurity"));
    securityLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), serverLabel);
    form->addRow(tr("Connection:"), securityLabel);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_stay);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_email->setFocus();
}

void LoginDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void LoginDialog::submit()
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your e-mail address and password."));
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear(); // the field keeps no copy
    m_error->hide();
    setBusy(true);
    Q_EMIT signInRequested(email, password, m_stay->isChecked());
    protocol::Crypto::wipe(password);
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
    m_password->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
}

} // namespace leadscope::ui
