#include "NavIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace leadscope::ui {

namespace {

// Drawn on a 16 × 16 grid, scaled to the pixmap.
void draw(QPainter& p, NavIcon::Kind kind, const QColor& colour)
{
    QPen pen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case NavIcon::Kind::Leads:
        for (const qreal y : {3.5, 8.0, 12.5}) {
            p.setBrush(colour);
            p.drawEllipse(QPointF(2.5, y), 1.1, 1.1);
            p.setBrush(Qt::NoBrush);
            p.drawLine(QPointF(5.5, y), QPointF(14.5, y));
        }
        break;
    case NavIcon::Kind::Dashboard:
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(1.5, 8.5, 3, 6));
        p.drawRect(QRectF(6.5, 4.5, 3, 10));
        p.drawRect(QRectF(11.5, 1.5, 3, 13));
        break;
    case NavIcon::Kind::Journeys: {
        QPainterPath path;
        path.moveTo(3, 13);
        path.cubicTo(3, 8, 8, 10, 8, 6);
        path.cubicTo(8, 3, 12, 3, 13, 3);
        p.drawPath(path);
        p.setBrush(colour);
        p.drawEllipse(QPointF(3, 13), 1.8, 1.8);
        p.drawEllipse(QPointF(8, 7), 1.5, 1.5);
        p.drawEllipse(QPointF(13, 3), 1.8, 1.8);
        break;
    }
    case NavIcon::Kind::Segment: {
        QPainterPath funnel;
        funnel.moveTo(1.5, 2.5);
        funnel.lineTo(14.5, 2.5);
        funnel.lineTo(9.5, 8.5);
        funnel.lineTo(9.5, 13.5);
        funnel.lineTo(6.5, 14.5);
        funnel.lineTo(6.5, 8.5);
        funnel.closeSubpath();
        p.drawPath(funnel);
        break;
    }
    case NavIcon::Kind::Rules: {
        QPainterPath bolt;
        bolt.moveTo(9.5, 1.5);
        bolt.lineTo(3.5, 9.0);
        bolt.lineTo(7.5, 9.0);
        bolt.lineTo(6.5, 14.5);
        bolt.lineTo(12.5, 7.0);
        bolt.lineTo(8.5, 7.0);
        bolt.closeSubpath();
        p.setBrush(colour);
        p.drawPath(bolt);
        break;
    }
    case NavIcon::Kind::Hidden: {
        QPainterPath eye;
        eye.moveTo(1.5, 8);
        eye.quadTo(8, 1.5, 14.5, 8);
        eye.quadTo(8, 14.5, 1.5, 8);
        p.drawPath(eye);
        p.setBrush(colour);
        p.drawEllipse(QPointF(8, 8), 2, 2);
        p.drawLine(QPointF(2.5, 14), QPointF(13.5, 2));
        break;
    }
    case NavIcon::Kind::Targets:
        p.drawEllipse(QPointF(8, 8), 6.5, 6.5);
        p.drawEllipse(QPointF(8, 8), 3.5, 3.5);
        p.setBrush(colour);
        p.drawEllipse(QPointF(8, 8), 1.2, 1.2);
        break;
    }
}

QPixmap render(NavIcon::Kind kind, const QColor& colour, qreal ratio)
{
    QPixmap out(QSize(16, 16) * ratio);
    out.setDevicePixelRatio(ratio);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, kind, colour);
    return out;
}

} // namespace

QIcon NavIcon::icon(Kind kind, const QPalette& palette)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        icon.addPixmap(render(kind, palette.color(QPalette::Text), ratio), QIcon::Normal);
        icon.addPixmap(render(kind, palette.color(QPalette::HighlightedText), ratio), QIcon::Selected);
    }
    return icon;
}

} // namespace leadscope::ui
