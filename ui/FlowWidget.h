#pragma once

#include "core/query/FlowQuery.h"

#include <QWidget>

namespace leadscope::ui {

// Draws a visit flow: one column per step (entry page first), each page a
// bar as tall as the visits that saw it there, bands to the pages that came
// next as wide as those visits, and how many left after each page.
class FlowWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FlowWidget(QWidget* parent = nullptr);
    void setFlow(const core::FlowQuery::Flow& flow);
    const core::FlowQuery::Flow& flow() const { return m_flow; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF nodeRect(int step, int node) const;
    double scale() const;

    core::FlowQuery::Flow m_flow;
};

} // namespace leadscope::ui
