#pragma once

#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QSystemTrayIcon;
class QWidget;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

// After a sync: decides what is worth a desktop notification (new companies,
// watched companies visiting again, rules that name this user — as Settings →
// General allows), looks
// their names up through core/query off the UI thread, and shows one tray
// message. Clicking it asks to open the company that matters most.
class SyncNotifier : public QObject
{
    Q_OBJECT
public:
    // The tray icon shows `window`'s icon.
    explicit SyncNotifier(QWidget* window);

    // `userId`: who is signed in (rules notify people by id).
    void notify(const core::SyncEngine::Result& result, core::DataStore* store, const QString& userId);
    // The lines of the last notification shown (tests read them).
    const QStringList& lastLines() const { return m_lastLines; }

Q_SIGNALS:
    void companyActivated(const QString& companyId);

private:
    struct News;
    void show(const News& news);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_notifiedCompany; // what clicking the last notification opens
    QStringList m_lastLines;
};

} // namespace leadscope::ui
