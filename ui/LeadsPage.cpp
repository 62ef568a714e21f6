#include "LeadsPage.h"

#include "Accessibility.h"

#include "ErrorBanner.h"
#include "LeadTriage.h"
#include "LeadsModel.h"
#include "ScoreBar.h"
#include "StaticTextDelegate.h"

#include "core/cache/Cache.h"
#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"
#include "core/query/Team.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace leadscope::ui {

namespace {

struct Facets
{
    QStringList websites, industries, cities, sizes, tags, assignees;
    QHash<QString, QString> names; // assignee id → the colleague's name
};

// A combo whose first entry means "any"; each value in the item's data, shown
// as its label (an assignee's name, not the id); keeps the current choice
// across reloads.
void fill(QComboBox* combo, const QString& any, const QStringList& values, const QHash<QString, QString>& labels = {})
{
    // The same choices as before (the facets are reloaded with every change a sync stores, a few
    // thousand cities on a real cache): nothing to rebuild.
    if (combo->count() >= values.size() + 1 && combo->itemText(0) == any) {
        bool same = true;
        for (qsizetype i = 0; same && i < values.size(); ++i) {
            const int row = int(i) + 1;
            same = combo->itemData(row).toString() == values[i] &&
                   combo->itemText(row) == labels.value(values[i], values[i]);
        }
        // Beyond them at most the current choice, kept though no longer among them.
        const int extra = combo->count() - int(values.size()) - 1;
        if (same && (extra == 0 || (extra == 1 && combo->currentIndex() == combo->count() - 1)))
            return;
    }
    const QString current = combo->currentIndex() > 0 ? combo->currentData().toString() : QString();
    const QString currentLabel = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    // In one insertion: item by item, a few thousand cities took the window ~4× as long (each a
    // signal through the combo and its list). The combos here keep QComboBox's own model.
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    Q_ASSERT(model);
    QList<QStandardItem*> items;
    items.reserve(values.size() + 1);
    const auto add = [&items](const QString& label, const QString& value) {
        auto* item = new QStandardItem(label);
        item->setData(value, Qt::UserRole); // QComboBox::itemData's role
        items.append(item);
    };
    add(any, QString());
    for (const QString& value : values)
        add(labels.value(value, value), value);
    model->invisibleRootItem()->appendRows(items);
    const int at = current.isEmpty() ? 0 : combo->findData(current);
    if (at < 0 && !current.isEmpty()) {
        combo->addItem(currentLabel, current);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(std::max(0, at));
    }
}

QString chosen(const QComboBox* combo)
{
    return combo->currentIndex() > 0 ? combo->currentData().toString() : QString();
}

void choose(QComboBox* combo, const QString& value)
{
    if (value.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    int at = combo->findData(value);
    if (at < 0) {
        combo->addItem(value, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

// Enter opens the selected company.
class LeadsTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> activate;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            activate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

LeadsPage::LeadsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new LeadsModel(this))
    , m_view(new LeadsTable(this))
    , m_body(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_debounce(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_website(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_city(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_minVisits(new QSpinBox(this))
    , m_page(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_match(new QComboBox(this))
    , m_unseen(new QCheckBox(tr("Unseen &only"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_filters(new QGridLayout)
    , m_actions(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_triage(new LeadTriage(m_view, m_model))
    , m_markAllSeen(new QPushButton(tr("&Mark all as seen"), this))
{
    setObjectName(QStringLiteral("leadsPage"));
    setUpTable();
    setUpFilters();
    layOut();
    connectFilters();
    restoreState();
    showLoaded();
}

void LeadsPage::setUpTable()
{
    m_view->setObjectName(QStringLiteral("leadsTable"));
    m_view->setAccessibleName(tr("Leads"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // a selection can be exported
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(LeadsModel::LastVisit, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    // Until the user sizes a column, the columns share the list's width (fitColumns).
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_columnsSized = true;
    });
    // Text laid out once per cell, not again with every repaint (a sync repaints the list every second).
    m_view->setItemDelegate(new StaticTextDelegate(m_view));
    m_view->setItemDelegateForColumn(LeadsModel::Score, new ScoreBar(m_view)); // cold → hot, with the number
    static_cast<LeadsTable*>(m_view)->activate = [this] {
        const QString id = m_model->companyId(m_view->currentIndex().row());
        if (!id.isEmpty())
            Q_EMIT openCompany(id);
    };
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = m_model->companyId(index.row());
        if (!id.isEmpty())
            Q_EMIT openCompany(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentCompanyChanged(m_model->companyId(current.row())); });
    // The same list reloaded (an edit, a sync) is applied as changes: the view's current row and
    // selection follow their companies (LeadsModel::replaceRows). When the company you were on
    // left the list, the one that took its place becomes current.
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_placeRow = m_view->currentIndex().row(); });
    connect(m_model, &LeadsModel::loaded, this, [this] {
        const int row = std::exchange(m_placeRow, -1);
        if (row < 0 || m_view->currentIndex().isValid() || m_model->rowCount() == 0)
            return;
        const QModelIndex next = m_model->index(std::min(row, m_model->rowCount() - 1), 0);
        if (m_view->selectionModel()->hasSelection()) // the others chosen stay chosen
            m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::NoUpdate);
        else
            m_view->setCurrentIndex(next);
    });
    connect(m_triage, &LeadTriage::edited, this, &LeadsPage::edited);
    connect(m_triage, &LeadTriage::seenChanged, this, &LeadsPage::seenChanged);
    connect(m_triage, &LeadTriage::exportRequested, this,
            [this](const QStringList& ids) { Q_EMIT exportRequested(filter(), ids); });
}

QString LeadsPage::currentCompany() const
{
    return m_model->companyId(m_view->currentIndex().row());
}

void LeadsPage::setUpFilters()
{
    m_search->setObjectName(QStringLiteral("leadsSearch"));
    m_search->setPlaceholderText(tr("Search company, city or website"));
    m_search->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_search, tr("Clear the search"));
    m_search->setAccessibleName(tr("Search leads"));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setAccessibleName(tr("Last visit"));
    const auto named = [](QWidget* w, const char* object, const QString& accessible) {
        w->setObjectName(QLatin1String(object));
        w->setAccessibleName(accessible);
    };
    named(m_website, "websiteFilter", tr("Website"));
    named(m_industry, "industryFilter", tr("Industry"));
    named(m_city, "cityFilter", tr("City"));
    named(m_size, "sizeFilter", tr("Employees"));
    named(m_minVisits, "minVisitsFilter", tr("Minimum visits"));
    named(m_page, "pageFilter", tr("Visited page contains"));
    named(m_status, "statusFilter", tr("Status"));
    named(m_tag, "tagFilter", tr("Tag"));
    named(m_assignee, "assigneeFilter", tr("Assignee"));
    named(m_match, "matchFilter", tr("Match"));
    m_match->addItem(tr("Any match"), QString());
    m_match->addItem(tr("Medium or high match"), QStringLiteral("medium"));
    m_match->addItem(tr("High match only"), QStringLiteral("high"));
    m_match->setToolTip(tr("How surely the visits were tied to the company: a small network registered to it is "
                           "a high match, a large or loosely linked one low"));
    m_unseen->setObjectName(QStringLiteral("unseenFilter"));
    m_minVisits->setRange(0, 1000);
    m_minVisits->setSpecialValueText(tr("Any visits"));
    m_minVisits->setPrefix(tr("≥ "));
    m_page->setPlaceholderText(tr("Visited page, e.g. /pricing"));
    m_page->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_page, tr("Clear the visited page"));
    fill(m_website, tr("All websites"), {});
    fill(m_industry, tr("All industries"), {});
    fill(m_city, tr("All cities"), {});
    fill(m_size, tr("Any size"), {});
    fill(m_tag, tr("Any tag"), {});
    fill(m_assignee, tr("Anyone"), {});
    m_status->addItem(tr("Any status"), QString());
    for (const QString& status : core::LeadStatus::keys())
        m_status->addItem(core::LeadStatus::label(status), status);
    for (QComboBox* combo : {m_website, m_industry, m_city, m_size, m_tag, m_assignee}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
}

void LeadsPage::layOut()
{
    auto* clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    auto* save = new QPushButton(tr("Sav&e as segment…"), this);
    save->setObjectName(QStringLiteral("saveSegment"));
    m_count->setObjectName(QStringLiteral("leadsCount"));

    // Combo boxes give up width rather than widen the window to their longest entry.
    for (QComboBox* combo : {m_period, m_website, m_industry, m_city, m_size, m_status, m_tag, m_assignee}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    // The count and the buttons: one row on a wide list, two on a narrow one (arrangeFilters).
    auto* state = new QHBoxLayout;
    state->addWidget(m_unseen);
    state->addWidget(m_match);
    state->addStretch(1);
    state->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_markAllSeen);
    buttons->addWidget(clear);
    buttons->addWidget(save);
    buttons->addWidget(m_export);
    m_actions->addLayout(state, 1);
    m_actions->addLayout(buttons);
    m_export->setObjectName(QStringLiteral("exportLeads"));
    m_export->setToolTip(tr("Export the list, or the selected companies, as CSV, Excel or a PDF report"));

    m_empty->setObjectName(QStringLiteral("leadsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(fontMetrics().height() * 2);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addLayout(m_actions);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);
    // As narrow as three filters to a row allow: the window's minimum width
    // must not be that of the six-to-a-row arrangement a wide window uses.
    // Measured with every button there (Export is for managers) and a long count.
    m_export->setVisible(true);
    m_count->setText(tr("%Ln compan(y/ies)", nullptr, 999'999));
    arrangeFilters(3);
    setMinimumWidth(layout->minimumSize().width());
    arrangeFilters(6);
    m_export->setVisible(false);
    m_count->clear();
    m_markAllSeen->setObjectName(QStringLiteral("markAllSeen"));
    m_markAllSeen->setToolTip(tr("Every company in this list stops showing as new"));
    connect(m_markAllSeen, &QPushButton::clicked, m_triage, &LeadTriage::markAllSeen);
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT saveSegmentRequested(filter()); });
}

void LeadsPage::arrangeFilters(int columns)
{
    if (m_filterColumns == columns)
        return;
    m_filterColumns = columns;
    for (int column = 0; column < 6; ++column)
        m_filters->setColumnStretch(column, 0);
    // In reading order; the search box takes two cells.
    const QList<QWidget*> order{m_search,    m_period, m_website, m_industry, m_city,    m_size,
                                m_minVisits, m_page,   m_status,  m_tag,      m_assignee};
    for (QWidget* widget : order)
        m_filters->removeWidget(widget);
    int cell = 0;
    for (QWidget* widget : order) {
        const int span = widget == m_search ? 2 : 1;
        if (cell % columns + span > columns)
            cell += columns - cell % columns;
        m_filters->addWidget(widget, cell / columns, cell % columns, 1, span);
        cell += span;
    }
    for (int column = 0; column < columns; ++column)
        m_filters->setColumnStretch(column, 1);
    m_actions->setDirection(columns < 6 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void LeadsPage::resizeEvent(QResizeEvent* event)
{
    // Six filters to a row on a wide window, three on a narrow one (a laptop at 200 %).
    arrangeFilters(width() >= fontMetrics().averageCharWidth() * 120 ? 6 : 3);
    QWidget::resizeEvent(event);
    fitColumns();
    // A new list's first page is what fits (and a little more): fewer rows to
    // read and score before the list shows. The page's height bounds the table's.
    m_model->setFirstPageSize(height() / std::max(1, m_view->verticalHeader()->defaultSectionSize()) + 5);
}

void LeadsPage::fitColumns()
{
    if (m_columnsSized)
        return;
    // Every column in sight on a 1440-pixel screen, none narrower than its
    // heading with the sort arrow; text columns share what is left.
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_body->width() - 2 * m_view->frameWidth() -
                          m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    struct Share
    {
        int column;
        int percent; // of the width left after the figures; 0: as wide as its heading
    };
    const Share shares[] = {{LeadsModel::Company, 25},   {LeadsModel::Industry, 17}, {LeadsModel::City, 11},
                            {LeadsModel::Size, 0},       {LeadsModel::Visits, 0},    {LeadsModel::Pageviews, 0},
                            {LeadsModel::LastVisit, 15}, {LeadsModel::Score, 0},     {LeadsModel::Status, 9},
                            {LeadsModel::Assignee, 13},  {LeadsModel::Tags, 10},     {LeadsModel::Match, 0}};
    int fixed = 0;
    for (const Share& share : shares) {
        if (share.percent == 0)
            fixed += header->sectionSizeHint(share.column);
    }
    const int rest = std::max(0, available - fixed);
    m_fitting = true;
    for (const Share& share : shares) {
        const int hint = header->sectionSizeHint(share.column);
        m_view->setColumnWidth(share.column, share.percent == 0 ? hint : std::max(hint, rest * share.percent / 100));
    }
    m_fitting = false;
}

void LeadsPage::connectFilters()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &LeadsPage::applyFilters);
    const auto later = [this] {
        if (!m_applying)
            m_debounce->start();
    };
    const auto now = [this] {
        if (!m_applying)
            applyFilters();
    };
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_page, &QLineEdit::textChanged, this, later);
    connect(m_minVisits, &QSpinBox::valueChanged, this, later);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, now] {
        m_from = m_to = 0;
        now();
    });
    for (QComboBox* combo : {m_website, m_industry, m_city, m_size, m_status, m_tag, m_assignee, m_match})
        connect(combo, &QComboBox::currentIndexChanged, this, now);
    connect(m_unseen, &QCheckBox::toggled, this, now);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(filter(), selectedIds()); });
    connect(m_model, &LeadsModel::loaded, this, &LeadsPage::showLoaded);
    connect(m_model, &LeadsModel::totalChanged, this, &LeadsPage::showLoaded);
    connect(m_model, &LeadsModel::failed, this, [this](const QString& message) {
        m_error->showMessage(message);
        m_empty->clear(); // the banner says what is wrong
        m_body->setCurrentWidget(m_empty);
    });
    connect(m_error, &ErrorBanner::retryRequested, m_model, &LeadsModel::refresh);
}

void LeadsPage::setCanExport(bool can)
{
    m_export->setVisible(can);
    m_triage->setCanExport(can);
}

QStringList LeadsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->companyId(index.row());
    ids.removeAll(QString());
    return ids;
}

void LeadsPage::setStore(core::DataStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &core::DataStore::changed, this, [this] {
            m_model->refresh();
            loadFacets();
        });
    }
    m_model->setStore(store);
    m_triage->setStore(store);
    loadFacets();
}

void LeadsPage::loadFacets()
{
    if (!m_store)
        return;
    m_store->run<Facets>(
        this,
        [](core::Cache& cache, QString* error) {
            Facets f;
            core::LeadsQuery q(cache);
            using Facet = core::LeadsQuery::Facet;
            q.values(Facet::Website, &f.websites, error) && q.values(Facet::Industry, &f.industries, error) &&
                q.values(Facet::City, &f.cities, error) && q.values(Facet::SizeBand, &f.sizes, error) &&
                q.values(Facet::Tag, &f.tags, error) && q.values(Facet::Assignee, &f.assignees, error);
            QList<core::Team::Member> team;
            if (error->isEmpty() && core::Team::members(cache, true, &team, error)) {
                for (const core::Team::Member& member : std::as_const(team))
                    f.names.insert(member.id, member.displayName());
            }
            return f;
        },
        [this](Facets f, const QString& error) {
            if (!error.isEmpty())
                return; // the list itself reports cache problems
            m_applying = true;
            fill(m_website, tr("All websites"), f.websites);
            fill(m_industry, tr("All industries"), f.industries);
            fill(m_city, tr("All cities"), f.cities);
            fill(m_size, tr("Any size"), f.sizes);
            fill(m_tag, tr("Any tag"), f.tags);
            fill(m_assignee, tr("Anyone"), f.assignees, f.names);
            m_applying = false;
        });
}

core::LeadsQuery::Filter LeadsPage::filter() const
{
    core::LeadsQuery::Filter f;
    f.search = m_search->text().trimmed();
    f.lastVisitWithinDays = m_period->currentData().toInt();
    f.lastVisitFrom = m_from;
    f.lastVisitTo = m_to;
    f.website = chosen(m_website);
    f.industry = chosen(m_industry);
    f.city = chosen(m_city);
    f.sizeBand = chosen(m_size);
    f.minVisits = m_minVisits->value();
    f.visitedPage = m_page->text().trimmed();
    f.status = m_status->currentData().toString();
    f.tag = chosen(m_tag);
    f.assignee = chosen(m_assignee);
    f.unseenOnly = m_unseen->isChecked();
    f.country = m_rest.country;
    f.sbiPrefix = m_rest.sbiPrefix;
    f.source = m_rest.source;
    f.campaign = m_rest.campaign;
    f.ids = m_rest.ids;
    f.onList = m_rest.onList;
    f.visit = m_rest.visit;
    if (const QString match = m_match->currentData().toString(); !match.isEmpty())
        f.visit.confidence = match;
    return f;
}

void LeadsPage::setFilter(const core::LeadsQuery::Filter& f)
{
    m_applying = true;
    m_search->setText(f.search);
    int period = m_period->findData(f.lastVisitWithinDays);
    m_period->setCurrentIndex(std::max(0, period));
    m_from = f.lastVisitFrom;
    m_to = f.lastVisitTo;
    m_rest = {};
    m_rest.country = f.country;
    m_rest.sbiPrefix = f.sbiPrefix;
    m_rest.source = f.source;
    m_rest.campaign = f.campaign;
    m_rest.ids = f.ids;
    m_rest.onList = f.onList;
    m_rest.visit = f.visit;
    // Medium and high have a choice; a segment's "low" stays as it is.
    const int match = m_match->findData(f.visit.confidence);
    m_match->setCurrentIndex(std::max(0, match));
    if (match > 0)
        m_rest.visit.confidence.clear();
    choose(m_website, f.website);
    choose(m_industry, f.industry);
    choose(m_city, f.city);
    choose(m_size, f.sizeBand);
    m_minVisits->setValue(f.minVisits);
    m_page->setText(f.visitedPage);
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.status)));
    choose(m_tag, f.tag);
    choose(m_assignee, f.assignee);
    m_unseen->setChecked(f.unseenOnly);
    m_applying = false;
    applyFilters();
}

void LeadsPage::applyFilters()
{
    m_debounce->stop();
    const core::LeadsQuery::Filter f = filter();
    if (f != m_model->filter())
        m_model->setFilter(f);
}

void LeadsPage::setNoStoreText(const QString& text)
{
    m_noStoreText = text;
    if (!m_store)
        showLoaded();
}

void LeadsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadsPage::showLoaded()
{
    const qint64 total = m_model->total();
    m_count->setText(total > 0   ? tr("%Ln compan(y/ies)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                     : total < 0 ? tr("Counting…")
                                 : QString());
    // What no control shows is said beside the count (Clear filters drops it).
    const QString rest = m_rest.isEmpty() ? QString() : core::LeadReport::describe(m_rest);
    if (!rest.isEmpty() && !m_count->text().isEmpty())
        m_count->setText(tr("%1 · %2").arg(m_count->text(), rest));
    m_count->setToolTip(rest);
    if (m_model->rowCount() > 0) {
        m_body->setCurrentWidget(m_view);
        return;
    }
    core::LeadsQuery::Filter searched;
    searched.search = m_model->filter().search;
    const bool searchOnly = !searched.search.isEmpty() && m_model->filter() == searched;
    if (!m_store)
        m_empty->setText(m_noStoreText.isEmpty() ? tr("Sign in to see which companies visited your websites.")
                                                 : m_noStoreText);
    else if (searchOnly)
        m_empty->setText(tr("No company matches “%1”. The search looks at company names, trade names, cities and "
                            "websites of every company that visited.")
                             .arg(m_model->filter().search));
    else if (!m_model->filter().isEmpty())
        m_empty->setText(tr("No company matches these filters. Change them, or clear the filters to see every "
                            "lead."));
    else
        m_empty->setText(tr("No visits yet. Companies appear here as soon as they visit a website with the "
                            "Leadscope tracker — the first sync may take a moment. If nothing arrives, an admin may "
                            "still have to accept the Data Processing Agreement."));
    m_body->setCurrentWidget(m_empty);
}

void LeadsPage::saveState() const
{
    QSettings().setValue(QStringLiteral("leads/header"), m_view->horizontalHeader()->saveState());
    QSettings().setValue(QStringLiteral("leads/columnsSized"), m_columnsSized);
}

void LeadsPage::restoreState()
{
    // Columns the user sized stay as they were; otherwise they share the width.
    m_fitting = true;
    m_columnsSized =
        m_view->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("leads/header")).toByteArray()) &&
        QSettings().value(QStringLiteral("leads/columnsSized")).toBool();
    m_fitting = false;
}

} // namespace leadscope::ui
