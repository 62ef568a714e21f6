#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace leadscope::server {

// Who writes to a store now, for the transactions of this process
// (Sql::Transaction). On SQLite, which allows one writer at a time, it is the
// writers' queue — they wait here instead of spinning in SQLite's busy handler
// (which sleeps); other processes (an import) still meet the busy timeout. On
// PostgreSQL writers run side by side and it only counts them. Either way
// ingest goes first: a background writer (the webhook thread,
// Sql::setBackgroundWriter) begins once the store has had no writer for a
// moment, or after kBackgroundWaitMs at the longest — slowed under a flood of
// hits, never starved.
class WriterLock
{
public:
    static constexpr std::chrono::milliseconds kBackgroundWait{250};

    // The lock of the store `name` (a SQLite file, a PostgreSQL database); `exclusive`: one writer at a time.
    static WriterLock* of(const QString& name, bool exclusive);

    explicit WriterLock(bool exclusive);
    void lock(bool background);
    void unlock();

private:
    static constexpr std::chrono::milliseconds kQuiet{2};

    const bool m_exclusive;
    std::mutex m_mutex;
    std::condition_variable m_free;
    int m_active = 0;  // writers inside a transaction
    int m_waiting = 0; // writers waiting for their turn (a background one only once its own wait is over)
    std::chrono::steady_clock::time_point m_idleSince;
};

} // namespace leadscope::server
