#include "NavItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace leadscope::ui {

void NavItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString counts = index.data(kCountRole).toString();
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (counts.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Where the text goes: from after the icon to the row's (visible) end.
    QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    text.setRight(option.rect.right() - style->pixelMetric(QStyle::PM_FocusFrameHMargin, &item, widget) - 1);
    // The row (selection, icon) as the style draws it, without its text…
    const QString name = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    // …then the counts on the right and the name in what is left.
    const QFontMetrics metrics(item.font);
    const int gap = metrics.averageCharWidth();
    // (+2: elidedText measures in fractions and would shorten a text of exactly its rounded width.)
    const int countsWidth = std::min(metrics.horizontalAdvance(counts) + 2, text.width() / 2);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor quiet = item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    quiet.setAlphaF(selected ? 0.85F : 0.65F);
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect = text.adjusted(0, 0, -(countsWidth + gap), 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setPen(quiet);
    const QRect countsRect(text.right() - countsWidth + 1, text.top(), countsWidth, text.height());
    painter->drawText(countsRect, Qt::AlignRight | Qt::AlignVCenter,
                      metrics.elidedText(counts, Qt::ElideLeft, countsWidth));
    painter->restore();
}

} // namespace leadscope::ui
