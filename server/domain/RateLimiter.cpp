#include "server/domain/RateLimiter.h"

namespace leadscope::server {

RateLimiter::RateLimiter(int maxFailures, qint64 windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{
}

int RateLimiter::retryAfterSeconds(const QByteArray& key, qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_windows.constFind(key);
    if (it == m_windows.cend() || it->failures < m_maxFailures || nowMs - it->startMs >= m_windowMs)
        return 0;
    return static_cast<int>((it->startMs + m_windowMs - nowMs + 999) / 1000);
}

bool RateLimiter::record(const QByteArray& key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    prune(nowMs);
    Window& window = m_windows[key];
    if (nowMs - window.startMs >= m_windowMs)
        window = Window{nowMs, 0};
    ++window.failures;
    return window.failures == m_maxFailures;
}

void RateLimiter::clear(const QByteArray& key)
{
    std::lock_guard lock(m_mutex);
    m_windows.remove(key);
}

void RateLimiter::prune(qint64 nowMs)
{
    // Called under the lock; keeps memory bounded under a flood of sources.
    if (nowMs - m_lastPruneMs < m_windowMs && m_windows.size() < 100'000)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startMs >= m_windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace leadscope::server
