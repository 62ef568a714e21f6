#include "FirstRunDialog.h"

#include "Appearance.h"

#include "core/ApiClient.h"
#include "core/ServerEndpoint.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

FirstRunDialog::FirstRunDialog(core::ServerProfiles* profiles, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_address(new QLineEdit(this))
    , m_caBox(new QWidget(this))
    , m_caWhy(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_continue(new QPushButton(tr("Continue to &sign-in"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Leadscope"));
    auto* intro = new QLabel(tr("<h3>Welcome to Leadscope</h3><p>Leadscope shows which companies visit your "
                                "organisation's websites. First, connect to your organisation's Leadscope server: "
                                "your administrator has its address.</p>"),
                             this);
    intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("firstRunAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://leadscope.example.com"));
    m_caFile->setObjectName(QStringLiteral("firstRunCaFile"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caWhy->setObjectName(QStringLiteral("firstRunCaWhy"));
    m_caWhy->setWordWrap(true);
    m_fingerprint->setObjectName(QStringLiteral("firstRunFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("firstRunResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setObjectName(QStringLiteral("firstRunCheck"));
    m_check->setDefault(true);
    m_continue->setObjectName(QStringLiteral("firstRunContinue"));
    m_continue->setEnabled(false);

    auto* browse = new QPushButton(tr("&Browse…"), m_caBox);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* caLayout = new QVBoxLayout(m_caBox);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caWhy);
    caLayout->addWidget(m_fingerprint);
    caLayout->addLayout(caRow);
    m_caBox->hide(); // only for a server whose certificate is not publicly trusted

    auto* form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_address);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_caBox);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    connect(m_check, &QPushButton::clicked, this, &FirstRunDialog::check);
    connect(m_address, &QLineEdit::returnPressed, this, &FirstRunDialog::check);
    connect(m_address, &QLineEdit::textEdited, this, [this] { m_continue->setEnabled(false); });
    connect(m_caFile, &QLineEdit::textEdited, this, [this] { m_continue->setEnabled(false); });
    connect(browse, &QPushButton::clicked, this, &FirstRunDialog::chooseCaFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::showError(const QString& message)
{
    Appearance::showAsError(m_result);
    m_result->setText(message);
    fitHeight();
}

void FirstRunDialog::fitHeight()
{
    // Wrapped texts appear and grow: the dialog grows with them instead of clipping them.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void FirstRunDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority of the server"), QDir::homePath(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFile->setText(QDir::toNativeSeparators(file));
    check();
}

void FirstRunDialog::check()
{
    QString address = m_address->text().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://")); // "leadscope.example.com" is what people type
    core::ServerProfile profile{core::ServerProfiles::nameFor(QUrl(address)),
                                QUrl(address),
                                QDir::fromNativeSeparators(m_caFile->text().trimmed()),
                                {},
                                false};
    if (const QString problem = core::ServerProfiles::problem(profile); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    core::ServerEndpoint endpoint(profile.url, profile.caFile);
    QString error;
    if (!endpoint.load(&error)) {
        showError(error);
        return;
    }
    m_monitor.reset();
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<core::ApiClient>(m_network.get(), endpoint);
    m_monitor = std::make_unique<core::ConnectionMonitor>(m_client.get());
    connect(m_monitor.get(), &core::ConnectionMonitor::statusChanged, this, &FirstRunDialog::showStatus);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(endpoint.displayName()));
    m_check->setEnabled(false);
    m_continue->setEnabled(false);
    m_profileName = profile.name;
    m_monitor->check();
}

void FirstRunDialog::showStatus(const core::ConnectionMonitor::Status& status)
{
    using State = core::ConnectionMonitor::State;
    if (status.state == State::Checking || status.state == State::Unknown)
        return;
    m_check->setEnabled(true);
    m_check->setText(tr("&Check again"));
    if (status.state == State::Connected) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("✓ Connected to %1 over %2; the certificate is verified (issued by %3). Leadscope server "
                             "%4.")
                              .arg(status.server, status.tlsProtocol,
                                   status.issuer.isEmpty() ? tr("unknown") : status.issuer, status.serverVersion));
        m_continue->setEnabled(true);
        m_continue->setDefault(true);
        m_continue->setFocus();
        fitHeight();
        return;
    }
    if (status.untrusted) {
        // Only now: a file to trust, with the reason and what to compare.
        m_caBox->show();
        m_caWhy->setText(tr("This server's certificate is not issued by an authority your computer trusts — usual for "
                            "a company's own server. Leadscope never skips the check: choose the certificate "
                            "authority file your administrator gave you (a .pem file), then check again."));
        m_fingerprint->setText(
            tr("Fingerprint of the server's certificate (SHA-256), to compare with your administrator's:\n%1")
                .arg(status.fingerprint.isEmpty() ? tr("not available") : status.fingerprint));
        m_caFile->setFocus();
    }
    showError(status.message);
}

void FirstRunDialog::finish()
{
    if (!m_monitor || m_monitor->status().state != core::ConnectionMonitor::State::Connected)
        return;
    const core::ServerProfile profile{m_profileName,
                                      m_client->endpoint().baseUrl(),
                                      QDir::fromNativeSeparators(m_caFile->text().trimmed()),
                                      {},
                                      false};
    QString error;
    if (!m_profiles->save(profile, &error)) {
        showError(error);
        return;
    }
    m_profiles->setCurrent(profile.name);
    accept();
}

} // namespace leadscope::ui
