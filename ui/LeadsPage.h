#pragma once

#include "core/query/LeadsQuery.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QBoxLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class ErrorBanner;
class LeadTriage;
class LeadsModel;

// The leads inbox: a filter bar for every filter the query API offers and a
// table that pages through the cache as it scrolls. Enter or a double click
// opens the company's profile.
class LeadsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LeadsPage(QWidget* parent = nullptr);

    void setStore(core::DataStore* store);
    void setFilter(const core::LeadsQuery::Filter& filter);
    core::LeadsQuery::Filter filter() const;
    LeadsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void focusSearch();
    // What the empty list says with no local copy open (empty: "Sign in to see…").
    void setNoStoreText(const QString& text);
    void saveState() const;
    // Managers and admins may export; others never see the button.
    void setCanExport(bool can);
    QStringList selectedIds() const;

    LeadTriage* triage() const { return m_triage; }
    QString currentCompany() const;

Q_SIGNALS:
    void openCompany(const QString& id);
    // The current row's company (empty: none), for the reading pane.
    void currentCompanyChanged(const QString& id);
    // An annotation edit from the list waits in the outbox.
    void edited();
    // Companies were marked seen or new.
    void seenChanged();
    void saveSegmentRequested(const core::LeadsQuery::Filter& filter);
    void exportRequested(const core::LeadsQuery::Filter& filter, const QStringList& selectedIds);

private:
    void setUpTable();
    void setUpFilters();
    void layOut();         // the filter grid, the action row, the list or its empty state
    void connectFilters(); // filters → (debounced) query; model → count, empty state, errors
    void arrangeFilters(int columns);
    void resizeEvent(QResizeEvent* event) override;
    void fitColumns();
    void applyFilters();
    void loadFacets();
    void showLoaded();
    void restoreState();

    QPointer<core::DataStore> m_store;
    LeadsModel* m_model;
    QTableView* m_view;
    QStackedWidget* m_body;
    QLabel* m_empty;
    QLabel* m_count;
    ErrorBanner* m_error;
    QTimer* m_debounce;
    QLineEdit* m_search;
    QComboBox* m_period;
    QComboBox* m_website;
    QComboBox* m_industry;
    QComboBox* m_city;
    QComboBox* m_size;
    QSpinBox* m_minVisits;
    QLineEdit* m_page;
    QComboBox* m_status;
    QComboBox* m_tag;
    QComboBox* m_assignee;
    QComboBox* m_match; // how surely identified (docs/MATCHING.md)
    QCheckBox* m_unseen;
    QPushButton* m_export;
    QGridLayout* m_filters;
    QBoxLayout* m_actions; // the count and the buttons: a row, or two rows when narrow
    int m_filterColumns = 0;
    bool m_columnsSized = false; // by the user: fitColumns() leaves them alone
    bool m_fitting = false;
    QString m_noStoreText;
    LeadTriage* m_triage;
    QPushButton* m_markAllSeen;
    // A reload of the same list keeps the current company current (a filter change starts at the top).
    int m_placeRow = -1; // the current row when a reload moved rows (-1: none)
    bool m_applying = false;
    // What a filter set from elsewhere (a segment, a target list, the dashboard)
    // says that no control of the bar shows: kept until the filters are cleared.
    core::LeadsQuery::Filter m_rest;
    qint64 m_from = 0; // absolute bounds of a drill-down (kept until the period changes)
    qint64 m_to = 0;
};

} // namespace leadscope::ui
