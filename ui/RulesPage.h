#pragma once

#include "core/query/Team.h"
#include "core/query/TeamRules.h"

#include "DataPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace leadscope::core {
class AdminClient;
}

namespace leadscope::ui {

class RuleEditor;

// The organisation's rules (docs/RULES.md): what each watches for, what it
// does, and how often it acted in the last 30 days. Managers and admins add,
// change, pause and delete them (RuleEditor, through the server; the changed
// list comes back with the next sync); everybody else reads them.
class RulesPage : public DataPage
{
    Q_OBJECT
public:
    explicit RulesPage(QWidget* parent = nullptr);

    void setAccount(core::AdminClient* account);
    void setCanEdit(bool canEdit);
    QTreeWidget* list() const { return m_list; }

    // Opens the editor for a new rule, or for the selected one.
    RuleEditor* newRule();
    RuleEditor* openSelected();

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void loaded();
    // A rule changed on the server: a sync brings the new list.
    void edited();

private:
    struct Loaded;
    RuleEditor* openEditor(const core::TeamRules::Rule& rule);
    void setEnabled(const core::TeamRules::Rule& rule, bool on);
    void remove(const core::TeamRules::Rule& rule);
    const core::TeamRules::Rule* selected() const;
    void updateButtons();

    core::AdminClient* m_account = nullptr;
    bool m_canEdit = false;
    QList<core::TeamRules::Rule> m_rules;
    QList<core::Team::Member> m_team;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_pause;
    QPushButton* m_delete;
};

} // namespace leadscope::ui
