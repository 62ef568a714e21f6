#include "AuditTab.h"

#include "AdminTable.h"

#include "core/export/CsvWriter.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

using core::AdminClient;

namespace {

// Audit details in words: "role: manager · rows: 120"; never more than the server recorded.
QString details(const QJsonObject& detail)
{
    QStringList parts;
    // The colleague an admin action was about comes first.
    const QString target = detail.value(QStringLiteral("user_email")).toString();
    if (!target.isEmpty())
        parts << target;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() == QLatin1String("grant_id") || it.key() == QLatin1String("user_id") ||
            it.key() == QLatin1String("site_id") || it.key() == QLatin1String("user_email"))
            continue;
        const QJsonValue value = it.value();
        parts << it.key() + QStringLiteral(": ") + value.toVariant().toString();
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AuditTab::AuditTab(AdminClient* admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_table(
          AdminTable::create(this, {tr("When"), tr("Who"), tr("Action"), tr("Details")}, "auditTable", tr("Audit log")))
    , m_action(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_period(new QComboBox(this))
{
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Show which actions"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : AdminClient::auditActions())
        m_action->addItem(AdminClient::actionLabel(action), action);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setAccessibleName(tr("Show whose actions"));
    m_user->addItem(tr("Everyone"), QString());
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->setCurrentIndex(2);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAudit"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_user);
    filters->addWidget(m_period);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    for (QComboBox* combo : {m_action, m_user, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditTab::load);
    connect(exportButton, &QPushButton::clicked, this, &AuditTab::chooseExportFile);
    setTabOrder(m_period, exportButton);
    setTabOrder(exportButton, m_table);
}

void AuditTab::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit log"),
        QDir(folder).filePath(tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export audit log"), error);
}

void AuditTab::setUsers(const QList<AdminClient::User>& users)
{
    const QString filterUser = m_user->currentData().toString();
    m_user->blockSignals(true);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const AdminClient::User& user : users)
        m_user->addItem(user.email, user.id);
    m_user->setCurrentIndex(std::max(0, m_user->findData(filterUser)));
    m_user->blockSignals(false);
}

void AuditTab::load()
{
    AdminClient::AuditFilter filter;
    filter.action = m_action->currentData().toString();
    filter.userId = m_user->currentData().toString();
    filter.from = QDateTime::currentDateTime().addDays(-m_period->currentData().toInt());
    filter.limit = 5000;
    m_admin->audit(this, filter, [this](const QList<AdminClient::AuditEntry>& entries, const core::ApiFailure& f) {
        if (f.isError())
            Q_EMIT failed(f.message);
        else
            m_entries = entries;
        show();
        Q_EMIT loaded();
    });
}

void AuditTab::show()
{
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AdminClient::AuditEntry& entry = m_entries.at(row);
        const QStringList cells{AdminTable::when(entry.at),
                                entry.actorEmail.isEmpty() ? tr("(removed account)") : entry.actorEmail,
                                AdminClient::actionLabel(entry.action), details(entry.detail)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

bool AuditTab::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    core::CsvWriter writer(&file, {core::CsvWriter::localeDelimiter(), false});
    bool ok = writer.writeHeader({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Details")});
    for (const AdminClient::AuditEntry& entry : m_entries)
        ok = ok && writer.writeRow({entry.at.toUTC().toString(Qt::ISODate), entry.actorEmail,
                                    AdminClient::actionLabel(entry.action), details(entry.detail)});
    if (!ok || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace leadscope::ui
