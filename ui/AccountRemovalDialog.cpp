#include "AccountRemovalDialog.h"

#include "Appearance.h"

#include "core/admin/AdminClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace leadscope::ui {

AccountRemovalDialog::AccountRemovalDialog(core::AdminClient* admin, const QString& email, const QString& organisation,
                                           QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_understood(new QCheckBox(tr("I understand that this cannot be undone"), this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete my account"), this))
{
    setWindowTitle(tr("Delete my account"));
    setObjectName(QStringLiteral("accountRemovalDialog"));
    auto* text = new QLabel(
        tr("<p>Your account <b>%1</b> at %2 will be removed <b>at once</b>: you are signed out everywhere, your "
           "sign-in details and two-factor secret are deleted, and the audit log keeps that an account was removed "
           "but no longer your e-mail address.</p>"
           "<p>Copies in Leadscope's backups disappear within <b>30 days</b>. Billing records of your organisation "
           "are kept as long as the law requires. Your team's lead data stays with your organisation.</p>"
           "<p>On this computer, the encrypted local copy and its key are destroyed.</p>")
            .arg(email.toHtmlEscaped(), organisation.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_code->setObjectName(QStringLiteral("removalCode"));
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(6);
    m_understood->setObjectName(QStringLiteral("removalUnderstood"));
    m_error->setObjectName(QStringLiteral("removalError"));
    m_error->setVisible(false);
    Appearance::showAsError(m_error);
    m_delete->setObjectName(QStringLiteral("removalConfirm"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Fresh &code from your authenticator app:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_understood);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_understood, &QCheckBox::toggled, this, &AccountRemovalDialog::updateButton);
    connect(m_code, &QLineEdit::textChanged, this, &AccountRemovalDialog::updateButton);
    connect(m_delete, &QPushButton::clicked, this, &AccountRemovalDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void AccountRemovalDialog::setCode(const QString& code)
{
    m_code->setText(code);
}

void AccountRemovalDialog::updateButton()
{
    m_delete->setEnabled(m_understood->isChecked() && m_code->text().size() == 6);
}

void AccountRemovalDialog::confirm()
{
    if (!m_understood->isChecked() || m_code->text().size() != 6)
        return;
    m_delete->setEnabled(false);
    const QString code = m_code->text();
    m_code->clear(); // a used code is worthless, but nothing keeps it longer than needed
    m_admin->deleteAccount(this, code, [this](const core::ApiFailure& failure) {
        if (failure.isError()) {
            m_error->setText(failure.message);
            m_error->setVisible(true);
            updateButton();
            return;
        }
        Q_EMIT accountDeleted();
        accept();
    });
}

} // namespace leadscope::ui
