#pragma once

namespace leadscope::core {

// Work the user did not wait for (a sync, an export) gives way to the
// interface: on two busy cores, the window's thread is scheduled first and a
// reload of the screens is not queued behind a sync page being stored.
class BackgroundPriority
{
public:
    // Lowers the calling thread's CPU priority: QThread's LowPriority (Windows,
    // macOS), and on Linux, where Qt leaves normal threads alone, the thread's
    // own nice value. False when the system refused (the work still runs).
    static bool lowerCurrentThread();

    static constexpr int kLinuxNice = 10;
};

} // namespace leadscope::core
