#include "FlowWidget.h"

#include "Accessibility.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace leadscope::ui {

namespace {
constexpr double kGap = 8.0; // between nodes of a step, in device-independent pixels
}

FlowWidget::FlowWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flowDiagram"));
    // The flow's summary (accessibleDescription) is read when Tab reaches it.
    Accessibility::makeReachable(this, tr("Visit flow"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FlowWidget::setFlow(const core::FlowQuery::Flow& flow)
{
    m_flow = flow;
    QStringList summary;
    if (!flow.steps.isEmpty() && !flow.steps.first().isEmpty())
        summary << tr("Most visits start on %1").arg(flow.steps.first().first().path);
    setAccessibleDescription(tr("%Ln visit(s).", nullptr, int(flow.visits)) + u' ' +
                             summary.join(QStringLiteral(". ")));
    updateGeometry();
    update();
}

QSize FlowWidget::sizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 60, em * 24};
}

QSize FlowWidget::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 30, em * 16};
}

double FlowWidget::scale() const
{
    // Pixels per visit: the tallest step fits the height.
    const double usable = height() - 2.0 * fontMetrics().height();
    double most = 1.0;
    for (const auto& step : m_flow.steps) {
        double total = 0;
        for (const auto& node : step)
            total += double(node.visits);
        most = std::max(most, total + kGap * double(step.size()) / std::max(1.0, usable) * total);
    }
    double maxNodes = 1;
    for (const auto& step : m_flow.steps)
        maxNodes = std::max(maxNodes, double(step.size()));
    return std::max(0.0, (usable - kGap * maxNodes) / most);
}

QRectF FlowWidget::nodeRect(int step, int node) const
{
    const int steps = int(m_flow.steps.size());
    const double column = width() / double(std::max(1, steps));
    const double barWidth = std::max(10.0, column * 0.08);
    const double x = column * step + fontMetrics().height() * 0.5;
    double y = fontMetrics().height() * 1.5;
    const double k = scale();
    for (int i = 0; i < node; ++i)
        y += double(m_flow.steps[step][i].visits) * k + kGap;
    return {x, y, barWidth, std::max(2.0, double(m_flow.steps[step][node].visits) * k)};
}

void FlowWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_flow.steps.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No visits with page views in this period. Choose a longer period or another website."));
        return;
    }
    const QLocale locale;
    const int steps = int(m_flow.steps.size());
    const double column = width() / double(std::max(1, steps));
    p.setPen(pal.color(QPalette::Text));
    for (int s = 0; s < steps; ++s)
        p.drawText(QRectF(column * s, 0, column, fontMetrics().height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                   s == 0 ? tr("  Entry page") : tr("  Step %1").arg(s + 1));

    // Bands first, under the bars: each leaves its source below the previous band.
    const double k = scale();
    QColor band = pal.color(QPalette::Highlight);
    band.setAlphaF(0.28);
    QList<QList<double>> outOffset(steps), inOffset(steps);
    for (int s = 0; s < steps; ++s) {
        outOffset[s] = QList<double>(m_flow.steps[s].size(), 0.0);
        inOffset[s] = QList<double>(m_flow.steps[s].size(), 0.0);
    }
    for (const core::FlowQuery::Link& link : m_flow.links) {
        const QRectF from = nodeRect(link.fromStep, link.fromNode);
        const QRectF to = nodeRect(link.fromStep + 1, link.toNode);
        const double thickness = double(link.visits) * k;
        const double y0 = from.top() + outOffset[link.fromStep][link.fromNode];
        const double y1 = to.top() + inOffset[link.fromStep + 1][link.toNode];
        outOffset[link.fromStep][link.fromNode] += thickness;
        inOffset[link.fromStep + 1][link.toNode] += thickness;
        const double x0 = from.right();
        const double x1 = to.left();
        const double mid = (x0 + x1) / 2;
        QPainterPath path(QPointF(x0, y0));
        path.cubicTo(mid, y0, mid, y1, x1, y1);
        path.lineTo(x1, y1 + thickness);
        path.cubicTo(mid, y1 + thickness, mid, y0 + thickness, x0, y0 + thickness);
        path.closeSubpath();
        p.fillPath(path, band);
    }
    // Bars with their page and figures.
    for (int s = 0; s < steps; ++s) {
        for (int n = 0; n < m_flow.steps[s].size(); ++n) {
            const core::FlowQuery::Node& node = m_flow.steps[s][n];
            const QRectF r = nodeRect(s, n);
            p.fillRect(r, node.path.isEmpty() ? pal.color(QPalette::Mid) : pal.color(QPalette::Highlight));
            const QString name = node.path.isEmpty() ? tr("Other pages") : node.path;
            const QString figures =
                node.exits > 0 ? tr("%1 · %2 left (%3)")
                                     .arg(locale.toString(node.visits), locale.toString(node.exits),
                                          locale.toString(100.0 * double(node.exits) / double(node.visits), 'f', 0) +
                                              locale.percent())
                               : locale.toString(node.visits);
            p.setPen(pal.color(QPalette::Text));
            const double width = column - r.width() - 12;
            if (r.height() + kGap >= fontMetrics().lineSpacing() * 2.1) {
                const QRectF text(r.right() + 4, r.top(), width, fontMetrics().lineSpacing() * 2.2);
                const QString label = fontMetrics().elidedText(name, Qt::ElideMiddle, int(text.width()));
                p.drawText(text, Qt::AlignLeft | Qt::AlignTop, label + u'\n' + figures);
            } else {
                // A thin bar: one line, so that labels of neighbouring pages do not overlap.
                const QRectF text(r.right() + 4, r.top(), width, fontMetrics().lineSpacing());
                p.drawText(
                    text, Qt::AlignLeft | Qt::AlignTop,
                    fontMetrics().elidedText(tr("%1 · %2").arg(name, figures), Qt::ElideMiddle, int(text.width())));
            }
        }
    }
}

} // namespace leadscope::ui
