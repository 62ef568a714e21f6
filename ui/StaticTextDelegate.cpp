#include "StaticTextDelegate.h"

#include <QApplication>
#include <QPainter>

#include <utility>

namespace leadscope::ui {

void StaticTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || (opt.features & QStyleOptionViewItem::WrapText) || opt.textElideMode != Qt::ElideRight ||
        opt.text.contains(u'\n')) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The style paints all but the text; where the text goes is where it would have put it
    // (the display rectangle does not depend on the text when the cell is painted, only when
    // it is measured), less the margin it keeps on each side.
    const QString text = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    const QString key = opt.font.key() + QChar(0x1f) + QString::number(rect.width()) + QChar(0x1f) + text;
    QStaticText laidOut; // implicitly shared with the kept one
    if (const QStaticText* kept = m_texts.object(key)) {
        laidOut = *kept;
    } else {
        laidOut.setText(text);
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), opt.font);
        // Most cells fit: laid out once. Elided only when not (as the style: past the width).
        if (laidOut.size().width() > rect.width()) {
            laidOut.setText(opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width()));
            laidOut.prepare(QTransform(), opt.font);
        }
        m_texts.insert(key, new QStaticText(laidOut));
    }
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    // Placed as the style's text layout places it: across to the fraction of a pixel, down on whole pixels.
    const QSizeF size = laidOut.size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = rect.x();
    if (align & Qt::AlignRight)
        x += rect.width() - size.width();
    else if (align & Qt::AlignHCenter)
        x += (rect.width() - size.width()) / 2;
    const int y = QStyle::alignedRect(opt.direction, align, size.toSize(), rect).top();
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), laidOut);
    painter->restore();
}

} // namespace leadscope::ui
