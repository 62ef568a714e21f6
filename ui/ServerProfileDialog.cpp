#include "ServerProfileDialog.h"

#include "Appearance.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

ServerProfileDialog::ServerProfileDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverProfileDialog"));
    setWindowTitle(tr("Server"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_caFile->setObjectName(QStringLiteral("profileCaFile"));
    m_error->setObjectName(QStringLiteral("profileError"));
    m_name->setMaxLength(core::ServerProfiles::kMaxNameLength);
    m_name->setPlaceholderText(tr("Production"));
    m_url->setPlaceholderText(QStringLiteral("https://leadscope.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_caFile->setPlaceholderText(tr("None — the system's certificate authorities"));
    Appearance::showAsError(m_error);
    m_error->hide();

    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("profileBrowse"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* hint = new QLabel(tr("Only needed for a server with its own certificate authority, such as the demo "
                               "server or a self-hosted one. Verification is never switched off."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    auto* caLabel = new QLabel(tr("&Certificate authority:"), this);
    caLabel->setBuddy(m_caFile); // a row with a layout gets no buddy by itself
    form->addRow(caLabel, caRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint); // outside the form, so the wrapped text gets its height
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browse, &QPushButton::clicked, this, &ServerProfileDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ServerProfileDialog::setProfile(const core::ServerProfile& profile)
{
    m_original = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_caFile->setText(QDir::toNativeSeparators(profile.caFile));
}

core::ServerProfile ServerProfileDialog::profile() const
{
    core::ServerProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        profile.url = QUrl();
    else if (!m_url->text().contains(QStringLiteral("://")))
        profile.url.setScheme(QStringLiteral("https")); // "leadscope.example.com" means https
    profile.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    return profile;
}

void ServerProfileDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    adjustSize(); // room for the message without squeezing the fields
}

void ServerProfileDialog::accept()
{
    const QString problem = core::ServerProfiles::problem(profile());
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    QDialog::accept();
}

void ServerProfileDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority of the server"),
                                                      m_caFile->text().isEmpty() ? QDir::homePath() : m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

} // namespace leadscope::ui
