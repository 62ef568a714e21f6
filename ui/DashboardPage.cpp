#include "DashboardPage.h"

#include "Appearance.h"
#include "ChartStyle.h"
#include "DayAxis.h"
#include "ErrorBanner.h"

#include "core/export/LeadReport.h"
#include "core/query/DataStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace leadscope::ui {

namespace {

// "27 Nov – 3 Dec" (the year only when it is not this one).
QString span(const core::DashboardQuery::Period& period)
{
    const QLocale locale;
    const QString format =
        period.to.year() == QDate::currentDate().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    if (period.from == period.to)
        return locale.toString(period.from, format);
    return DashboardPage::tr("%1 – %2").arg(locale.toString(period.from, format), locale.toString(period.to, format));
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
    , m_traffic(new QLabel(this))
    , m_range(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    // The period stays in sight while the charts scroll.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(fontMetrics().averageCharWidth(), fontMetrics().height() / 3,
                            fontMetrics().averageCharWidth(), 0);
    auto* title = new QLabel(tr("<b>Dashboard</b>"), this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->setForegroundRole(QPalette::PlaceholderText);
    m_range->setWordWrap(true);
    top->addWidget(title);
    top->addWidget(m_range, 1);
    top->addWidget(m_period);

    auto* kpiRow = new QHBoxLayout;
    const QStringList names{tr("Identified companies"), tr("New companies"), tr("Visits"), tr("Page views"),
                            tr("Pages per visit")};
    const char* objects[] = {"kpiCompanies", "kpiNewCompanies", "kpiVisits", "kpiPageviews", "kpiPagesPerVisit"};
    for (int i = 0; i < names.size(); ++i) {
        auto* card = new QLabel(this);
        card->setObjectName(QLatin1String(objects[i]));
        card->setAccessibleName(names[i]);
        card->setFocusPolicy(Qt::TabFocus); // reachable by keyboard: a screen reader reads its name and number
        card->setTextFormat(Qt::RichText);
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
    layout->addWidget(m_error);
    layout->addLayout(kpiRow);
    m_traffic->setObjectName(QStringLiteral("trafficFigures"));
    m_traffic->setWordWrap(true);
    m_traffic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_traffic->setFocusPolicy(Qt::TabFocus); // a screen reader reaches it like the tiles
    m_traffic->setToolTip(tr("Page views of people Leadscope could not tie to a company are counted, never "
                             "stored; hits of crawlers, automated browsers and data centres are not visits."));
    m_traffic->hide();
    layout->addWidget(m_traffic);
    layout->addWidget(m_empty);
    layout->addLayout(grid, 1);
    setScrollableContent(content, top);
}

core::DashboardQuery::Period DashboardPage::period() const
{
    return core::DashboardQuery::Period::lastDays(m_period->currentData().toInt(), QDate::currentDate());
}

void DashboardPage::showKpi(int index, const QString& value, double now, double before, const QString& beforeText)
{
    QString change;
    QString spoken;
    QString colour = palette().color(QPalette::PlaceholderText).name();
    if (before <= 0.0 && now <= 0.0) {
        change = tr("= no change");
        spoken = tr("no change");
    } else if (before <= 0.0) {
        change = tr("▲ new this period");
        spoken = tr("new this period");
        colour = Appearance::goodColour(palette());
    } else {
        const double percent = (now - before) / before * 100.0;
        const QString amount =
            QLocale().toString(std::abs(percent), 'f', std::abs(percent) < 10.0 ? 1 : 0) + QLocale().percent();
        if (std::abs(percent) < 0.05) {
            change = tr("= no change");
            spoken = tr("no change");
        } else if (percent > 0) {
            // An arrow and a sign as well as the colour: readable without telling red from green.
            change = tr("▲ +%1").arg(amount);
            spoken = tr("up %1").arg(amount);
            colour = Appearance::goodColour(palette());
        } else {
            change = tr("▼ −%1").arg(amount);
            spoken = tr("down %1").arg(amount);
            colour = Appearance::badColour(palette());
        }
    }
    QLabel* card = m_kpis[index];
    const QString title = card->property("title").toString();
    const QString was = tr("was %1").arg(beforeText);
    card->setText(QStringLiteral("%1<br><span style=\"font-size:x-large; font-weight:bold\">%2</span><br>"
                                 "<span style=\"color:%3; font-weight:bold\">%4</span> "
                                 "<span style=\"color:%5\">%6</span>")
                      .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), colour, change.toHtmlEscaped(),
                           palette().color(QPalette::PlaceholderText).name(), was.toHtmlEscaped()));
    card->setAccessibleName(tr("%1: %2").arg(title, value));
    card->setAccessibleDescription(tr("%1, %2").arg(spoken, was));
    card->setToolTip(
        tr("%1 in %2, against %3 in %4").arg(value, span(period()), beforeText, span(period().previous())));
}

void DashboardPage::reload()
{
    struct Loaded
    {
        core::DashboardQuery::Figures figures;
        core::TrafficQuery::Summary traffic;
    };
    fetch<Loaded>(
        [period = period()](core::Cache& cache, QString* error) {
            Loaded loaded;
            core::DashboardQuery(cache).figures(period, {}, 6, &loaded.figures, error) &&
                core::TrafficQuery::summary(cache, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                            {}, &loaded.traffic, error);
            return loaded;
        },
        [this](const Loaded& result) {
            display(result.figures);
            showTraffic(result.traffic);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void DashboardPage::showTraffic(const core::TrafficQuery::Summary& traffic)
{
    const QStringList lines =
        QStringList{core::TrafficQuery::unidentifiedSentence(traffic), core::TrafficQuery::botSentence(traffic)}.filter(
            QRegularExpression(QStringLiteral("\\S")));
    m_traffic->setText(lines.join(u'\n'));
    m_traffic->setAccessibleName(lines.join(u' '));
    m_traffic->setVisible(!lines.isEmpty());
}

void DashboardPage::showPerDay(const core::DashboardQuery::Figures& f)
{
    const QLocale locale;
    const core::DashboardQuery::Period shown = period();
    const int days = m_period->currentData().toInt();
    auto* chart = ChartStyle::newChart(this, tr("Visits per day"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* set = new QBarSet(tr("Visits, %1").arg(span(shown)));
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
    // The period before, day for day, as a line over the bars: is this week busier than last?
    auto* before = new QLineSeries;
    before->setObjectName(QStringLiteral("previousPeriod"));
    before->setName(tr("Previous period, %1").arg(span(shown.previous())));
    for (qsizetype i = 0; i < f.previousPerDay.size(); ++i) {
        before->append(double(i), double(f.previousPerDay[i].visits));
        top = std::max(top, f.previousPerDay[i].visits);
    }
    QPen dashed(palette().color(QPalette::PlaceholderText), 2, Qt::DashLine);
    before->setPen(dashed);
    chart->addSeries(before);
    auto* dayAxis = new DayAxis(chart); // level labels, as many as fit (every week of 90 days)
    dayAxis->setLabels(labels);
    QValueAxis* y = ChartStyle::countAxis(double(top));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(dayAxis->axis());
    series->attachAxis(y);
    before->attachAxis(dayAxis->axis());
    before->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this, days](int) {
        core::LeadsQuery::Filter filter;
        filter.lastVisitWithinDays = days;
        Q_EMIT drillDown(filter);
    });
    ChartStyle::replace(m_perDay, chart);
}

void DashboardPage::display(const core::DashboardQuery::Figures& f)
{
    m_figures = f;
    const QLocale locale;
    const core::DashboardQuery::Period shown = period();
    m_range->setText(tr("%1, compared with %2").arg(span(shown), span(shown.previous())));
    const auto count = [&](int i, qint64 now, qint64 before) {
        showKpi(i, locale.toString(now), double(now), double(before), locale.toString(before));
    };
    count(0, f.current.companies, f.previous.companies);
    count(1, f.current.newCompanies, f.previous.newCompanies);
    count(2, f.current.visits, f.previous.visits);
    count(3, f.current.pageviews, f.previous.pageviews);
    showKpi(4, locale.toString(f.current.pagesPerVisit(), 'f', 1), f.current.pagesPerVisit(),
            f.previous.pagesPerVisit(), locale.toString(f.previous.pagesPerVisit(), 'f', 1));
    m_empty->setVisible(f.current.visits == 0);
    m_empty->setText(tr("No visits in this period. Choose a longer period, or check that the tracker is on your "
                        "websites."));
    showPerDay(f);

    const int days = m_period->currentData().toInt();

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
