#include "ScreenshotTour.h"

#include "CompanyPage.h"
#include "DashboardPage.h"
#include "JourneysPage.h"
#include "LeadsModel.h"
#include "LeadsPage.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

namespace leadscope::ui {

namespace {
constexpr int kSettleMs = 1500; // queries, charts and layout finish well within this
}

ScreenshotTour::ScreenshotTour(MainWindow* window, QString directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{
}

void ScreenshotTour::start(int timeoutMs)
{
    QDir().mkpath(m_directory);
    const auto begin = [this] {
        if (m_started)
            return;
        m_started = true;
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
    };
    // The sign-in (resumed from the keychain) and the first sync come first.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, begin] {
        using State = core::SyncScheduler::State;
        const core::SyncScheduler* sync = m_window->syncScheduler();
        const bool settled = sync && sync->state() != State::Idle && sync->state() != State::Syncing;
        if (m_window->workspace()->isVisible() && settled &&
            !m_window->workspace()->leadsPage()->model()->isLoading()) {
            poll->stop();
            begin();
        }
    });
    poll->start(250);
    QTimer::singleShot(timeoutMs, this, begin);
}

void ScreenshotTour::save(const QString& name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path))
        m_ok = false;
}

void ScreenshotTour::next()
{
    Workspace* workspace = m_window->workspace();
    switch (m_step++) {
    case 0:
        save(QStringLiteral("leads"));
        workspace->showScreen(Workspace::Screen::Dashboard);
        break;
    case 1:
        save(QStringLiteral("dashboard"));
        workspace->showScreen(Workspace::Screen::Journeys);
        break;
    case 2:
        save(QStringLiteral("journeys"));
        workspace->showScreen(Workspace::Screen::Leads);
        if (const QString id = workspace->leadsPage()->model()->companyId(0); !id.isEmpty())
            workspace->openCompany(id);
        break;
    case 3:
        save(QStringLiteral("company"));
        m_window->lockNow();
        break;
    case 4:
        save(QStringLiteral("locked"));
        Q_EMIT finished(m_ok);
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

} // namespace leadscope::ui
