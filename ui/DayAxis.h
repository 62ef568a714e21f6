#pragma once

#include <QObject>
#include <QStringList>

class QCategoryAxis;
class QChart;

namespace leadscope::ui {

// The x axis of a chart of days or weeks. Every bucket keeps its bar; the
// labels stay level and readable, as many as fit side by side at an even
// step (every day when there is room; every 2nd, 3rd, 5th, 7th … when not),
// counted back from the last bucket (today) so that it is always labelled.
// Relabels only when the labels or the step change.
class DayAxis : public QObject
{
    Q_OBJECT
public:
    // Adds the axis at the bottom of the chart (which owns it).
    explicit DayAxis(QChart* chart);

    QCategoryAxis* axis() const { return m_axis; }
    void setLabels(const QStringList& labels);
    // Every how many buckets a label is shown (0 before any labels).
    int step() const { return m_step; }

private:
    void fit();
    int stepFor(double width) const;

    QChart* m_chart;
    QCategoryAxis* m_axis;
    QStringList m_labels;
    int m_step = 0;
};

} // namespace leadscope::ui
