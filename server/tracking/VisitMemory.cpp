#include "server/tracking/VisitMemory.h"

namespace leadscope::server {

VisitMemory& VisitMemory::thisThread()
{
    thread_local VisitMemory memory;
    return memory;
}

VisitMemory::Entry& VisitMemory::entry(const QString& visitId)
{
    if (m_visits.size() >= kMaxVisits && !m_visits.contains(visitId))
        m_visits.clear(); // the visits still growing come back with their next batch
    return m_visits[visitId];
}

void VisitMemory::advance(const QString& visitId, const QStringList& added, int pageviews)
{
    const auto it = m_visits.find(visitId);
    if (it == m_visits.end() || !it->paths)
        return;
    if (it->paths->size() + added.size() == pageviews)
        *it->paths += added;
    else
        it->paths.reset();
}

std::optional<QStringList> VisitMemory::paths(const QString& visitId) const
{
    const auto it = m_visits.constFind(visitId);
    return it == m_visits.cend() ? std::nullopt : it->paths;
}

void VisitMemory::keepPaths(const QString& visitId, const QStringList& paths)
{
    entry(visitId).paths = paths;
}

std::optional<QSet<QString>> VisitMemory::fired(const QString& visitId) const
{
    const auto it = m_visits.constFind(visitId);
    return it == m_visits.cend() ? std::nullopt : it->fired;
}

void VisitMemory::keepFired(const QString& visitId, const QSet<QString>& rules)
{
    entry(visitId).fired = rules;
}

void VisitMemory::firing(const QString& visitId, const QString& ruleId)
{
    m_pending.append({visitId, ruleId});
}

qint64 VisitMemory::settle(bool committed)
{
    const qint64 settled = committed ? m_pending.size() : 0;
    for (const auto& [visitId, ruleId] : std::as_const(m_pending)) {
        const auto it = m_visits.find(visitId);
        if (it == m_visits.end() || !it->fired)
            continue;
        if (committed)
            it->fired->insert(ruleId);
        else
            it->fired.reset();
    }
    m_pending.clear();
    return settled;
}

} // namespace leadscope::server
