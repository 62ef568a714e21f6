#include "server/store/WriterLock.h"

#include <algorithm>
#include <map>
#include <memory>

namespace leadscope::server {

WriterLock* WriterLock::of(const QString& name, bool exclusive)
{
    static std::mutex guard;
    static std::map<QString, std::unique_ptr<WriterLock>> locks;
    const std::lock_guard lock(guard);
    std::unique_ptr<WriterLock>& writer = locks[name];
    if (!writer)
        writer = std::make_unique<WriterLock>(exclusive);
    return writer.get();
}

WriterLock::WriterLock(bool exclusive)
    : m_exclusive(exclusive)
{
}

void WriterLock::lock(bool background)
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock guard(m_mutex);
    if (background) {
        // Ingest is busy while its transactions follow each other closely:
        // wait for a pause of kQuiet (or, at the longest, kBackgroundWait).
        const auto until = Clock::now() + kBackgroundWait;
        for (auto now = Clock::now(); now < until; now = Clock::now()) {
            if (m_active == 0 && m_waiting == 0 && now - m_idleSince >= kQuiet)
                break;
            m_free.wait_until(guard, std::min(until, std::max(now, m_idleSince) + kQuiet));
        }
    }
    if (m_exclusive) {
        ++m_waiting;
        m_free.wait(guard, [this] { return m_active == 0; });
        --m_waiting;
    }
    ++m_active;
}

void WriterLock::unlock()
{
    {
        const std::lock_guard guard(m_mutex);
        if (--m_active == 0)
            m_idleSince = std::chrono::steady_clock::now();
    }
    m_free.notify_all();
}

} // namespace leadscope::server
