#pragma once

#include <QString>

class QLabel;
class QPalette;

namespace leadscope::ui {

// Light, dark or the system's look. "system" leaves Qt's platform theme in
// charge (it follows the desktop); light and dark use the Fusion style with
// a matching palette, the same on every platform.
class Appearance
{
public:
    static bool isValid(const QString& theme);
    // From the setting appearance/theme unless `theme` is given.
    static void apply(const QString& theme = {});
    // An error message in a dialog: white on red, word-wrapped, readable in light and dark.
    static void showAsError(QLabel* label);
    // Whether `palette` is a dark one (light text on a dark window).
    static bool isDark(const QPalette& palette);
    // "Better" and "worse" (the dashboard's changes, the tracker check), readable on either palette.
    static QString goodColour(const QPalette& palette);
    static QString badColour(const QPalette& palette);
};

} // namespace leadscope::ui
