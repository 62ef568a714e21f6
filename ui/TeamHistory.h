#pragma once

#include "core/query/CompanyQuery.h"

#include <QList>
#include <QTreeWidget>

class QLabel;

namespace leadscope::ui {

// The team's history of a company on its profile: who changed its status,
// assignee, tags or note, and when — newest first, in sentences.
class TeamHistory : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TeamHistory(QWidget* parent = nullptr);

    void setEntries(const QList<core::CompanyQuery::HistoryEntry>& entries);
    // What an entry says, one line per field that changed.
    static QStringList describe(const core::CompanyQuery::HistoryEntry& entry);

protected:
    void updateGeometries() override; // the viewport changed: the empty text follows

private:
    QLabel* m_empty; // over the viewport while there is nothing to list; wraps, unlike a row
};

} // namespace leadscope::ui
