#pragma once

#include <QString>
#include <QWidget>

namespace leadscope::test {

// Saves what `widget` shows as <LEADSCOPE_SCREENSHOT_DIR>/<name>.png when that
// variable is set (for looking at the screens the GUI suites drive); else nothing.
inline void capture(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("LEADSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace leadscope::test
