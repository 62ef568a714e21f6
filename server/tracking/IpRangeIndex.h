#pragma once

#include "server/tracking/IpAddress128.h"

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
        // Provenance (MatchProvenance): where the range came from, how it was tied to its company.
        QString linkedBy = {}; // registry_number, name, operator; '' for a range of no company
        quint64 key = 0;       // MatchProvenance::rangeKeyOf its bounds
        quint32 source = 0;    // index into sources(); 0 = not known
        quint8 prefixLength = 0;
        quint8 ipVersion = 0;
        quint8 confidence = 0; // MatchProvenance::Confidence
    };
    // An import's ranges file (registry_sources).
    struct Source
    {
        qint64 id = 0;
        QString format;
        QString file;
        qint64 importedAt = 0;
    };

    IpRangeIndex() = default;
    explicit IpRangeIndex(std::vector<Range> ranges, std::vector<Source> sources = {});

    // The most specific range containing `address`, or nullptr.
    const Range* lookup(const IpAddress128& address) const;
    size_t rangeCount() const { return m_ranges.size(); }
    size_t segmentCount() const { return m_segments.size(); }
    // The range whose key (MatchProvenance::rangeKeyOf its bounds) this is, or nullptr. A scan: for reports.
    const Range* findByKey(quint64 key) const;
    // sources()[0] is "not known"; nullptr out of range.
    const Source* source(quint32 index) const { return index < m_sources.size() ? &m_sources[index] : nullptr; }

private:
    struct Segment
    {
        IpAddress128 start;
        IpAddress128 end;
        quint32 range;
    };
    void buildFastPaths();
    const Range* lookupV4(quint32 address) const;
    const Range* lookupV6(const IpAddress128& address) const;

    std::vector<Range> m_ranges;
    std::vector<Source> m_sources;
    std::vector<Segment> m_segments; // disjoint, sorted by start

    // Lookup structures: IPv4 as 32-bit keys with a table of where each /16
    // starts, so a lookup is one table read and a short binary search within
    // a cache line or two; everything else as 64+64-bit keys bucketed by the
    // top 20 bits.
    struct V4Segment
    {
        quint32 start;
        quint32 end;
        quint32 range;
    };
    std::vector<V4Segment> m_v4; // a bucket's few segments share a cache line or two
    std::vector<quint32> m_v4Bucket;
    std::vector<quint64> m_v6StartHi;
    std::vector<quint64> m_v6StartLo;
    std::vector<IpAddress128> m_v6End;
    std::vector<quint32> m_v6Range;
    std::vector<quint32> m_v6Bucket;
};

} // namespace leadscope::server
