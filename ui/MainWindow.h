#pragma once

#include "core/ConnectionMonitor.h"

#include <QMainWindow>

class QLabel;

namespace leadscope::ui {

class ConnectionPage;

// The application window. Screens are small widgets it hosts; it owns no
// network or data logic (that lives in core and is passed in).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // monitor may be null when no server is configured.
    explicit MainWindow(core::ConnectionMonitor* monitor, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showStatus(const core::ConnectionMonitor::Status& status);
    void restoreState();

    core::ConnectionMonitor* m_monitor;
    ConnectionPage* m_connectionPage;
    QLabel* m_connectionLabel;
};

} // namespace leadscope::ui
