#pragma once

#include "core/query/DashboardQuery.h"
#include "core/query/TrafficQuery.h"

#include "DataPage.h"

class QChartView;
class QComboBox;
class QLabel;

namespace leadscope::core {
class DataStore;
}

namespace leadscope::ui {

class ErrorBanner;

// The period at a glance (whole days, ending yesterday): identified and new
// companies, visits, page views and pages per visit against the period
// before; visits per day with the period before as a line; top
// industries, pages, sources and campaigns. Clicking a bar opens the leads
// list filtered to it.
class DashboardPage : public DataPage
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);
    const core::DashboardQuery::Figures& figures() const { return m_figures; }
    core::DashboardQuery::Period period() const;
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void drillDown(const core::LeadsQuery::Filter& filter);
    void loaded();

private:
    void display(const core::DashboardQuery::Figures& figures);
    // What could not be tied to a company, and the bot hits filtered (docs/MATCHING.md).
    void showTraffic(const core::TrafficQuery::Summary& traffic);
    // Visits per day, with the period before as a line; a bar opens the period's leads.
    void showPerDay(const core::DashboardQuery::Figures& figures);
    // A KPI tile: its number, the change (arrow, sign and colour) and the previous value.
    void showKpi(int index, const QString& value, double now, double before, const QString& beforeText);
    void showTop(QChartView* view, const QString& title, const QList<core::DashboardQuery::Item>& items,
                 std::function<void(const QString&)> open, std::function<QString(const QString&)> labelOf = {});

    core::DashboardQuery::Figures m_figures;
    bool m_loaded = false;
    QComboBox* m_period;
    QList<QLabel*> m_kpis;
    QChartView* m_perDay;
    QChartView* m_industries;
    QChartView* m_pages;
    QChartView* m_sources;
    QChartView* m_campaigns;
    QLabel* m_empty;
    QLabel* m_traffic; // "62 % of page views could not be tied to a company: …" and "N bot hits filtered"
    QLabel* m_range;   // "27 Nov – 3 Dec, compared with 20 – 26 Nov"
};

} // namespace leadscope::ui
