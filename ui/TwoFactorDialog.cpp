#include "TwoFactorDialog.h"

#include "Appearance.h"
#include "QrCodeWidget.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace leadscope::ui {

TwoFactorDialog::TwoFactorDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_qr(new QrCodeWidget(this))
    , m_secret(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_timeLeft(new QLabel(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(tr("&Confirm"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("twoFactorDialog"));
    setWindowTitle(tr("Two-factor authentication"));
    m_code->setObjectName(QStringLiteral("codeField"));
    m_secret->setObjectName(QStringLiteral("secretLabel"));
    m_error->setObjectName(QStringLiteral("twoFactorError"));
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_intro->setWordWrap(true);
    Appearance::showAsError(m_error);
    m_error->hide();
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_secret->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_secret->setFont(mono);
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setAccessibleName(tr("Code from your authenticator app"));
    m_code->setMaxLength(16); // room for a pasted "123 456"
    m_code->setFont(mono);
    m_submit->setEnabled(false);
    m_submit->setDefault(true);
    setMinimumWidth(440);

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(QString(), m_timeLeft);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_secret, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textChanged, this, &TwoFactorDialog::onTextChanged);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const QString digits = digitsOf(m_code->text());
        if (digits.size() == 6)
            Q_EMIT codeEntered(digits);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clock, &QTimer::timeout, this, &TwoFactorDialog::updateTimeLeft);
    m_clock->start(1000);
    updateTimeLeft();
    showCodeEntry();
}

QString TwoFactorDialog::groupedSecret(const QString& secret)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups << secret.mid(i, 4);
    return groups.join(u' ');
}

void TwoFactorDialog::showEnrolment(const QString& secret, const QString& otpauthUri)
{
    m_intro->setText(tr("<p><b>Set up two-factor authentication.</b> Leadscope asks for a code from an "
                        "authenticator app (such as FreeOTP, Aegis, Google Authenticator or Microsoft "
                        "Authenticator) each time you sign in, so a stolen password alone is not enough.</p>"
                        "<p>Scan this code with the app, or type the key below into it, then enter the six "
                        "digits it shows.</p>"));
    m_qr->setText(otpauthUri);
    m_qr->show();
    m_secret->setText(groupedSecret(secret));
    m_secret->show();
    m_code->setFocus();
}

void TwoFactorDialog::showCodeEntry()
{
    m_intro->setText(tr("Enter the six-digit code from your authenticator app."));
    m_qr->hide();
    m_secret->hide();
    m_code->setFocus();
}

void TwoFactorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_code->clear();
    m_code->setFocus();
    setBusy(false);
}

void TwoFactorDialog::setBusy(bool busy)
{
    m_code->setEnabled(!busy);
    m_submit->setEnabled(!busy && digitsOf(m_code->text()).size() == 6);
}

void TwoFactorDialog::onTextChanged(const QString& text)
{
    const QString digits = digitsOf(text);
    m_submit->setEnabled(digits.size() == 6);
    if (digits.size() == 6 && m_code->isEnabled()) {
        setBusy(true);
        m_error->hide();
        Q_EMIT codeEntered(digits); // sent as soon as it is complete
    }
}

void TwoFactorDialog::updateTimeLeft()
{
    const int left = 30 - static_cast<int>(QDateTime::currentSecsSinceEpoch() % 30);
    m_timeLeft->setText(tr("The code changes in %n second(s).", nullptr, left));
}

QString TwoFactorDialog::digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

} // namespace leadscope::ui
