#include "server/tracking/IpAddress128.h"

namespace leadscope::server {

IpAddress128 IpAddress128::fromHostAddress(const QHostAddress& address, bool* ok)
{
    const bool isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (ok)
        *ok = isV4 || address.protocol() == QAbstractSocket::IPv6Protocol;
    if (isV4)
        return IpAddress128{0, 0x0000'ffff'0000'0000ULL | address.toIPv4Address()};
    // IPv6 as it is: an IPv4-mapped address (::ffff:a.b.c.d) is already the
    // same number as its IPv4 form above.
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    IpAddress128 out;
    for (int i = 0; i < 8; ++i)
        out.hi = (out.hi << 8) | v6[i];
    for (int i = 8; i < 16; ++i)
        out.lo = (out.lo << 8) | v6[i];
    return out;
}

IpAddress128 IpAddress128::fromBytes(const QByteArray& bytes)
{
    IpAddress128 out;
    if (bytes.size() != 16)
        return out;
    for (int i = 0; i < 8; ++i)
        out.hi = (out.hi << 8) | static_cast<quint8>(bytes[i]);
    for (int i = 8; i < 16; ++i)
        out.lo = (out.lo << 8) | static_cast<quint8>(bytes[i]);
    return out;
}

QByteArray IpAddress128::toBytes() const
{
    QByteArray out(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<char>((hi >> (56 - 8 * i)) & 0xff);
    for (int i = 0; i < 8; ++i)
        out[8 + i] = static_cast<char>((lo >> (56 - 8 * i)) & 0xff);
    return out;
}

} // namespace leadscope::server
