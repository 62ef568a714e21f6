#pragma once

#include <QString>

namespace leadscope::core {

// The desktop client's log: every Qt message (ours are in the leadscope.*
// categories, which never carry a password, token, code, cookie value or IP
// address) also goes to <app data>/logs/leadscope.log, one line each with
// time, level and category. At 1 MiB the file rotates (leadscope.log.1 … .3;
// the oldest is dropped), so the logs never grow without bound.
class LogFile
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeep = 3;

    // Installs the handler; messages still reach the previous one (stderr).
    static bool install(const QString& directory, QString* error);
    static QString path(); // the current file, empty before install()
    // Renames leadscope.log → .1 → .2 …; public for tests.
    static void rotate(const QString& file);
};

} // namespace leadscope::core
