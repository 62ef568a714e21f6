#include "RulesPage.h"

#include "ErrorBanner.h"
#include "RuleEditor.h"
#include "core/admin/AdminClient.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadscope::ui {

struct RulesPage::Loaded
{
    QList<core::TeamRules::Rule> rules;
    QHash<QString, qint64> acted; // rule id → firings in the last 30 days
    QList<core::Team::Member> team;
};

namespace {

enum Column
{
    Name,
    When,
    Then,
    Acted,
    State,
};

} // namespace

RulesPage::RulesPage(QWidget* parent)
    : DataPage(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&New rule…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("rulesPage"));
    m_intro->setObjectName(QStringLiteral("rulesIntro"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setAccessibleName(tr("Rules"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setHeaderLabels({tr("Rule"), tr("When"), tr("Then"), tr("Acted (30 days)"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(When, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(Name, em * 24);
    m_list->setColumnWidth(Then, em * 30);
    // The figures' headers whole (they are longer than the figures in most languages).
    for (const int column : {int(Acted), int(State)})
        m_list->setColumnWidth(column, fontMetrics().horizontalAdvance(m_list->headerItem()->text(column)) + em * 4);
    m_empty->setObjectName(QStringLiteral("rulesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    for (QPushButton* button : {m_add, m_open, m_pause, m_delete})
        button->setObjectName(QLatin1String("rules") + button->text().remove(u'&').remove(u'…').remove(u' '));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { newRule(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RulesPage::updateButtons);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (const core::TeamRules::Rule* rule = selected())
            setEnabled(*rule, !rule->enabled);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const core::TeamRules::Rule* rule = selected())
            remove(*rule);
    });
    setCanEdit(false);
}

void RulesPage::setAccount(core::AdminClient* account)
{
    m_account = account;
    updateButtons();
}

void RulesPage::setCanEdit(bool canEdit)
{
    m_canEdit = canEdit;
    m_intro->setText(canEdit ? tr("Rules act on visits as they happen, also while Leadscope is closed: they tag, set "
                                  "a status, assign and notify. What a rule did shows on the company.")
                             : tr("Rules act on visits as they happen: they tag, set a status, assign and notify. "
                                  "What a rule did shows on the company. Managers and admins change rules."));
    m_add->setVisible(canEdit);
    m_pause->setVisible(canEdit);
    m_delete->setVisible(canEdit);
    updateButtons();
}

void RulesPage::updateButtons()
{
    const core::TeamRules::Rule* rule = selected();
    const bool online = m_account != nullptr;
    m_add->setEnabled(online);
    m_open->setEnabled(rule != nullptr);
    m_open->setText(m_canEdit ? tr("&Edit…") : tr("&Open…"));
    m_pause->setEnabled(online && rule);
    m_pause->setText(rule && !rule->enabled ? tr("&Resume") : tr("&Pause"));
    m_delete->setEnabled(online && rule);
}

const core::TeamRules::Rule* RulesPage::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(Name, Qt::UserRole).toInt();
    return index >= 0 && index < m_rules.size() ? &m_rules[index] : nullptr;
}

void RulesPage::reload()
{
    const qint64 since = QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch();
    fetch<Loaded>(
        [since](core::Cache& cache, QString* error) {
            Loaded loaded;
            core::TeamRules::all(cache, &loaded.rules, error) &&
                core::TeamRules::firingCounts(cache, since, &loaded.acted, error) &&
                core::Team::members(cache, true, &loaded.team, error);
            return loaded;
        },
        [this](Loaded fresh) {
            const QString current = selected() ? selected()->id : QString();
            m_rules = fresh.rules;
            m_team = fresh.team;
            const auto nameOf = [this](const QString& id) {
                for (const core::Team::Member& member : std::as_const(m_team)) {
                    if (member.id == id)
                        return member.displayName();
                }
                return tr("a colleague");
            };
            m_list->clear();
            for (int i = 0; i < m_rules.size(); ++i) {
                const core::TeamRules::Rule& rule = m_rules[i];
                auto* item = new QTreeWidgetItem(m_list);
                item->setData(Name, Qt::UserRole, i);
                item->setText(Name, rule.name);
                const QString when = core::LeadReport::describe(
                    rule.filter, rule.filter.assignee.isEmpty() ? QString() : nameOf(rule.filter.assignee));
                item->setText(When, when);
                item->setToolTip(When, when);
                QStringList then;
                if (!rule.actions.addTags.isEmpty())
                    then << tr("tag %1").arg(rule.actions.addTags.join(QStringLiteral(", ")));
                if (!rule.actions.status.isEmpty())
                    then << tr("status %1").arg(core::LeadStatus::label(rule.actions.status));
                QStringList names;
                for (const QString& id : rule.actions.assignTo)
                    names << nameOf(id);
                if (names.size() == 1)
                    then << tr("assign to %1").arg(names.first());
                else if (!names.isEmpty())
                    then << tr("assign in turn to %1").arg(names.join(QStringLiteral(", ")));
                names.clear();
                for (const QString& id : rule.actions.notify)
                    names << nameOf(id);
                if (!names.isEmpty())
                    then << tr("notify %1").arg(names.join(QStringLiteral(", ")));
                item->setText(Then, then.join(QStringLiteral("; ")));
                item->setToolTip(Then, item->text(Then));
                item->setText(Acted, tr("%Ln time(s)", nullptr, int(fresh.acted.value(rule.id))));
                item->setTextAlignment(Acted, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(State, rule.enabled ? tr("On") : tr("Paused"));
                if (!rule.enabled)
                    item->setForeground(State, palette().brush(QPalette::PlaceholderText));
                if (rule.id == current)
                    m_list->setCurrentItem(item);
            }
            m_empty->setText(m_canEdit ? tr("No rules yet. A rule can, for example, tag every company that looks "
                                            "at your prices and give it to a colleague: choose New rule.")
                                       : tr("No rules yet. Managers and admins can add them."));
            m_list->setVisible(!m_rules.isEmpty());
            m_empty->setVisible(m_rules.isEmpty());
            updateButtons();
            Q_EMIT loaded();
        });
}

RuleEditor* RulesPage::newRule()
{
    if (!m_canEdit)
        return nullptr;
    return openEditor({});
}

RuleEditor* RulesPage::openSelected()
{
    const core::TeamRules::Rule* rule = selected();
    return rule ? openEditor(*rule) : nullptr;
}

RuleEditor* RulesPage::openEditor(const core::TeamRules::Rule& rule)
{
    auto* editor = new RuleEditor(m_store, rule, m_team, m_canEdit && m_account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = rule.id;
    connect(editor, &RuleEditor::saveRequested, this, [this, editor, id](const QJsonObject& json) {
        if (!m_account) {
            editor->showProblem(tr("Not signed in: rules are kept on the server."));
            return;
        }
        const auto done = [this, editor = QPointer<RuleEditor>(editor)](const core::ApiFailure& failure) {
            if (failure.isError()) {
                if (editor)
                    editor->showProblem(failure.message);
                return;
            }
            if (editor)
                editor->accept();
            Q_EMIT edited();
        };
        if (id.isEmpty())
            m_account->addRule(this, json, done);
        else
            m_account->changeRule(this, id, json, done);
    });
    editor->open();
    return editor;
}

void RulesPage::setEnabled(const core::TeamRules::Rule& rule, bool on)
{
    if (!m_account)
        return;
    m_account->changeRule(this, rule.id, {{QStringLiteral("enabled"), on}}, [this](const core::ApiFailure& failure) {
        if (failure.isError())
            m_error->showMessage(failure.message);
        else
            Q_EMIT edited();
    });
}

void RulesPage::remove(const core::TeamRules::Rule& rule)
{
    if (!m_account)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete rule"),
                    tr("Delete the rule “%1”? What it already did (tags, assignments, its notes on companies) "
                       "stays.")
                        .arg(rule.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("ruleDeleteQuestion"));
    ask.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_account->removeRule(this, rule.id, [this](const core::ApiFailure& failure) {
        if (failure.isError())
            m_error->showMessage(failure.message);
        else
            Q_EMIT edited();
    });
}

} // namespace leadscope::ui
