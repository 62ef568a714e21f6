#include "RuleEditor.h"

#include "Appearance.h"

#include "core/export/LeadReport.h"
#include "core/query/CompanyQuery.h"
#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"
#include "core/query/LeadsQuery.h"
#include "core/query/TargetLists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leadscope::ui {

namespace {

constexpr int kTestDays = 30;
constexpr int kCompaniesShown = 50;

// "Any" first, then the values; an editable combo keeps what is typed.
QComboBox* choice(QWidget* parent, const char* name, bool editable)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setEditable(editable);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    combo->addItem(RuleEditor::tr("Any"), QString());
    return combo;
}

QString valueOf(const QComboBox* combo)
{
    if (combo->isEditable()) {
        QString typed = combo->currentText().trimmed();
        const int index = combo->findText(typed);
        if (index >= 0)
            return combo->itemData(index).toString();
        return typed;
    }
    return combo->currentData().toString();
}

void select(QComboBox* combo, const QString& value)
{
    if (value.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QSpinBox* atLeast(QWidget* parent, const char* name, int most, const QString& suffix)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, most);
    spin->setSpecialValueText(RuleEditor::tr("Any"));
    spin->setSuffix(suffix);
    return spin;
}

QListWidget* people(QWidget* parent, const char* name, const QList<core::Team::Member>& team,
                    const QStringList& checked)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    for (const core::Team::Member& member : team) {
        if (member.disabled && !checked.contains(member.id))
            continue;
        auto* item = new QListWidgetItem(member.displayName(), list);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(member.id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(list->fontMetrics().height() * 5 + 8);
    return list;
}

QStringList checkedIn(const QListWidget* list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

struct Trial
{
    qint64 firings = 0;
    qint64 visits = 0;
    QList<std::pair<QString, qint64>> companies; // name, firings; most first
    qint64 companyCount = 0;
};

struct Choices
{
    QStringList cities, industries, sizes, websites, tags;
    QList<core::TargetLists::List> lists;
};

} // namespace

RuleEditor::RuleEditor(core::DataStore* store, const core::TeamRules::Rule& rule, const QList<core::Team::Member>& team,
                       bool canEdit, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_team(team)
    , m_canEdit(canEdit)
    , m_id(rule.id)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("On: the rule acts on new visits"), this))
    , m_result(new QLabel(this))
    , m_companies(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(rule.id.isEmpty() ? tr("New rule") : canEdit ? tr("Edit rule") : tr("Rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. Pricing visitors"));
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_name);
    nameForm->addRow(QString(), m_enabled);
    column->addLayout(nameForm);
    column->addWidget(buildVisit());
    column->addWidget(buildCompany());
    column->addWidget(buildActions());

    auto* testBox = new QGroupBox(tr("Test on the last %n day(s)", nullptr, kTestDays), content);
    auto* testLayout = new QVBoxLayout(testBox);
    auto* testButton = new QPushButton(tr("&Test"), testBox);
    testButton->setObjectName(QStringLiteral("ruleTest"));
    m_result->setObjectName(QStringLiteral("ruleTestResult"));
    m_result->setWordWrap(true);
    m_result->setText(tr("See how often this rule would have acted, and on which companies, before you save it."));
    m_companies->setObjectName(QStringLiteral("ruleTestCompanies"));
    m_companies->setAccessibleName(tr("Companies it would have acted on"));
    m_companies->setMaximumHeight(m_companies->fontMetrics().height() * 6 + 8);
    m_companies->hide();
    testLayout->addWidget(testButton, 0, Qt::AlignLeft);
    testLayout->addWidget(m_result);
    testLayout->addWidget(m_companies);
    column->addWidget(testBox);
    column->addStretch(1);
    connect(testButton, &QPushButton::clicked, this, [this] { test(); });

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setWordWrap(true);
    Appearance::showAsError(m_problem); // the one style of errors in dialogs (BrightText alone read white)
    if (canEdit) {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleEditor::save);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        m_problem->setText(tr("Managers and admins change rules; you see what they do."));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    show(rule);
    if (!canEdit) {
        for (QWidget* field : content->findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(field) || qobject_cast<QComboBox*>(field) || qobject_cast<QSpinBox*>(field) ||
                qobject_cast<QCheckBox*>(field))
                field->setEnabled(false);
        }
        m_assign->setEnabled(false);
        m_notify->setEnabled(false);
    }
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditor::updateSave);
    updateSave();
    loadChoices();
    // Wide enough for the forms, tall enough for most of them; the rest scrolls.
    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, fontMetrics().lineSpacing() * 46);
}

QWidget* RuleEditor::buildVisit()
{
    auto* box = new QGroupBox(tr("When a visit…"), this);
    auto* form = new QFormLayout(box);
    m_page = new QLineEdit(box);
    m_page->setObjectName(QStringLiteral("rulePage"));
    m_page->setPlaceholderText(tr("e.g. /prijzen* — * stands for anything"));
    m_minPages = atLeast(box, "ruleMinPages", 10'000, tr(" pages"));
    m_minMinutes = atLeast(box, "ruleMinMinutes", 24 * 60, tr(" min"));
    m_source = choice(box, "ruleSource", false);
    for (const char* key : {"search", "social", "campaign", "referral", "direct"})
        m_source->addItem(core::LeadReport::sourceLabel(QLatin1String(key)), QLatin1String(key));
    m_campaign = new QLineEdit(box);
    m_campaign->setObjectName(QStringLiteral("ruleCampaign"));
    m_campaign->setPlaceholderText(tr("Any"));
    m_history = new QComboBox(box);
    m_history->setObjectName(QStringLiteral("ruleHistory"));
    m_history->setAccessibleName(tr("Which visit"));
    m_history->addItem(tr("Any visit"));
    m_history->addItem(tr("The company's first visit"));
    m_history->addItem(tr("A return within…"));
    m_withinDays = new QSpinBox(box);
    m_withinDays->setObjectName(QStringLiteral("ruleWithinDays"));
    m_withinDays->setAccessibleName(tr("Back within"));
    m_withinDays->setRange(1, 3650);
    m_withinDays->setValue(7);
    m_withinDays->setSuffix(tr(" days"));
    m_withinDays->setEnabled(false);
    connect(m_history, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_withinDays->setEnabled(m_canEdit && index == 2); });
    auto* historyRow = new QHBoxLayout;
    historyRow->addWidget(m_history, 1);
    historyRow->addWidget(m_withinDays);
    m_match = new QComboBox(box);
    m_match->setObjectName(QStringLiteral("ruleMatch"));
    m_match->addItem(tr("Medium or high confidence"), QString());
    m_match->addItem(tr("Any confidence, low too"), QStringLiteral("low"));
    m_match->addItem(tr("High confidence only"), QStringLiteral("high"));
    m_match->setToolTip(tr("How surely the visit was tied to its company. Rules leave low-confidence matches (large "
                           "or loosely linked networks) alone unless you choose otherwise."));
    form->addRow(tr("views a &page like:"), m_page);
    form->addRow(tr("has at &least:"), m_minPages);
    form->addRow(tr("lasts at least:"), m_minMinutes);
    form->addRow(tr("comes &via:"), m_source);
    form->addRow(tr("with &campaign:"), m_campaign);
    form->addRow(tr("and is:"), historyRow);
    form->addRow(tr("is &matched with:"), m_match);
    return box;
}

QWidget* RuleEditor::buildCompany()
{
    auto* box = new QGroupBox(tr("…by a company"), this);
    auto* form = new QFormLayout(box);
    m_industry = choice(box, "ruleIndustry", false);
    m_sbi = new QLineEdit(box);
    m_sbi->setObjectName(QStringLiteral("ruleSbi"));
    m_sbi->setPlaceholderText(tr("e.g. 62 for IT services"));
    m_sbi->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_sbi));
    m_size = choice(box, "ruleSize", false);
    m_city = choice(box, "ruleCity", true);
    m_country = new QLineEdit(box);
    m_country->setObjectName(QStringLiteral("ruleCountry"));
    m_country->setPlaceholderText(tr("e.g. NL"));
    m_country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_website = choice(box, "ruleWebsite", false);
    m_status = choice(box, "ruleStatus", false);
    for (const QString& key : core::LeadStatus::keys())
        m_status->addItem(core::LeadStatus::label(key), key);
    m_tag = choice(box, "ruleTag", true);
    m_onList = choice(box, "ruleOnList", false);
    form->addRow(tr("in the &industry:"), m_industry);
    form->addRow(tr("with an SBI code starting:"), m_sbi);
    form->addRow(tr("with &employees:"), m_size);
    form->addRow(tr("in the cit&y:"), m_city);
    form->addRow(tr("in the country:"), m_country);
    form->addRow(tr("on our &website:"), m_website);
    form->addRow(tr("with the stat&us:"), m_status);
    form->addRow(tr("ta&gged:"), m_tag);
    form->addRow(tr("on the target list:"), m_onList);
    return box;
}

QWidget* RuleEditor::buildActions()
{
    auto* box = new QGroupBox(tr("Then"), this);
    auto* form = new QFormLayout(box);
    m_addTags = new QLineEdit(box);
    m_addTags->setObjectName(QStringLiteral("ruleAddTags"));
    m_addTags->setPlaceholderText(tr("e.g. pricing, hot — separated by commas"));
    m_setStatus = new QComboBox(box);
    m_setStatus->setObjectName(QStringLiteral("ruleSetStatus"));
    m_setStatus->addItem(tr("Leave it"), QString());
    for (const QString& key : core::LeadStatus::keys())
        m_setStatus->addItem(core::LeadStatus::label(key), key);
    m_assign = people(box, "ruleAssign", m_team, {});
    m_assign->setAccessibleName(tr("Assign to"));
    m_notify = people(box, "ruleNotify", m_team, {});
    m_notify->setAccessibleName(tr("Notify"));
    auto* assignHint = new QLabel(tr("Only a company nobody has yet; several colleagues take turns."), box);
    assignHint->setWordWrap(true);
    assignHint->setForegroundRole(QPalette::PlaceholderText);
    auto* assignColumn = new QVBoxLayout;
    assignColumn->addWidget(m_assign);
    assignColumn->addWidget(assignHint);
    form->addRow(tr("&add tags:"), m_addTags);
    form->addRow(tr("c&hange the status to:"), m_setStatus);
    form->addRow(tr("assign to:"), assignColumn);
    form->addRow(tr("n&otify:"), m_notify);
    for (QListWidget* list : {m_assign, m_notify})
        connect(list, &QListWidget::itemChanged, this, &RuleEditor::updateSave);
    connect(m_addTags, &QLineEdit::textChanged, this, &RuleEditor::updateSave);
    connect(m_setStatus, &QComboBox::currentIndexChanged, this, &RuleEditor::updateSave);
    return box;
}

void RuleEditor::loadChoices()
{
    if (!m_store)
        return;
    m_store->run<Choices>(
        this,
        [](core::Cache& cache, QString* error) {
            Choices choices;
            core::LeadsQuery query(cache);
            using Facet = core::LeadsQuery::Facet;
            query.values(Facet::City, &choices.cities, error) &&
                query.values(Facet::Industry, &choices.industries, error) &&
                query.values(Facet::SizeBand, &choices.sizes, error) &&
                query.values(Facet::Website, &choices.websites, error) &&
                query.values(Facet::Tag, &choices.tags, error) &&
                core::TargetLists::names(cache, &choices.lists, error);
            return choices;
        },
        [this](Choices choices, const QString&) {
            const auto fill = [](QComboBox* combo, const QStringList& values) {
                const QString chosen = valueOf(combo);
                const QSignalBlocker block(combo);
                while (combo->count() > 1)
                    combo->removeItem(1);
                for (const QString& value : values)
                    combo->addItem(value, value);
                select(combo, chosen);
            };
            fill(m_city, choices.cities);
            fill(m_industry, choices.industries);
            fill(m_size, choices.sizes);
            fill(m_website, choices.websites);
            fill(m_tag, choices.tags);
            const QString list = m_onList->currentData().toString();
            const QSignalBlocker block(m_onList);
            while (m_onList->count() > 1)
                m_onList->removeItem(1);
            for (const core::TargetLists::List& l : std::as_const(choices.lists))
                m_onList->addItem(l.name, l.id);
            select(m_onList, list.isEmpty() ? m_pendingList : list);
            m_pendingList.clear(); // the combo says it from now on
        });
}

void RuleEditor::show(const core::TeamRules::Rule& rule)
{
    const protocol::LeadFilter& f = rule.filter;
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.id.isEmpty() || rule.enabled);
    m_page->setText(f.visit.page);
    m_minPages->setValue(f.visit.minPages);
    m_minMinutes->setValue(f.visit.minMinutes);
    select(m_source, f.visit.source);
    m_campaign->setText(f.visit.campaign);
    m_history->setCurrentIndex(f.visit.first ? 1 : f.visit.returningWithinDays > 0 ? 2 : 0);
    if (f.visit.returningWithinDays > 0)
        m_withinDays->setValue(f.visit.returningWithinDays);
    m_match->setCurrentIndex(
        std::max(0, m_match->findData(f.visit.confidence == QLatin1String("medium") ? QString() : f.visit.confidence)));
    select(m_industry, f.industry);
    m_sbi->setText(f.sbiPrefix);
    select(m_size, f.sizeBand);
    select(m_city, f.city);
    m_country->setText(f.country);
    select(m_website, f.website);
    select(m_status, f.status);
    select(m_tag, f.tag);
    m_pendingList = f.onList; // named once the lists are read (loadChoices)
    m_addTags->setText(rule.actions.addTags.join(QStringLiteral(", ")));
    m_setStatus->setCurrentIndex(std::max(0, m_setStatus->findData(rule.actions.status)));
    for (auto [list, ids] : {std::pair{m_assign, rule.actions.assignTo}, std::pair{m_notify, rule.actions.notify}}) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

core::TeamRules::Rule RuleEditor::rule() const
{
    core::TeamRules::Rule rule;
    rule.id = m_id;
    rule.name = m_name->text().simplified();
    rule.enabled = m_enabled->isChecked();
    protocol::LeadFilter& f = rule.filter;
    f.visit.page = m_page->text().trimmed();
    f.visit.minPages = m_minPages->value();
    f.visit.minMinutes = m_minMinutes->value();
    f.visit.source = valueOf(m_source);
    f.visit.campaign = m_campaign->text().trimmed();
    f.visit.first = m_history->currentIndex() == 1;
    f.visit.returningWithinDays = m_history->currentIndex() == 2 ? m_withinDays->value() : 0;
    f.visit.confidence = m_match->currentData().toString();
    f.industry = valueOf(m_industry);
    f.sbiPrefix = m_sbi->text().trimmed();
    f.sizeBand = valueOf(m_size);
    f.city = valueOf(m_city);
    f.country = m_country->text().trimmed().toUpper();
    f.website = valueOf(m_website);
    f.status = valueOf(m_status);
    f.tag = valueOf(m_tag);
    f.onList = m_onList->currentData().toString();
    if (f.onList.isEmpty())
        f.onList = m_pendingList;
    for (const QString& tag : m_addTags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !rule.actions.addTags.contains(clean))
            rule.actions.addTags << clean.left(64);
    }
    rule.actions.status = m_setStatus->currentData().toString();
    rule.actions.assignTo = checkedIn(m_assign);
    rule.actions.notify = checkedIn(m_notify);
    return rule;
}

QJsonObject RuleEditor::toJson() const
{
    const core::TeamRules::Rule r = rule();
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("filter"), r.filter.toJsonObject()},
            {QStringLiteral("actions"), r.actions.toJson()},
            {QStringLiteral("enabled"), r.enabled}};
}

void RuleEditor::updateSave()
{
    if (!m_canEdit)
        return;
    const core::TeamRules::Rule r = rule();
    QString problem;
    if (r.name.isEmpty())
        problem = tr("Give the rule a name.");
    else if (r.actions == core::TeamRules::Actions{})
        problem = tr("Choose what the rule does: add a tag, set a status, assign or notify.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void RuleEditor::showProblem(const QString& message)
{
    m_problem->setText(message);
}

void RuleEditor::test(std::function<void(double)> then)
{
    if (!m_store)
        return;
    const protocol::LeadFilter filter = rule().filter;
    const qint64 from = QDateTime::currentDateTime().addDays(-kTestDays).toMSecsSinceEpoch();
    const quint64 generation = ++m_testGeneration;
    m_result->setText(tr("Testing…"));
    m_store->run<Trial>(
        this,
        [filter, from](core::Cache& cache, QString* error) {
            Trial trial;
            core::LeadsQuery::Trial counted;
            if (!core::LeadsQuery(cache).ruleTrial(filter, from, &counted, error))
                return trial;
            trial.firings = counted.firings;
            trial.visits = counted.visits;
            trial.companyCount = counted.companies.size();
            QHash<QString, qint64> perCompany;
            QStringList order;
            for (const auto& [id, firings] : counted.companies.mid(0, kCompaniesShown)) {
                perCompany.insert(id, firings);
                order << id;
            }
            QList<core::CompanyQuery::Brief> briefs;
            if (core::CompanyQuery(cache).briefs(order.mid(0, kCompaniesShown), &briefs, error)) {
                for (const core::CompanyQuery::Brief& brief : std::as_const(briefs))
                    trial.companies.append({brief.name, perCompany.value(brief.id)});
            }
            return trial;
        },
        [this, generation, then](Trial trial, const QString& error) {
            if (generation != m_testGeneration)
                return;
            if (!error.isEmpty()) {
                m_result->setText(tr("The test could not run: %1").arg(error));
                return;
            }
            const double share = trial.visits > 0 ? double(trial.firings) / double(trial.visits) : 0.0;
            const QLocale locale;
            if (trial.firings == 0) {
                m_result->setText(tr("Would not have acted on any of the %Ln visit(s) of the last %1 days.", nullptr,
                                     int(trial.visits))
                                      .arg(kTestDays));
            } else {
                m_result->setText(tr("Would have acted %Ln time(s)", nullptr, int(trial.firings)) + u' ' +
                                  tr("on %Ln compan(y/ies)", nullptr, int(trial.companyCount)) + u' ' +
                                  tr("— %1 % of the %Ln visit(s) of the last %2 days.", nullptr, int(trial.visits))
                                      .arg(locale.toString(share * 100, 'f', share < 0.1 ? 1 : 0))
                                      .arg(kTestDays));
            }
            m_companies->clear();
            for (const auto& [name, times] : std::as_const(trial.companies))
                m_companies->addItem(times > 1 ? tr("%1 (%Ln times)", nullptr, int(times)).arg(name) : name);
            m_companies->setVisible(!trial.companies.isEmpty());
            if (then)
                then(share);
        });
}

void RuleEditor::save()
{
    // The test first: a rule that would act on most visits is a mistake more often than not.
    test([this](double share) {
        if (share > kBroadShare) {
            const QLocale locale;
            QMessageBox ask(QMessageBox::Warning, tr("Save this rule?"),
                            tr("This rule would have acted on %1 % of all visits of the last %2 days: it would tag, "
                               "assign or notify for nearly every company. Save it anyway?")
                                .arg(locale.toString(share * 100, 'f', 0))
                                .arg(kTestDays),
                            QMessageBox::Save | QMessageBox::Cancel, this);
            ask.setObjectName(QStringLiteral("ruleBroadWarning"));
            ask.setDefaultButton(QMessageBox::Cancel);
            if (ask.exec() != QMessageBox::Save)
                return;
        }
        Q_EMIT saveRequested(toJson());
    });
}

} // namespace leadscope::ui
