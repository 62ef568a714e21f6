#pragma once

#include "core/query/Team.h"
#include "core/query/TeamRules.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

// Makes or changes a rule (docs/RULES.md): when a visit like this happens —
// its pages, length, source, campaign, first or returning, and the company's
// industry, size, place, website, status and tags, with the same choices as
// the leads filter — then tag it, set its status, assign it (taking turns
// over several colleagues) and tell colleagues. "Test on the last 30 days"
// runs the rule over this computer's data before it is saved; a rule that
// would act on more than a fifth of all visits asks before it is saved.
// Read-only for those who may not change rules.
class RuleEditor : public QDialog
{
    Q_OBJECT
public:
    // A share of all visits above which saving asks first.
    static constexpr double kBroadShare = 0.2;

    RuleEditor(core::DataStore* store, const core::TeamRules::Rule& rule, const QList<core::Team::Member>& team,
               bool canEdit, QWidget* parent = nullptr);

    // What the form says now.
    core::TeamRules::Rule rule() const;
    // The server's JSON for it: name, filter, actions, enabled.
    QJsonObject toJson() const;

    // Runs the test; `then` (optional) gets the share of visits it fired on.
    void test(std::function<void(double share)> then = {});
    QLabel* testResult() const { return m_result; }
    // What the server said when saving failed (the form stays as it is).
    void showProblem(const QString& message);

Q_SIGNALS:
    // The form is complete and the user wants it saved (after any warning).
    void saveRequested(const QJsonObject& rule);

private:
    QWidget* buildVisit();
    QWidget* buildCompany();
    QWidget* buildActions();
    void loadChoices(); // cities, industries, … as the leads filter offers them
    void show(const core::TeamRules::Rule& rule);
    void updateSave();
    void save();

    QPointer<core::DataStore> m_store;
    QList<core::Team::Member> m_team;
    bool m_canEdit;
    QString m_id;
    QLineEdit* m_name;
    QCheckBox* m_enabled;
    // When a visit…
    QLineEdit* m_page;
    QSpinBox* m_minPages;
    QSpinBox* m_minMinutes;
    QComboBox* m_source;
    QLineEdit* m_campaign;
    QComboBox* m_history; // any visit, the first, back within N days
    QSpinBox* m_withinDays;
    QComboBox* m_match; // how surely its company was matched: medium and high (default), any, high only
    // …of a company that…
    QComboBox* m_industry;
    QLineEdit* m_sbi;
    QComboBox* m_size;
    QComboBox* m_city;
    QLineEdit* m_country;
    QComboBox* m_website;
    QComboBox* m_status;
    QComboBox* m_tag;
    QComboBox* m_onList;
    // Then
    QLineEdit* m_addTags;
    QComboBox* m_setStatus;
    QListWidget* m_assign;
    QListWidget* m_notify;
    // Test and save
    QLabel* m_result;
    QListWidget* m_companies;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    quint64 m_testGeneration = 0;
    QString m_pendingList; // the rule's list until the lists are read
};

} // namespace leadscope::ui
