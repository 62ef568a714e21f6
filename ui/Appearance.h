#pragma once

#include <QString>

class QLabel;

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
};

} // namespace leadscope::ui
