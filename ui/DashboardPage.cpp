#include "DashboardPage.h"

#include "ChartStyle.h"
#include "ErrorBanner.h"

#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace leadscope::ui {

namespace {

QString delta(qint64 now, qint64 before)
{
    if (before == 0)
        return now == 0 ? DashboardPage::tr("no change") : DashboardPage::tr("new this period");
    const double change = (double(now) - double(before)) / double(before);
    return DashboardPage::tr("%1 vs previous period")
        .arg((change >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change * 100.0, 'f', 0) +
             QLocale().percent());
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : DataPage(parent)
    , m_period(newPeriodChooser("dashboardPeriod"))
    , m_perDay(new QChartView(this))
    , m_industries(new QChartView(this))
    , m_pages(new QChartView(this))
    , m_sources(new QChartView(this))
    , m_campaigns(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Dashboard</b>"), this);
    top->addWidget(title, 1);
    top->addWidget(m_period);

    auto* kpiRow = new QHBoxLayout;
    const QStringList names{tr("Identified companies"), tr("New companies"), tr("Visits"), tr("Page views"),
                            tr("Pages per visit")};
    const char* objects[] = {"kpiCompanies", "kpiNewCompanies", "kpiVisits", "kpiPageviews", "kpiPagesPerVisit"};
    for (int i = 0; i < names.size(); ++i) {
        auto* card = new QLabel(this);
        card->setObjectName(QLatin1String(objects[i]));
        card->setAccessibleName(names[i]);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(fontMetrics().height() / 2);
        card->setWordWrap(true);
        card->setMinimumHeight(fontMetrics().height() * 5);
        card->setProperty("title", names[i]);
        kpiRow->addWidget(card, 1);
        m_kpis << card;
    }

    for (QChartView* view : {m_perDay, m_industries, m_pages, m_sources, m_campaigns}) {
        view->setRenderHint(QPainter::Antialiasing);
        // Tall enough that Qt Charts keeps the category labels of six bars (it elides them to "…" otherwise).
        view->setMinimumHeight(fontMetrics().height() * 20);
    }
    m_perDay->setObjectName(QStringLiteral("visitsPerDayChart"));
    m_perDay->setAccessibleName(tr("Visits per day"));
    m_industries->setObjectName(QStringLiteral("industriesChart"));
    m_industries->setAccessibleName(tr("Top industries"));
    m_pages->setObjectName(QStringLiteral("pagesChart"));
    m_pages->setAccessibleName(tr("Top pages"));
    m_sources->setObjectName(QStringLiteral("sourcesChart"));
    m_sources->setAccessibleName(tr("Top sources"));
    m_campaigns->setObjectName(QStringLiteral("campaignsChart"));
    m_campaigns->setAccessibleName(tr("Top campaigns"));
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto* grid = new QGridLayout;
    grid->addWidget(m_perDay, 0, 0, 1, 2);
    grid->addWidget(m_industries, 1, 0);
    grid->addWidget(m_pages, 1, 1);
    grid->addWidget(m_sources, 2, 0);
    grid->addWidget(m_campaigns, 2, 1);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(kpiRow);
    layout->addWidget(m_empty);
    layout->addLayout(grid, 1);
    setScrollableContent(content);
}

core::DashboardQuery::Period DashboardPage::period() const
{
    const QDate today = QDate::currentDate();
    return {today.addDays(1 - m_period->currentData().toInt()), today};
}

void DashboardPage::reload()
{
    fetch<core::DashboardQuery::Figures>(
        [period = period()](core::Cache& cache, QString* error) {
            core::DashboardQuery::Figures figures;
            core::DashboardQuery(cache).figures(period, {}, 6, &figures, error);
            return figures;
        },
        [this](core::DashboardQuery::Figures figures) {
            display(figures);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void DashboardPage::display(const core::DashboardQuery::Figures& f)
{
    m_figures = f;
    const QLocale locale;
    const auto card = [&](int i, const QString& value, const QString& change) {
        m_kpis[i]->setText(QStringLiteral("%1<br><span style=\"font-size:x-large; font-weight:bold\">%2</span><br>%3")
                               .arg(m_kpis[i]->property("title").toString().toHtmlEscaped(), value.toHtmlEscaped(),
                                    change.toHtmlEscaped()));
    };
    card(0, locale.toString(f.current.companies), delta(f.current.companies, f.previous.companies));
    card(1, locale.toString(f.current.newCompanies), delta(f.current.newCompanies, f.previous.newCompanies));
    card(2, locale.toString(f.current.visits), delta(f.current.visits, f.previous.visits));
    card(3, locale.toString(f.current.pageviews), delta(f.current.pageviews, f.previous.pageviews));
    card(4, locale.toString(f.current.pagesPerVisit(), 'f', 1),
         tr("was %1").arg(locale.toString(f.previous.pagesPerVisit(), 'f', 1)));
    m_empty->setVisible(f.current.visits == 0);
    m_empty->setText(tr("No visits in this period. Choose a longer period, or check that the tracker is on your "
                        "websites."));

    const int days = m_period->currentData().toInt();
    auto* chart = ChartStyle::newChart(this, tr("Visits per day"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Visits"));
    QStringList labels;
    qint64 top = 1;
    for (const core::DashboardQuery::Day& day : f.perDay) {
        *set << double(day.visits);
        top = std::max(top, day.visits);
        labels << locale.toString(day.day, QStringLiteral("d MMM"));
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (f.perDay.size() > 31)
        x->setLabelsVisible(false); // 90 bars: the axis would be unreadable; tooltips would be better
    x->setLabelsAngle(-90);
    QValueAxis* y = ChartStyle::countAxis(double(top));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this, days](int) {
        core::LeadsQuery::Filter filter;
        filter.lastVisitWithinDays = days;
        Q_EMIT drillDown(filter);
    });
    ChartStyle::replace(m_perDay, chart);

    showTop(m_industries, tr("Top industries (companies)"), f.industries, [this, days](const QString& label) {
        core::LeadsQuery::Filter filter;
        filter.industry = label;
        filter.lastVisitWithinDays = days;
        Q_EMIT drillDown(filter);
    });
    showTop(m_pages, tr("Top pages (page views)"), f.pages, [this, days](const QString& label) {
        core::LeadsQuery::Filter filter;
        filter.visitedPage = label;
        filter.lastVisitWithinDays = days;
        Q_EMIT drillDown(filter);
    });
    showTop(
        m_sources, tr("Top sources (visits)"), f.sources,
        [this, days](const QString& label) {
            core::LeadsQuery::Filter filter;
            filter.source = label;
            filter.lastVisitWithinDays = days;
            Q_EMIT drillDown(filter);
        },
        &core::LeadReport::sourceLabel);
    showTop(m_campaigns, tr("Top campaigns (visits)"), f.campaigns, [this, days](const QString& label) {
        core::LeadsQuery::Filter filter;
        filter.campaign = label;
        filter.lastVisitWithinDays = days;
        Q_EMIT drillDown(filter);
    });
}

void DashboardPage::showTop(QChartView* view, const QString& title, const QList<core::DashboardQuery::Item>& items,
                            std::function<void(const QString&)> open, std::function<QString(const QString&)> labelOf)
{
    auto* chart = ChartStyle::newChart(this, title);
    chart->legend()->hide();
    auto* set = new QBarSet(title);
    QStringList labels;
    qint64 top = 1;
    // Biggest at the top: horizontal bars are drawn from the bottom.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        *set << double(items[i].count);
        top = std::max(top, items[i].count);
        QString label = labelOf ? labelOf(items[i].label) : items[i].label;
        // Qt Charts elides long category labels to nothing; shorten them here (full text in the drill-down).
        if (label.size() > 22)
            label = label.left(21) + QChar(0x2026);
        labels << label;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    QValueAxis* x = ChartStyle::countAxis(double(top) * 1.1);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    QStringList full;
    for (qsizetype i = items.size() - 1; i >= 0; --i)
        full << items[i].label;
    connect(set, &QBarSet::clicked, this, [full, open = std::move(open)](int index) {
        if (index >= 0 && index < full.size())
            open(full[index]);
    });
    if (items.isEmpty())
        chart->setTitle(tr("%1 — nothing in this period").arg(title));
    ChartStyle::replace(view, chart);
}

} // namespace leadscope::ui
