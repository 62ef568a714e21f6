#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QtGlobal>

#include <compare>

namespace leadscope::server {

// An IPv4 or IPv6 address as one unsigned 128-bit number (IPv4 mapped into
// ::ffff:0:0/96), so both families share one sorted range index. Portable
// (no __int128). Lives in memory only; never written anywhere.
struct IpAddress128
{
    quint64 hi = 0;
    quint64 lo = 0;

    auto operator<=>(const IpAddress128&) const = default;

    static IpAddress128 fromHostAddress(const QHostAddress& address, bool* ok = nullptr);
    // 16 bytes, big-endian (how ranges are stored in the registry tables).
    static IpAddress128 fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const;

    bool isMax() const { return hi == ~0ULL && lo == ~0ULL; }
    IpAddress128 next() const { return lo == ~0ULL ? IpAddress128{hi + 1, 0} : IpAddress128{hi, lo + 1}; }
    // this - other, for this >= other; saturates nothing (128 bits always fit).
    IpAddress128 minus(const IpAddress128& other) const
    {
        return IpAddress128{hi - other.hi - (lo < other.lo ? 1 : 0), lo - other.lo};
    }
};

} // namespace leadscope::server
