#include "MailTab.h"

#include "AdminTable.h"
#include "Appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

MailTab::MailTab(core::AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_summary(new QLabel(this))
    , m_table(AdminTable::create(
          this,
          {tr("Queued"), tr("For"), tr("What"), tr("State"), tr("Tries"), tr("Next try"), tr("What the relay said")},
          "mailTable", tr("E-mail not yet delivered")))
    , m_retry(new QPushButton(tr("Send &again"), this))
    , m_allSent(new QLabel(tr("Nothing is waiting: every alert and digest went out."), this))
{
    m_allSent->setObjectName(QStringLiteral("mailAllSent"));
    m_allSent->setAlignment(Qt::AlignCenter);
    m_allSent->setForegroundRole(QPalette::PlaceholderText);
    m_allSent->setVisible(false);
    m_summary->setObjectName(QStringLiteral("mailSummary"));
    m_summary->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryMail"));
    m_retry->setToolTip(tr("Try the selected e-mail again now (after the relay was fixed)"));
    m_retry->setEnabled(false);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshMail"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_allSent, 1);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &MailTab::load);
    connect(m_retry, &QPushButton::clicked, this, &MailTab::retrySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_retry->setEnabled(row >= 0 && row < m_status.undelivered.size() &&
                            m_status.undelivered[row].state == QLatin1String("failed"));
    });
}

void MailTab::load()
{
    m_admin->mailStatus(this, [this](const core::AdminClient::MailStatus& status, const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            Q_EMIT loaded();
            return;
        }
        m_status = status;
        showStatus();
        Q_EMIT loaded();
    });
}

void MailTab::showStatus()
{
    if (!m_status.configured) {
        m_summary->setText(tr("This server has no mail relay, so nobody gets e-mail alerts or digests. Its operator "
                              "sets one up with “leadscope-server serve --smtp”."));
        Appearance::showAsError(m_summary);
    } else {
        m_summary->setText(tr("Sent in the last 24 hours: %1 · waiting: %2 · failed: %3")
                               .arg(m_status.sentLastDay)
                               .arg(m_status.queued)
                               .arg(m_status.failed));
        if (m_status.failed > 0)
            Appearance::showAsError(m_summary);
        else
            m_summary->setPalette(palette());
    }
    m_table->setRowCount(int(m_status.undelivered.size()));
    for (int row = 0; row < m_status.undelivered.size(); ++row) {
        const core::AdminClient::MailStatus::Message& m = m_status.undelivered[row];
        const bool gaveUp = m.state == QLatin1String("failed");
        const QStringList cells{AdminTable::when(m.createdAt),
                                m.to,
                                m.kind == QLatin1String("digest") ? tr("Digest") : tr("Rule alert"),
                                gaveUp ? tr("Failed") : tr("Waiting"),
                                QString::number(m.attempts),
                                gaveUp || !m.nextAttempt.isValid() ? QString() : AdminTable::when(m.nextAttempt),
                                m.lastError};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_status.undelivered.isEmpty());
    m_allSent->setVisible(m_status.undelivered.isEmpty() && m_status.configured);
    m_retry->setEnabled(false);
}

void MailTab::retrySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_status.undelivered.size())
        return;
    m_retry->setEnabled(false);
    m_admin->retryMail(this, m_status.undelivered[row].id, [this](const core::ApiFailure& failure) {
        if (failure.isError()) {
            Q_EMIT failed(failure.message);
            return;
        }
        Q_EMIT retried();
        load();
    });
}

} // namespace leadscope::ui
