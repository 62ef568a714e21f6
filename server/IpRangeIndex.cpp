#include "IpRangeIndex.h"

#include <algorithm>
#include <set>

namespace leadscope::server {

QString rangeKindName(RangeKind kind)
{
    switch (kind) {
    case RangeKind::Company:
        return QStringLiteral("company");
    case RangeKind::Isp:
        return QStringLiteral("isp");
    case RangeKind::Mobile:
        return QStringLiteral("mobile");
    case RangeKind::Hosting:
        return QStringLiteral("hosting");
    case RangeKind::Education:
        return QStringLiteral("education");
    case RangeKind::Government:
        return QStringLiteral("government");
    }
    return {};
}

bool rangeKindFromName(const QString& name, RangeKind* kind)
{
    for (RangeKind k : {RangeKind::Company, RangeKind::Isp, RangeKind::Mobile, RangeKind::Hosting, RangeKind::Education,
                        RangeKind::Government}) {
        if (name == rangeKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

IpRangeIndex::IpRangeIndex(std::vector<Range> ranges)
    : m_ranges(std::move(ranges))
{
    // Sweep over every boundary; between two boundaries the set of covering
    // ranges is constant, and the smallest of them is the most specific.
    struct Event
    {
        IpAddress128 at;
        bool opens;
        quint32 range;
    };
    std::vector<Event> events;
    events.reserve(m_ranges.size() * 2);
    for (quint32 i = 0; i < m_ranges.size(); ++i) {
        const Range& r = m_ranges[i];
        if (r.end < r.start)
            continue;
        events.push_back({r.start, true, i});
        if (!r.end.isMax())
            events.push_back({r.end.next(), false, i});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });

    const auto size = [this](quint32 i) {
        return m_ranges[i].end.minus(m_ranges[i].start);
    };
    const auto smaller = [&](quint32 a, quint32 b) {
        const IpAddress128 sa = size(a);
        const IpAddress128 sb = size(b);
        return sa != sb ? sa < sb : a < b;
    };
    std::set<quint32, decltype(smaller)> active(smaller);
    for (size_t e = 0; e < events.size();) {
        const IpAddress128 at = events[e].at;
        for (; e < events.size() && events[e].at == at; ++e) {
            if (events[e].opens)
                active.insert(events[e].range);
            else
                active.erase(events[e].range);
        }
        if (active.empty())
            continue;
        const quint32 best = *active.begin();
        // This segment runs to just before the next boundary (or to the range's end).
        IpAddress128 end = m_ranges[best].end;
        if (e < events.size()) {
            const IpAddress128 nextBoundary = events[e].at;
            const IpAddress128 beforeNext = nextBoundary.minus(IpAddress128{0, 1});
            if (beforeNext < end)
                end = beforeNext;
        }
        if (!m_segments.empty() && m_segments.back().range == best && m_segments.back().end.next() == at)
            m_segments.back().end = end;
        else
            m_segments.push_back({at, end, best});
    }
}

const IpRangeIndex::Range* IpRangeIndex::lookup(const IpAddress128& address) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), address,
                               [](const IpAddress128& a, const Segment& s) { return a < s.start; });
    if (it == m_segments.begin())
        return nullptr;
    --it;
    return address <= it->end ? &m_ranges[it->range] : nullptr;
}

} // namespace leadscope::server
