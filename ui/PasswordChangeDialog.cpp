#include "PasswordChangeDialog.h"

#include "Appearance.h"

#include "core/admin/AdminClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {
constexpr int kMinimumLength = 12; // the server's PasswordPolicy says why when it refuses more
}

PasswordChangeDialog::PasswordChangeDialog(core::AdminClient* admin, bool required, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_required(required)
    , m_current(new QLineEdit(this))
    , m_next(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_change(new QPushButton(tr("&Change password"), this))
{
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("passwordChangeDialog"));
    auto* text = new QLabel(required ? tr("<p>You signed in with a one-time password from an admin. Choose a "
                                          "password of your own to continue.</p>")
                                     : tr("<p>Your other sessions end when the password changes; this one goes "
                                          "on.</p>"),
                            this);
    text->setWordWrap(true);
    for (QLineEdit* field : {m_current, m_next, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(1024);
    }
    for (QLineEdit* field : {m_current, m_next, m_repeat, m_code})
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_next->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_code->setObjectName(QStringLiteral("passwordCode"));
    m_code->setPlaceholderText(tr("6-digit code or a recovery code"));
    m_code->setMaxLength(16);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);
    // Room for the hint from the start: the dialog does not jump while typing.
    m_hint->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setVisible(false);
    Appearance::showAsError(m_error);
    m_change->setObjectName(QStringLiteral("passwordConfirm"));
    m_change->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(required ? tr("&One-time password:") : tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_next);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    if (!required)
        form->addRow(tr("Fresh &code from your authenticator app:"), m_code);
    m_code->setVisible(!required);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    if (required)
        buttons->addButton(tr("&Sign out"), QDialogButtonBox::RejectRole);
    else
        buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* field : {m_current, m_next, m_repeat, m_code})
        connect(field, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateButton);
    connect(m_change, &QPushButton::clicked, this, &PasswordChangeDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    updateButton();
}

void PasswordChangeDialog::fill(const QString& current, const QString& next, const QString& code)
{
    m_current->setText(current);
    m_next->setText(next);
    m_repeat->setText(next);
    m_code->setText(code);
}

void PasswordChangeDialog::updateButton()
{
    const QString next = m_next->text();
    QString hint;
    if (!next.isEmpty() && next.size() < kMinimumLength)
        hint = tr("At least %1 characters; a few words of your own make a strong password.").arg(kMinimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != next)
        hint = tr("The two new passwords differ.");
    m_hint->setText(hint);
    m_change->setEnabled(hint.isEmpty() && !m_current->text().isEmpty() && next.size() >= kMinimumLength &&
                         m_repeat->text() == next && (m_required || m_code->text().trimmed().size() >= 6));
}

void PasswordChangeDialog::confirm()
{
    if (!m_change->isEnabled())
        return;
    m_change->setEnabled(false);
    m_error->setVisible(false);
    const QString code = m_code->text().trimmed();
    protocol::SecretBytes current(m_current->text().toUtf8());
    protocol::SecretBytes next(m_next->text().toUtf8());
    m_code->clear();
    m_admin->changePassword(this, std::move(current), std::move(next), code, [this](const core::ApiFailure& failure) {
        if (failure.isError()) {
            m_error->setText(failure.message);
            m_error->setVisible(true);
            updateButton();
            return;
        }
        for (QLineEdit* field : {m_current, m_next, m_repeat})
            field->clear();
        Q_EMIT passwordChanged();
        accept();
    });
}

} // namespace leadscope::ui
