#pragma once

namespace leadscope::core {

// Work the user did not wait for (a sync, an export) gives way to the
// interface: on two busy cores, the window's thread is scheduled first and a
// reload of the screens is not queued behind a sync page being stored. The
// screens' queries sit between the two: a repaint or a key press is never
// kept waiting by a query, a query never by a sync page.
class BackgroundPriority
{
public:
    enum class Level
    {
        Background, // a sync, an export
        Queries     // the screens' queries (DataStore's thread)
    };

    // Lowers the calling thread's CPU priority: for background work QThread's
    // LowPriority (Windows, macOS; the queries stay normal there, no level lies
    // between), and on Linux, where Qt leaves normal threads alone, the
    // thread's own nice value. False when the system refused (the work still runs).
    static bool lowerCurrentThread(Level level = Level::Background);

    static constexpr int kLinuxNice = 10;
    static constexpr int kLinuxQueriesNice = 4;
};

} // namespace leadscope::core
