#include "LoginDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_profiles(new QComboBox(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_security(new QLabel(this))
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
    Appearance::showAsError(m_error);
    m_error->hide();
    m_signIn->setDefault(true);

    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setAccessibleName(tr("Server"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profiles->setMinimumContentsLength(32);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    auto* add = new QPushButton(tr("A&dd…"), this);
    add->setObjectName(QStringLiteral("addProfileButton"));
    add->setAutoDefault(false);
    m_edit->setAutoDefault(false);
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_profiles, 1);
    serverRow->addWidget(m_edit);
    serverRow->addWidget(add);
    m_security->setObjectName(QStringLiteral("loginSecurity"));
    m_security->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row with a layout gets no buddy by itself: without one the "&" would show.
    auto* serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_profiles);
    form->addRow(serverLabel, serverRow);
    form->addRow(tr("Connection:"), m_security);
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
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileSelected(m_profiles->itemData(index).toString()); });
    connect(add, &QPushButton::clicked, this, &LoginDialog::addProfileRequested);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { Q_EMIT editProfileRequested(m_profiles->currentData().toString()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_email->setFocus();
}

void LoginDialog::setProfiles(const QList<core::ServerProfile>& profiles, const QString& current)
{
    m_profiles->clear();
    for (const core::ServerProfile& profile : profiles) {
        m_profiles->addItem(tr("%1 (%2)").arg(profile.name, core::ServerProfiles::nameFor(profile.url)), profile.name);
        if (profile.name == current)
            m_profiles->setCurrentIndex(m_profiles->count() - 1);
    }
    if (profiles.isEmpty())
        m_profiles->addItem(tr("No server yet — add one"), QString());
    m_profiles->setEnabled(!profiles.isEmpty());
    m_edit->setEnabled(!profiles.isEmpty());
}

void LoginDialog::setServerState(const QString& security, bool usable)
{
    m_security->setText(security);
    // Wrapped text changed: let the form give the label the lines it needs.
    m_security->setMinimumHeight(m_security->heightForWidth(qMax(m_security->width(), 300)));
    m_usable = usable;
    setBusy(m_busy);
}

void LoginDialog::setStaySignedIn(bool stay)
{
    m_stay->setChecked(stay);
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
    m_busy = busy;
    m_profiles->setEnabled(!busy && m_profiles->count() > 0 && !m_profiles->currentData().toString().isEmpty());
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy && m_usable);
}

} // namespace leadscope::ui
