#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPainter;

namespace leadscope::ui {

// The lead score read at a glance: a bar from cold to hot with the number
// beside it. The colour runs blue → amber → red, but the length and the
// number carry the value too (never colour alone); it reads on light and
// dark palettes. As a delegate for the leads list's Score column, and as a
// painter for the profile.
class ScoreBar : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Draws `score` (0–100) in `rect`: the bar, then the number.
    static void draw(QPainter* painter, const QRect& rect, int score, const QPalette& palette, const QFont& font);
    static QColor colourFor(int score, bool dark);
};

} // namespace leadscope::ui
