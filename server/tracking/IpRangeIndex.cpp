#include "server/tracking/IpRangeIndex.h"

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

IpRangeIndex::IpRangeIndex(std::vector<Range> ranges, std::vector<Source> sources)
    : m_ranges(std::move(ranges))
    , m_sources(std::move(sources))
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
    buildFastPaths();
}

namespace {
constexpr quint64 kMappedPrefix = 0x0000'ffff'0000'0000ULL;
constexpr IpAddress128 kV4First{0, kMappedPrefix};
constexpr IpAddress128 kV4Last{0, kMappedPrefix | 0xffff'ffffULL};
// 2^20 IPv4 buckets (/20s) and 2^20 IPv6 buckets (/20s), 4 MiB each: on the
// real registry a lookup is a table read and about one comparison.
constexpr int kV4BucketBits = 20;
constexpr int kV6BucketBits = 20;
} // namespace

void IpRangeIndex::buildFastPaths()
{
    // An empty registry needs no tables: lookup() answers "unknown" at once
    // (and a server without a registry keeps 8 MiB less).
    if (m_segments.empty())
        return;
    for (const Segment& s : m_segments) {
        // IPv4 (clipped to ::ffff:0:0/96).
        if (!(s.end < kV4First) && !(kV4Last < s.start)) {
            const IpAddress128 start = s.start < kV4First ? kV4First : s.start;
            const IpAddress128 end = kV4Last < s.end ? kV4Last : s.end;
            m_v4.push_back({static_cast<quint32>(start.lo), static_cast<quint32>(end.lo), s.range});
        }
        m_v6StartHi.push_back(s.start.hi);
        m_v6StartLo.push_back(s.start.lo);
        m_v6End.push_back(s.end);
        m_v6Range.push_back(s.range);
    }
    // bucket[b] = index of the first segment starting at or after b's first address.
    m_v4Bucket.resize((1u << kV4BucketBits) + 1);
    size_t v4 = 0;
    for (quint32 b = 0; b <= (1u << kV4BucketBits); ++b) {
        while (v4 < m_v4.size() && (m_v4[v4].start >> (32 - kV4BucketBits)) < b)
            ++v4;
        m_v4Bucket[b] = static_cast<quint32>(v4);
    }
    m_v6Bucket.resize((1u << kV6BucketBits) + 1);
    size_t v6 = 0;
    for (quint32 b = 0; b <= (1u << kV6BucketBits); ++b) {
        while (v6 < m_v6StartHi.size() && (m_v6StartHi[v6] >> (64 - kV6BucketBits)) < b)
            ++v6;
        m_v6Bucket[b] = static_cast<quint32>(v6);
    }
}

const IpRangeIndex::Range* IpRangeIndex::lookupV4(quint32 address) const
{
    const quint32 bucket = address >> (32 - kV4BucketBits);
    size_t lo = m_v4Bucket[bucket];
    size_t hi = m_v4Bucket[bucket + 1];
    // The last segment starting at or before the address; it may start in an
    // earlier bucket. Branch-free halving: no mispredictions on random input.
    size_t count = hi - lo;
    while (count > 0) {
        const size_t half = count / 2;
        const bool right = !(address < m_v4[lo + half].start);
        lo = right ? lo + half + 1 : lo;
        count = right ? count - half - 1 : half;
    }
    if (lo == 0)
        return nullptr;
    const V4Segment& segment = m_v4[lo - 1];
    return address <= segment.end ? &m_ranges[segment.range] : nullptr;
}

const IpRangeIndex::Range* IpRangeIndex::lookupV6(const IpAddress128& address) const
{
    const quint32 bucket = static_cast<quint32>(address.hi >> (64 - kV6BucketBits));
    size_t lo = m_v6Bucket[bucket];
    size_t hi = m_v6Bucket[bucket + 1];
    // upper_bound on (startHi, startLo), branch-free like lookupV4.
    size_t count = hi - lo;
    while (count > 0) {
        const size_t half = count / 2;
        const size_t mid = lo + half;
        const bool right =
            address.hi > m_v6StartHi[mid] || (address.hi == m_v6StartHi[mid] && !(address.lo < m_v6StartLo[mid]));
        lo = right ? mid + 1 : lo;
        count = right ? count - half - 1 : half;
    }
    if (lo == 0)
        return nullptr;
    return address <= m_v6End[lo - 1] ? &m_ranges[m_v6Range[lo - 1]] : nullptr;
}

const IpRangeIndex::Range* IpRangeIndex::findByKey(quint64 key) const
{
    const auto found = std::find_if(m_ranges.begin(), m_ranges.end(), [key](const Range& r) { return r.key == key; });
    return found == m_ranges.end() ? nullptr : &*found;
}

const IpRangeIndex::Range* IpRangeIndex::lookup(const IpAddress128& address) const
{
    if (m_v4Bucket.empty())
        return nullptr;
    if (address.hi == 0 && (address.lo >> 32) == 0xffff)
        return lookupV4(static_cast<quint32>(address.lo));
    return lookupV6(address);
}

} // namespace leadscope::server
