#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace leadscope::ui {

// Paints a list's cells as the style does (background, selection, icon, focus),
// with each cell's text laid out once: the elided text is kept as a QStaticText
// per text, font and width, so a repaint — the whole list after every page a
// sync stores, or a scroll back — draws glyphs instead of shaping every cell's
// text two or three times over (the style's own path; most of a repaint's time).
// Cells whose text wraps, or that are not elided at the right, go the style's way.
class StaticTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // A list shows a few hundred cells; a few thousand texts keep a scroll back and forth laid out.
    mutable QCache<QString, QStaticText> m_texts{4000};
};

} // namespace leadscope::ui
