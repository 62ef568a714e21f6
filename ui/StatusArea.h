#pragma once

#include "core/ConnectionMonitor.h"
#include "core/sync/SyncScheduler.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace leadscope::ui {

class ElidedLabel;

// The right side of the window's status bar: the connection (server, TLS,
// certificate verified), the sync state with progress and Cancel, "Why no
// data?" while the DPA waits for an admin, and who is signed in.
class StatusArea : public QWidget
{
    Q_OBJECT
public:
    explicit StatusArea(QWidget* parent);

    void showConnection(const core::ConnectionMonitor::Status& status);
    void showNoServer();
    void showSync(core::SyncScheduler::State state, const QString& message, qint64 lastSyncMs);
    void showSyncProgress(int pages, qint64 changes, qint64 remaining);
    void showAccount(const QString& text);

Q_SIGNALS:
    void cancelSyncRequested();
    void dpaReviewRequested();

private:
    ElidedLabel* m_connection;
    QLabel* m_sync;
    QToolButton* m_cancel;
    QToolButton* m_dpa;
    ElidedLabel* m_account;
};

} // namespace leadscope::ui
