#include "ChartStyle.h"

#include "Appearance.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QWidget>

#include <cmath>

namespace leadscope::ui {

QChart* ChartStyle::newChart(const QWidget* owner, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTheme(Appearance::isDark(owner->palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setFont(owner->font());
    chart->setTitleFont(owner->font());
    return chart;
}

QValueAxis* ChartStyle::countAxis(double top)
{
    // A step of 1, 2 or 5 × 10^n giving at most five intervals.
    top = std::max(1.0, top);
    double step = 1.0;
    double magnitude = 1.0;
    for (int decade = 0; step * 5.0 < top && decade < 308; ++decade) {
        for (const double m : {1.0, 2.0, 5.0}) {
            step = m * magnitude;
            if (step * 5.0 >= top)
                break;
        }
        magnitude *= 10.0;
    }
    const double end = std::ceil(top / step) * step;
    auto* axis = new QValueAxis;
    axis->setRange(0, end);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void ChartStyle::replace(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace leadscope::ui
