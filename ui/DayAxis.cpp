#include "DayAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>

#include <array>
#include <cmath>

namespace leadscope::ui {

DayAxis::DayAxis(QChart* chart)
    : QObject(chart)
    , m_chart(chart)
    , m_axis(new QCategoryAxis)
{
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axis->setGridLineVisible(false);
    chart->addAxis(m_axis, Qt::AlignBottom);
    connect(chart, &QChart::plotAreaChanged, this, &DayAxis::fit);
}

void DayAxis::setLabels(const QStringList& labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    m_step = 0; // relabel whatever the width
    m_axis->setRange(-0.5, double(labels.size()) - 0.5);
    fit();
}

int DayAxis::stepFor(double width) const
{
    if (m_labels.isEmpty())
        return 0;
    const QFontMetrics metrics(m_axis->labelsFont());
    int widest = 0;
    for (const QString& label : m_labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const double room = width > 0 ? width / double(m_labels.size()) : 1; // per bucket
    const double needed = widest + metrics.horizontalAdvance(QStringLiteral("  "));
    // Steps a reader counts easily; a week of days at a time past that.
    static constexpr std::array kSteps{1, 2, 3, 5, 7, 14, 28};
    for (const int step : kSteps) {
        if (step * room >= needed)
            return step;
    }
    return std::max(28, int(std::ceil(needed / room)));
}

void DayAxis::fit()
{
    const int step = stepFor(m_chart->plotArea().width());
    if (step == m_step)
        return;
    m_step = step;
    const QStringList old = m_axis->categoriesLabels();
    for (const QString& label : old)
        m_axis->remove(label);
    if (step <= 0)
        return;
    for (qsizetype i = (m_labels.size() - 1) % step; i < m_labels.size(); i += step)
        m_axis->append(m_labels[i], double(i));
}

} // namespace leadscope::ui
