#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace leadscope::ui {

// Administration → Audit log: who did what and when, filtered by action,
// user and period, exported as CSV. Never an address, password or code.
class AuditTab : public QWidget
{
    Q_OBJECT
public:
    AuditTab(core::AdminClient* admin, QWidget* parent);

    void load();
    // The users the "who" filter offers (the filter keeps its choice when it can).
    void setUsers(const QList<core::AdminClient::User>& users);
    bool exportCsv(const QString& path, QString* error) const;
    const QList<core::AdminClient::AuditEntry>& entries() const { return m_entries; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    void show();
    void chooseExportFile();

    core::AdminClient* m_admin;
    QTableWidget* m_table;
    QComboBox* m_action;
    QComboBox* m_user;
    QComboBox* m_period;
    QList<core::AdminClient::AuditEntry> m_entries;
};

} // namespace leadscope::ui
