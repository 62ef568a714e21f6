#include "ScoreBar.h"

#include "Appearance.h"

#include <QApplication>
#include <QPainter>

namespace leadscope::ui {

QColor ScoreBar::colourFor(int score, bool dark)
{
    // Cold (blue) through amber to hot (red); lighter on a dark background.
    const int clamped = std::clamp(score, 0, 100);
    const float hue = clamped < 50 ? 0.58f - 0.47f * float(clamped) / 50.0f       // 209° → 40°
                                   : 0.11f - 0.11f * float(clamped - 50) / 50.0f; // 40° → 0°
    return QColor::fromHslF(hue, 0.75f, dark ? 0.62f : 0.45f);
}

void ScoreBar::draw(QPainter* painter, const QRect& rect, int score, const QPalette& palette, const QFont& font)
{
    const bool dark = Appearance::isDark(palette);
    const QFontMetrics metrics(font);
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("100")) + metrics.averageCharWidth();
    const int barHeight = std::max(4, metrics.height() / 3);
    const QRect track(rect.left(), rect.center().y() - barHeight / 2, std::max(0, rect.width() - numberWidth),
                      barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor empty = palette.color(QPalette::Mid);
    empty.setAlphaF(0.35f);
    painter->setBrush(empty);
    painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
    QRect filled = track;
    filled.setWidth(track.width() * std::clamp(score, 0, 100) / 100);
    painter->setBrush(colourFor(score, dark));
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(track.right(), rect.top(), numberWidth, rect.height()), Qt::AlignRight | Qt::AlignVCenter,
                      QString::number(score));
    painter->restore();
}

void ScoreBar::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int score = index.data(Qt::DisplayRole).toInt();
    opt.text.clear(); // the background, selection and focus only; the bar and number come next
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const int margin = opt.fontMetrics.averageCharWidth() / 2 + 2;
    QPalette palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    draw(painter, opt.rect.adjusted(margin, 0, -margin, 0), score, palette, opt.font);
}

QSize ScoreBar::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 12));
    return size;
}

} // namespace leadscope::ui
