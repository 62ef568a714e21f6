#include "ConnectionPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadscope::ui {

ConnectionPage::ConnectionPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_server(new QLabel(this))
    , m_security(new QLabel(this))
    , m_details(new QLabel(this))
    , m_check(new QPushButton(tr("&Check connection"), this))
    , m_signIn(new QPushButton(tr("&Sign in…"), this))
{
    m_signIn->setObjectName(QStringLiteral("signInPageButton"));
    m_signIn->setDefault(true);
    setObjectName(QStringLiteral("connectionPage"));
    m_heading->setObjectName(QStringLiteral("connectionHeading"));
    m_server->setObjectName(QStringLiteral("connectionServer"));
    m_security->setObjectName(QStringLiteral("connectionSecurity"));
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_check->setObjectName(QStringLiteral("checkConnectionButton"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel* label : {m_server, m_security, m_details}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_security->setAccessibleName(tr("Connection security"));
    m_server->setAccessibleName(tr("Server"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Status:"), m_details);

    auto* column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addSpacing(12);
    column->addLayout(form);
    column->addSpacing(12);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    column->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_check, &QPushButton::clicked, this, &ConnectionPage::checkRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionPage::signInRequested);
    showNoServer();
}

void ConnectionPage::showNoServer()
{
    m_heading->setText(tr("No server configured"));
    m_server->setText(tr("None yet. Choose Sign in… and add your organisation's Leadscope server, or start "
                         "Leadscope with --server https://… (and --ca FILE for a private certificate authority)."));
    m_security->setText(tr("Not connected"));
    m_details->setText(QString());
    m_check->setEnabled(false);
    m_connected = false;
    m_noServer = true;
    m_signIn->setEnabled(!m_signedIn); // the sign-in dialog can add a server
}

void ConnectionPage::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    m_signIn->setEnabled((m_connected || m_noServer) && !m_signedIn);
}

void ConnectionPage::showStatus(const core::ConnectionMonitor::Status& status)
{
    using State = core::ConnectionMonitor::State;
    m_check->setEnabled(status.state != State::Checking);
    m_connected = status.state == State::Connected;
    m_noServer = false;
    m_signIn->setEnabled(m_connected && !m_signedIn);
    m_server->setText(status.server);
    switch (status.state) {
    case State::Unknown:
    case State::Checking:
        m_heading->setText(tr("Connecting…"));
        m_security->setText(tr("Checking the server's certificate…"));
        m_details->setText(QString());
        break;
    case State::Connected:
        m_heading->setText(tr("Connected"));
        m_security->setText(tr("%1, certificate verified (issued by %2)")
                                .arg(status.tlsProtocol, status.issuer.isEmpty() ? tr("unknown") : status.issuer));
        m_details->setText(tr("Leadscope server %1 is running on %2 storage.").arg(status.serverVersion, status.store));
        break;
    case State::Failed:
        m_heading->setText(tr("Not connected"));
        m_security->setText(status.tlsProtocol.isEmpty() ? tr("No verified connection") : status.tlsProtocol);
        m_details->setText(status.message);
        break;
    }
}

} // namespace leadscope::ui
