#include "StatusArea.h"

#include "ElidedLabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace leadscope::ui {

StatusArea::StatusArea(QWidget* parent)
    : QWidget(parent)
    , m_connection(new ElidedLabel(this))
    , m_sync(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_dpa(new QToolButton(this))
    , m_account(new ElidedLabel(this))
{
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_sync->setObjectName(QStringLiteral("syncStatus"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop syncing; what arrived so far is kept."));
    m_cancel->hide();
    m_dpa->setObjectName(QStringLiteral("reviewDpa"));
    m_dpa->setText(tr("Why no data?"));
    m_dpa->setToolTip(tr("Visit data is shown once an admin has accepted the Data Processing Agreement."));
    m_dpa->hide();
    m_account->setObjectName(QStringLiteral("accountStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection, 1);
    layout->addWidget(m_sync);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dpa);
    layout->addWidget(m_account, 0, Qt::AlignRight);
    connect(m_cancel, &QToolButton::clicked, this, &StatusArea::cancelSyncRequested);
    connect(m_dpa, &QToolButton::clicked, this, &StatusArea::dpaReviewRequested);
}

void StatusArea::showConnection(const core::ConnectionMonitor::Status& status)
{
    using State = core::ConnectionMonitor::State;
    switch (status.state) {
    case State::Unknown:
    case State::Checking:
        m_connection->setText(tr("Connecting to %1…").arg(status.server));
        break;
    case State::Connected:
        m_connection->setText(tr("Connected to %1 · %2 · certificate verified").arg(status.server, status.tlsProtocol));
        break;
    case State::Failed:
        m_connection->setText(tr("Not connected to %1: %2").arg(status.server, status.message));
        break;
    }
}

void StatusArea::showNoServer()
{
    m_connection->setText(tr("No server configured"));
}

void StatusArea::showSync(core::SyncScheduler::State state, const QString& message, qint64 lastSyncMs)
{
    using State = core::SyncScheduler::State;
    m_cancel->setVisible(state == State::Syncing);
    m_sync->setToolTip(message);
    switch (state) {
    case State::Idle:
        m_sync->clear();
        break;
    case State::Syncing:
        m_sync->setText(tr("Syncing…"));
        break;
    case State::UpToDate:
        m_sync->setText(
            tr("Synced %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastSyncMs).time(), QLocale::ShortFormat)));
        break;
    case State::DpaPending:
        m_sync->setText(tr("No data until the DPA is accepted"));
        break;
    case State::Offline:
        m_sync->setText(tr("Offline — showing the local copy"));
        break;
    case State::Failed:
        m_sync->setText(tr("Sync failed"));
        break;
    case State::NoLocalCopy:
        m_sync->setText(tr("Keychain unavailable"));
        break;
    }
    m_dpa->setVisible(state == State::DpaPending);
}

void StatusArea::showSyncProgress(int pages, qint64 changes, qint64 remaining)
{
    const QLocale locale;
    m_sync->setText(
        remaining > 0
            ? tr("Syncing… %1 changes, about %2 to go").arg(locale.toString(changes), locale.toString(remaining))
            : tr("Syncing… %1 changes (%2 pages)").arg(locale.toString(changes)).arg(pages));
}

void StatusArea::showAccount(const QString& text)
{
    m_account->setText(text);
}

} // namespace leadscope::ui
