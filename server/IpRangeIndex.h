#pragma once

#include "IpAddress128.h"

#include <QString>

#include <vector>

namespace leadscope::server {

// What an address range belongs to.
enum class RangeKind : quint8
{
    Company,
    Isp,
    Mobile,
    Hosting,
    Education,
    Government
};

QString rangeKindName(RangeKind kind);
bool rangeKindFromName(const QString& name, RangeKind* kind);

// An immutable, sorted index of inclusive address ranges (IPv4 and IPv6,
// not only CIDR blocks). Where ranges overlap, the most specific (smallest)
// one wins. Built once, then shared read-only between threads.
class IpRangeIndex
{
public:
    struct Range
    {
        IpAddress128 start;
        IpAddress128 end;
        RangeKind kind = RangeKind::Isp;
        QString companyId;   // for kind Company (and education/government with a registry entry)
        QString networkName; // AS organisation or range owner, for aggregates
    };

    IpRangeIndex() = default;
    explicit IpRangeIndex(std::vector<Range> ranges);

    // The most specific range containing `address`, or nullptr.
    const Range* lookup(const IpAddress128& address) const;
    size_t rangeCount() const { return m_ranges.size(); }
    size_t segmentCount() const { return m_segments.size(); }

private:
    struct Segment
    {
        IpAddress128 start;
        IpAddress128 end;
        quint32 range;
    };
    std::vector<Range> m_ranges;
    std::vector<Segment> m_segments; // disjoint, sorted by start
};

} // namespace leadscope::server
