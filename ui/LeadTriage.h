#pragma once

#include "core/sync/AnnotationOutbox.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPoint;
class QTableView;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class LeadsModel;

// Working through the leads list like an inbox, from the keyboard or a
// context menu: J/K (and the arrows) move, 1–5 set the status, A assigns
// (completion over the team), T tags (completion over the tags in use), W
// watches, U marks seen or new again, E exports the selection. A change
// applies to the selected companies (the current one when none is
// selected), shows at once and waits in the outbox for the next sync; after
// a status or an assignment the next new lead becomes current.
class LeadTriage : public QObject
{
    Q_OBJECT
public:
    LeadTriage(QTableView* view, LeadsModel* model);

    void setStore(core::DataStore* store);
    void setCanExport(bool can);
    QList<QAction*> actions() const { return m_actions; }
    // The same actions as a menu (right click).
    void showMenu(const QPoint& at);
    // Every company the list shows, as seen.
    void markAllSeen();

Q_SIGNALS:
    // An edit waits in the outbox: sync soon.
    void edited();
    // Seen or new again: counts of new leads changed.
    void seenChanged();
    void exportRequested(const QStringList& ids);

private:
    QAction* add(const QString& text, const QKeySequence& key, std::function<void()> run);
    QStringList targets() const; // the selected companies, else the current one
    void move(int step);
    void nextNew(); // the next lead below that is still new, else the next one
    void edit(const std::function<void(core::AnnotationOutbox::Edit&)>& change, bool advance);
    void toggleSeen();
    void pickTag();
    void pickAssignee();

    QTableView* m_view;
    LeadsModel* m_model;
    QPointer<core::DataStore> m_store;
    QList<QAction*> m_actions;
    QAction* m_export = nullptr;
};

} // namespace leadscope::ui
