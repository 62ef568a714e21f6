#pragma once

#include <QString>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace leadscope::ui {

// How Leadscope's charts look: the palette's light or dark theme, no
// animation, whole-number count axes, and swapping a view's chart without
// leaking the old one.
class ChartStyle
{
public:
    static QChart* newChart(const QWidget* owner, const QString& title = {});
    // 0 … a round number ≥ top, with whole-number ticks.
    static QValueAxis* countAxis(double top);
    static void replace(QChartView* view, QChart* chart);
};

} // namespace leadscope::ui
