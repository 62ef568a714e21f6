#pragma once

#include "core/admin/AdminClient.h"
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
// message. Clicking it asks to open the company that matters most. For an
// admin it also tells, once each, of webhook destinations the server paused.
class SyncNotifier : public QObject
{
    Q_OBJECT
public:
    // The tray icon shows `window`'s icon.
    explicit SyncNotifier(QWidget* window);

    // `userId`: who is signed in (rules notify people by id).
    void notify(const core::SyncEngine::Result& result, core::DataStore* store, const QString& userId);
    // For an admin: the organisation's destinations as the server lists them;
    // a pause not told before (on this computer, for `account`) is told now —
    // as a desktop notification and through noticed().
    void notifyPausedWebhooks(const QList<core::AdminClient::Webhook>& webhooks, const QString& account);
    // The lines of the last notification shown (tests read them).
    const QStringList& lastLines() const { return m_lastLines; }

Q_SIGNALS:
    void companyActivated(const QString& companyId);
    // Something an admin must act on (the window shows it in its status bar too,
    // where there is no notification area).
    void noticed(const QString& text);

private:
    struct News;
    void show(const News& news);
    void showTray(const QStringList& lines);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_notifiedCompany; // what clicking the last notification opens
    QStringList m_lastLines;
};

} // namespace leadscope::ui
