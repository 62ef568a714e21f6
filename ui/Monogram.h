#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace leadscope::ui {

// A company's monogram: up to two initials on a coloured disc, so a row or a
// profile is recognised before its name is read. The colour follows the
// company's id (the same company keeps its colour everywhere, across runs);
// white initials on every colour meet WCAG AA contrast (4.5:1).
class Monogram
{
public:
    // "Bouwbedrijf Zuid B.V." → "BZ"; "de Vries Techniek" → "VT"; "Acme" → "A".
    static QString initials(const QString& name);
    static QColor colour(const QString& key);
    // A disc `size` device-independent pixels wide, drawn for `devicePixelRatio`.
    static QPixmap pixmap(const QString& name, const QString& key, int size, qreal devicePixelRatio);
    // For item views: 16 px, sharp at 100 % and 200 %; shared between rows with the same look.
    static QIcon icon(const QString& name, const QString& key);
};

} // namespace leadscope::ui
