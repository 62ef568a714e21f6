#pragma once

#include "core/admin/AdminClient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace leadscope::ui {

// Administration → E-mail: whether the server can send e-mail at all, how
// much went out in the last day, and each alert or digest that has not gone
// out — who it is for, how often it was tried, what the relay said, when it
// is tried next — with "Send again" for those the server gave up on.
class MailTab : public QWidget
{
    Q_OBJECT
public:
    MailTab(core::AdminClient* admin, QWidget* parent);

    void load();
    void retrySelected();
    const core::AdminClient::MailStatus& status() const { return m_status; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    void retried();

private:
    void showStatus();

    core::AdminClient* m_admin;
    core::AdminClient::MailStatus m_status;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QLabel* m_allSent;
};

} // namespace leadscope::ui
