#pragma once

#include "core/query/LeadsQuery.h"
#include "core/query/TargetLists.h"

#include "DataPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// The team's target-account lists: how many companies each holds and how
// many of them visited (ever, this week); "Show in leads" lists them with
// every filter at hand. Managers and admins make lists, import registry
// numbers or websites from a CSV file (with a report of what matched nothing)
// and delete lists; companies are added from their profiles.
class TargetListsPage : public DataPage
{
    Q_OBJECT
public:
    explicit TargetListsPage(QWidget* parent = nullptr);
    void setAccount(core::AdminClient* account);
    void setCanEdit(bool canEdit);
    QTreeWidget* list() const { return m_list; }

    // The selected list's rows from a CSV file (as File → Import reads it); the report is shown.
    void importInto(const QString& listId, const QByteArray& csv);

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void loaded();
    void edited();
    // "Show in leads": the leads list with this filter.
    void showLeads(const core::LeadsQuery::Filter& filter);
    // The last import's report, as shown.
    void imported(const QString& summary, const QStringList& problems);

private:
    const core::TargetLists::List* selected() const;
    void updateButtons();
    void askName();
    void chooseFile();

    core::AdminClient* m_account = nullptr;
    bool m_canEdit = false;
    QList<core::TargetLists::List> m_lists;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_show;
    QPushButton* m_delete;
};

} // namespace leadscope::ui
