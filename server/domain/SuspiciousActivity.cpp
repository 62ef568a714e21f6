#include "server/domain/SuspiciousActivity.h"

#include <mutex>

namespace leadscope::server {

bool SuspiciousActivity::record(const QString& orgId, qint64 nowMs, int* inWindow)
{
    std::lock_guard lock(m_mutex);
    if (m_orgs.size() > 100'000)
        m_orgs.clear(); // bounded memory whatever the traffic; worst case one burst goes unreported
    Org& org = m_orgs[orgId];
    while (!org.failures.isEmpty() && org.failures.first() <= nowMs - kWindowMs)
        org.failures.removeFirst();
    org.failures.append(nowMs);
    constexpr qsizetype kKept = qsizetype(kBurst) * 4;
    if (org.failures.size() > kKept)
        org.failures.remove(0, org.failures.size() - kKept);
    *inWindow = int(org.failures.size());
    if (org.failures.size() < kBurst || nowMs - org.reportedAt < kWindowMs)
        return false;
    org.reportedAt = nowMs;
    return true;
}

} // namespace leadscope::server
