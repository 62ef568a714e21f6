#include "LeadsModel.h"

#include "Monogram.h"
#include "RelativeTime.h"

#include "core/cache/Cache.h"
#include "core/query/DataStore.h"
#include "core/query/LeadStatus.h"
#include "core/query/MatchExplanation.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace leadscope::ui {

namespace {

struct Page
{
    QList<core::LeadsQuery::Row> rows;
};

} // namespace

LeadsModel::LeadsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_countLater(new QTimer(this))
{
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(250);
    connect(m_countLater, &QTimer::timeout, this, [this] { countAll(m_generation); });
}

void LeadsModel::setStore(core::DataStore* store)
{
    m_store = store;
    load(true);
}

void LeadsModel::setFilter(const core::LeadsQuery::Filter& filter)
{
    m_filter = filter;
    load(true);
}

void LeadsModel::refresh()
{
    // The same list, its data changed: as many rows as were there, applied
    // as changes (the view keeps its place, current row and selection), and
    // the count it showed until the new one is known.
    load(true, int(m_rows.size()), Count::Recount);
}

const core::LeadsQuery::Row* LeadsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LeadsModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

void LeadsModel::markUnseen(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0 && !m_rows[row].unseen) {
        m_rows[row].unseen = true;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void LeadsModel::load(bool reset, int keepRows, Count count)
{
    const quint64 generation = reset ? ++m_generation : m_generation;
    if (reset)
        m_countLater->stop(); // a count for the previous list would only hold up this one
    if (!m_store) {
        beginResetModel();
        m_rows.clear();
        m_atEnd = true;
        m_loading = false;
        m_total = 0;
        endResetModel();
        Q_EMIT totalChanged(0);
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    std::optional<core::LeadsQuery::Cursor> after;
    if (!reset && !m_rows.isEmpty())
        after = core::LeadsQuery::cursorAfter(m_rows.last());
    if (reset)
        m_now = QDateTime::currentMSecsSinceEpoch(); // one "now" for every page: scores stay put while paging
    const int pageLimit = reset && m_firstPageSize > 0 ? std::min(m_pageSize, m_firstPageSize) : m_pageSize;
    m_store->run<Page>(
        this,
        [filter = m_filter, order = m_order, after, limit = std::max(pageLimit, keepRows),
         now = m_now](core::Cache& cache, QString* error) {
            Page page;
            core::LeadsQuery query(cache);
            query.setNow(now);
            query.page(filter, order, after, limit, &page.rows, error);
            return page;
        },
        [this, generation, reset, count, limit = std::max(pageLimit, keepRows)](Page page, const QString& error) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            m_loading = false;
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                return;
            }
            if (reset) {
                m_atEnd = page.rows.size() < limit;
                if (count == Count::Recount) {
                    replaceRows(std::move(page.rows));
                } else {
                    beginResetModel();
                    m_rows = std::move(page.rows);
                    endResetModel();
                }
                // The rows first; how many match follows (counting can take longer than a page).
                // A list reloaded because its data changed (a sync, every second while it runs)
                // goes on saying the count it had until the new one is known: not "Counting…"
                // and back each time.
                if (!(count == Count::Unchanged && m_total >= 0)) {
                    if (m_atEnd)
                        m_total = m_rows.size();
                    else if (count != Count::Recount)
                        m_total = -1;
                    if (!m_atEnd)
                        m_countLater->start();
                }
                Q_EMIT totalChanged(m_total);
            } else if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
                m_atEnd = page.rows.size() < m_pageSize;
                m_rows.append(std::move(page.rows));
                endInsertRows();
            } else {
                m_atEnd = true;
            }
            Q_EMIT loaded();
        });
}

void LeadsModel::replaceRows(QList<core::LeadsQuery::Row> rows)
{
    const int before = int(m_rows.size());
    const int after = int(rows.size());
    const bool sameOrder = before == after && std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(),
                                                         [](const auto& a, const auto& b) { return a.id == b.id; });
    if (sameOrder) {
        // The same companies in the same places: only the rows whose values
        // changed are repainted (during a sync, most of the screen is not).
        for (int row = 0; row < after;) {
            if (m_rows[row] == rows[row]) {
                ++row;
                continue;
            }
            const int first = row;
            while (row < after && !(m_rows[row] == rows[row])) {
                m_rows[row] = std::move(rows[row]);
                ++row;
            }
            Q_EMIT dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
        }
        return;
    }
    // Companies moved, came or left. The view's current row, its selection
    // and anything else holding a persistent index follow their company to
    // its new place; an index on a company that left the list becomes
    // invalid. Rows added at the end first, rows dropped from the end last:
    // the layout change itself keeps the row count.
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows.append(rows.mid(before)); // placeholders until the layout change places every row
        endInsertRows();
    }
    QHash<QString, int> placeOf;
    placeOf.reserve(after);
    for (int row = 0; row < after; ++row)
        placeOf.insert(rows[row].id, row);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& held : from) {
        const int row = placeOf.value(m_rows[held.row()].id, -1);
        to.append(row < 0 ? QModelIndex() : index(row, held.column()));
    }
    if (after < before)
        rows.append(m_rows.mid(after)); // kept until removed below; nothing points at them now
    m_rows = std::move(rows);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
}

void LeadsModel::markSeen(const QString& id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id && m_rows[row].unseen) {
            m_rows[row].unseen = false;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void LeadsModel::countAll(quint64 generation)
{
    if (!m_store)
        return;
    m_store->run<qint64>(
        this,
        [filter = m_filter](core::Cache& cache, QString* error) {
            qint64 n = -1;
            core::LeadsQuery(cache).count(filter, &n, error);
            return n;
        },
        [this, generation](qint64 n, const QString& error) {
            if (generation != m_generation || !error.isEmpty())
                return;
            m_total = n;
            Q_EMIT totalChanged(n);
        });
}

QString LeadsModel::companyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int LeadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::LeadsQuery::Row& row = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Company:
            return row.name;
        case Industry:
            return row.industry;
        case City:
            return row.city;
        case Size:
            return row.sizeBand;
        case Visits:
            return locale.toString(row.visits);
        case Pageviews:
            return locale.toString(row.pageviews);
        case LastVisit:
            // "3 h ago", "yesterday 14:33": how recent, at a glance; the exact time on hover.
            return RelativeTime::describe(QDateTime::fromMSecsSinceEpoch(row.lastVisit),
                                          QDateTime::fromMSecsSinceEpoch(m_now > 0 ? m_now : row.lastVisit));
        case Score:
            return row.score;
        case Status:
            return core::LeadStatus::label(row.status);
        case Assignee:
            return row.assigneeName;
        case Tags:
            return row.tags.join(QStringLiteral(", "));
        case Match:
            return core::MatchExplanation::confidenceLabel(row.confidence);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Company)
        return Monogram::icon(row.name, row.id);
    if (role == Qt::FontRole && row.unseen) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Visits || index.column() == Pageviews || index.column() == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Match)
        return tr("How surely the visits were tied to this company: the best of its matches. Its profile says "
                  "how each was made.");
    if (role == Qt::ToolTipRole && index.column() == LastVisit)
        return RelativeTime::exact(QDateTime::fromMSecsSinceEpoch(row.lastVisit));
    if (role == Qt::ToolTipRole && index.column() == Score)
        return tr("Lead score %1 of 100:\n%2").arg(row.score).arg(row.scoreReasons.join(u'\n'));
    if (role == Qt::ToolTipRole && index.column() == Company && row.unseen)
        return tr("%1 — visits you have not looked at yet").arg(row.name);
    if (role == Qt::AccessibleTextRole && index.column() == Score)
        return tr("Lead score %1 of 100").arg(row.score);
    if (role == Qt::AccessibleTextRole && index.column() == Company)
        return row.unseen ? tr("%1, new visits").arg(row.name) : row.name;
    if (role == IdRole)
        return row.id;
    return {};
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // A first click sorts the natural way: names A–Z, figures biggest first.
        if (const auto by = sortOf(section))
            return int(core::LeadsQuery::naturalOrder(*by));
        return {};
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Visits)
        return tr("Visits within the period the list is filtered to; all visits when it is not.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Company");
    case Industry:
        return tr("Industry");
    case City:
        return tr("City");
    case Size:
        return tr("Employees");
    case Visits:
        return tr("Visits");
    case Pageviews:
        return tr("Page views");
    case LastVisit:
        return tr("Last visit");
    case Score:
        return tr("Score");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Tags:
        return tr("Tags");
    case Match:
        return tr("Match");
    }
    return {};
}

bool LeadsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void LeadsModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        load(false);
}

std::optional<core::LeadsQuery::Sort> LeadsModel::sortOf(int column)
{
    using Sort = core::LeadsQuery::Sort;
    switch (column) {
    case Company:
        return Sort::Name;
    case Industry:
        return Sort::Industry;
    case City:
        return Sort::City;
    case Size:
        return Sort::Size;
    case Visits:
        return Sort::Visits;
    case Pageviews:
        return Sort::Pageviews;
    case LastVisit:
        return Sort::LastVisit;
    case Score:
        return Sort::Score;
    case Status:
        return Sort::Status;
    case Assignee:
        return Sort::Assignee;
    case Tags:
        return Sort::Tags;
    case Match:
        return Sort::Match;
    }
    return std::nullopt;
}

void LeadsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<core::LeadsQuery::Sort> by = sortOf(column);
    if (!by)
        return;
    const core::LeadsQuery::Order next(*by, order);
    if (next == m_order)
        return;
    m_order = next;
    // From the top, one page: the rows loaded for the old order say nothing
    // about how far to read in the new one. The same companies: the count stands.
    load(true, 0, Count::Unchanged);
}

} // namespace leadscope::ui
