#pragma once

#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

// After a sync: decides what is worth a desktop notification (new companies,
// watched companies visiting again — as Settings → General allows), looks
// their names up through core/query off the UI thread, and shows one tray
// message. Clicking it asks to open the company that matters most.
class SyncNotifier : public QObject
{
    Q_OBJECT
public:
    // The tray icon shows `window`'s icon.
    explicit SyncNotifier(QWidget* window);

    void notify(const core::SyncEngine::Result& result, core::DataStore* store);

Q_SIGNALS:
    void companyActivated(const QString& companyId);

private:
    struct News;
    void show(const News& news);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_notifiedCompany; // what clicking the last notification opens
};

} // namespace leadscope::ui
