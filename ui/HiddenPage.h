#pragma once

#include "core/query/IgnoredCompanies.h"

#include "DataPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

// What the team hides from its leads: each company or industry with why, who
// hid it and when, and how many companies it takes out; managers and admins
// show them again (through the server; the next sync brings the list).
class HiddenPage : public DataPage
{
    Q_OBJECT
public:
    explicit HiddenPage(QWidget* parent = nullptr);
    void setAccount(core::AdminClient* account);
    void setCanEdit(bool canEdit);
    QTreeWidget* list() const { return m_list; }

public Q_SLOTS:
    void reload() override;
    // "Show again" for the selected entry.
    void showSelectedAgain();

Q_SIGNALS:
    void loaded();
    void edited();

private:
    void updateButtons();

    core::AdminClient* m_account = nullptr;
    bool m_canEdit = false;
    QList<core::IgnoredCompanies::Entry> m_entries;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_show;
};

} // namespace leadscope::ui
