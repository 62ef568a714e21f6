#pragma once

#include <QLabel>

namespace leadscope::ui {

// A one-line plain-text label that gives up width when the window is narrow:
// the text is cut with "…" rather than forcing the window wider, and the
// whole text stays in the tooltip and for screen readers.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace leadscope::ui
