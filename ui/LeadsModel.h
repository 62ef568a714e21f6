#pragma once

#include "core/query/LeadsQuery.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

class QTimer;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

// The leads list as a table model that pages through the cache: the first
// page on a new filter or sort, the next one when the view scrolls near the
// end (keyset paging in core::LeadsQuery). Queries run on the DataStore's
// thread; a result that arrives after the filter changed again is dropped.
class LeadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Company,
        Industry,
        City,
        Size,
        Visits,
        Pageviews,
        LastVisit,
        Score,
        Status,
        Assignee,
        Tags,
        Match, // how surely it was identified (docs/MATCHING.md)
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kDefaultPageSize = 100;

    explicit LeadsModel(QObject* parent = nullptr);

    void setStore(core::DataStore* store);
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // A new list (filter, sort) loads only what fits on the screen first (0: a
    // whole page); scrolling fetches whole pages after it.
    void setFirstPageSize(int rows) { m_firstPageSize = std::max(0, rows); }
    int pageSize() const { return m_pageSize; }
    void setFilter(const core::LeadsQuery::Filter& filter);
    const core::LeadsQuery::Filter& filter() const { return m_filter; }
    // Reloads from the first page (the data changed).
    void refresh();
    bool isLoading() const { return m_loading; }
    // How many companies match; -1 while still being counted (after the first page shows).
    qint64 total() const { return m_total; }
    QString companyId(int row) const;
    // The company's visits were seen: its row stops being bold (no reload).
    void markSeen(const QString& id);
    void markUnseen(const QString& id);
    const core::LeadsQuery::Row* rowAt(int row) const; // null outside the loaded rows
    int rowOf(const QString& id) const;                // -1: not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // The order the list is in (exports follow it).
    const core::LeadsQuery::Order& order() const { return m_order; }
    // What a column sorts by.
    static std::optional<core::LeadsQuery::Sort> sortOf(int column);

Q_SIGNALS:
    // After each load: the first page (reset) or one more page.
    void loaded();
    void failed(const QString& message);
    void totalChanged(qint64 total);

private:
    // What a new first page does to the count of matches.
    enum class Count
    {
        Anew,      // another list: "counting" until it is known
        Unchanged, // the same rows in another order: the known total stands
        Recount,   // the same list, its data changed: the known total shows until the new one is in
    };
    // reset: from the first page (keepRows: at least that many rows, to keep
    // the view's place).
    void load(bool reset, int keepRows = 0, Count count = Count::Anew);
    void countAll(quint64 generation);
    // The first page of the same list, reloaded: applied as what changed
    // (rows changed in place, moved, added or dropped), not as a new list.
    void replaceRows(QList<core::LeadsQuery::Row> rows);

    QPointer<core::DataStore> m_store;
    core::LeadsQuery::Filter m_filter;
    core::LeadsQuery::Order m_order;
    qint64 m_now = 0; // of the first page
    QList<core::LeadsQuery::Row> m_rows;
    bool m_atEnd = false;
    bool m_loading = false;
    qint64 m_total = 0;
    int m_pageSize = kDefaultPageSize;
    int m_firstPageSize = 0;
    quint64 m_generation = 0;
    QTimer* m_countLater; // counting waits for a pause in typing: it never delays the next page
};

} // namespace leadscope::ui
