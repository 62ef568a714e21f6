#include "LockScreen.h"

#include "Appearance.h"
#include "TwoFactorDialog.h"

#include "protocol/Crypto.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_account(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_code->setObjectName(QStringLiteral("unlockCode"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setBuddy(m_password);
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setAccessibleName(tr("Code from your authenticator app"));
    m_code->setMaxLength(16);
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_code->setFont(mono);
    Appearance::showAsError(m_error);
    m_error->hide();
    m_unlock->setDefault(true);

    auto* title = new QLabel(tr("<h2>Leadscope is locked</h2>"), this);
    auto* explanation = new QLabel(tr("Nothing is shown while you are away. Enter a fresh code from your "
                                      "authenticator app to continue."),
                                   this);
    explanation->setWordWrap(true);
    auto* codeLabel = new QLabel(tr("&Code:"), this);
    codeLabel->setBuddy(m_code);
    auto* signOut = new QPushButton(tr("Sign &out instead"), this);
    signOut->setObjectName(QStringLiteral("lockSignOut"));
    signOut->setFlat(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account:"), m_account);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(codeLabel, m_code);

    auto* panel = new QWidget(this);
    // A fixed, font-relative width: the wrapped text then gets the height it needs.
    panel->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    panel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    explanation->setMinimumHeight(explanation->heightForWidth(fontMetrics().averageCharWidth() * 60));
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(title);
    panelLayout->addWidget(explanation);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    panelLayout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    m_panel = panel;
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, m_code, qOverload<>(&QWidget::setFocus));
    connect(m_code, &QLineEdit::textEdited, this, &LockScreen::onCodeEdited);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::prepare(const QString& account, bool needsPassword)
{
    m_needsPassword = needsPassword;
    m_account->setText(account);
    m_password->clear();
    m_code->clear();
    m_error->hide();
    m_password->setVisible(needsPassword);
    m_passwordLabel->setVisible(needsPassword);
    m_panel->adjustSize(); // a row appeared or went
    setBusy(false);
}

void LockScreen::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
    m_code->clear();
    (m_needsPassword && m_password->text().isEmpty() ? m_password : m_code)->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (!busy)
        (m_needsPassword ? m_password : m_code)->setFocus();
}

void LockScreen::onCodeEdited()
{
    // Six digits typed or pasted (with spaces or not) unlock at once, unless
    // the password is still missing.
    if (TwoFactorDialog::digitsOf(m_code->text()).size() == 6 && (!m_needsPassword || !m_password->text().isEmpty()))
        submit();
}

void LockScreen::submit()
{
    const QString digits = TwoFactorDialog::digitsOf(m_code->text());
    if (m_needsPassword && m_password->text().isEmpty()) {
        showError(tr("Enter your password and a code."));
        return;
    }
    if (digits.size() != 6) {
        showError(tr("Enter the six-digit code from your authenticator app."));
        return;
    }
    QByteArray password = m_needsPassword ? m_password->text().toUtf8() : QByteArray();
    m_password->clear();
    m_error->hide();
    setBusy(true);
    Q_EMIT unlockRequested(digits, password);
    protocol::Crypto::wipe(password);
}

} // namespace leadscope::ui
