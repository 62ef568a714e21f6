#pragma once

#include <QIcon>
#include <QPalette>

namespace leadscope::ui {

// The sidebar's icons, drawn (no icon theme is needed, and they follow the
// palette: light or dark, they are drawn in the text colour they sit beside).
class NavIcon
{
public:
    enum class Kind
    {
        Leads,     // a list
        Dashboard, // bars
        Journeys,  // a path through three pages
        Segment,   // a funnel
        Rules,     // a lightning bolt: something happens by itself
        Hidden,    // an eye, struck through
        Targets,   // a target: rings and a centre
    };
    // In the palette's text colour, and its highlighted-text colour when selected.
    static QIcon icon(Kind kind, const QPalette& palette);
};

} // namespace leadscope::ui
