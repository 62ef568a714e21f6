#include "MainWindow.h"

#include "ConnectionPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace leadscope::ui {

MainWindow::MainWindow(core::ConnectionMonitor* monitor, QWidget* parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_connectionPage(new ConnectionPage(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    setCentralWidget(m_connectionPage);
    statusBar()->addPermanentWidget(m_connectionLabel, 1);
    createMenus();
    setWindowTitle(tr("Leadscope"));

    if (m_monitor) {
        connect(m_monitor, &core::ConnectionMonitor::statusChanged, this, &MainWindow::showStatus);
        connect(m_connectionPage, &ConnectionPage::checkRequested, m_monitor, &core::ConnectionMonitor::check);
        showStatus(m_monitor->status());
    } else {
        m_connectionLabel->setText(tr("No server configured"));
    }
    restoreState();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Leadscope"), this, [this] {
        QMessageBox::about(this, tr("About Leadscope"),
                           tr("<h3>Leadscope %1</h3><p>Shows which companies visit your website and what they "
                              "looked at — without ever storing a visitor's IP address.</p>")
                               .arg(QStringLiteral(LEADSCOPE_VERSION)));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showStatus(const core::ConnectionMonitor::Status& status)
{
    using State = core::ConnectionMonitor::State;
    m_connectionPage->showStatus(status);
    setWindowTitle(tr("Leadscope — %1").arg(status.server));
    switch (status.state) {
    case State::Unknown:
    case State::Checking:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(status.server));
        break;
    case State::Connected:
        m_connectionLabel->setText(
            tr("Connected to %1 · %2 · certificate verified").arg(status.server, status.tlsProtocol));
        break;
    case State::Failed:
        m_connectionLabel->setText(tr("Not connected to %1: %2").arg(status.server, status.message));
        break;
    }
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace leadscope::ui
