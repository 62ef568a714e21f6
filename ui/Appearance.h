#pragma once

#include <QString>

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
};

} // namespace leadscope::ui
