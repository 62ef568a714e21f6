#include "Appearance.h"

#include "core/Preferences.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace leadscope::ui {

bool Appearance::isValid(const QString& theme)
{
    return theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark");
}

void Appearance::apply(const QString& requested)
{
    const QString theme = requested.isEmpty() ? core::Preferences::theme().value() : requested;
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x8b, 0xd9);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, disabled);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, Qt::red);
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
        palette.setColor(QPalette::Highlight, highlight);
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
        palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        palette.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, disabled);
    }
    QApplication::setPalette(palette);
}

void Appearance::showAsError(QLabel* label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px; border-radius: 4px;"));
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString Appearance::goodColour(const QPalette& palette)
{
    return isDark(palette) ? QStringLiteral("#56d364") : QStringLiteral("#1a7f37");
}

QString Appearance::badColour(const QPalette& palette)
{
    return isDark(palette) ? QStringLiteral("#ff7b72") : QStringLiteral("#cf222e");
}

} // namespace leadscope::ui
