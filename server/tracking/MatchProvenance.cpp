#include "server/tracking/MatchProvenance.h"

#include "server/base/Clock.h"
#include "server/base/JsonObjectWriter.h"

#include "protocol/Crypto.h"

#include <bit>

namespace leadscope::server {

namespace {
constexpr quint64 kMappedPrefix = 0x0000'ffff'0000'0000ULL;

int bitLength(const IpAddress128& value)
{
    if (value.hi != 0)
        return 128 - std::countl_zero(value.hi);
    return 64 - std::countl_zero(value.lo);
}
} // namespace

QByteArray MatchProvenance::toJsonText() const
{
    QByteArray source;
    {
        JsonObjectWriter o(&source);
        if (sourceAt > 0)
            o.addAscii(QLatin1StringView("at"), Clock::isoAscii(sourceAt));
        else
            o.addNull(QLatin1StringView("at"));
        o.add(QLatin1StringView("file"), sourceFile).add(QLatin1StringView("format"), sourceFormat);
    }
    QByteArray out;
    out.reserve(160 + source.size());
    JsonObjectWriter(&out)
        .add(QLatin1StringView("confidence"), confidenceName(confidence))
        .add(QLatin1StringView("ip_version"), ipVersion)
        .add(QLatin1StringView("linked_by"), linkedBy)
        .add(QLatin1StringView("prefix_length"), prefixLength)
        .add(QLatin1StringView("range_kind"), rangeKind)
        .addJson(QLatin1StringView("source"), source);
    return out;
}

void MatchProvenance::markCorrected()
{
    linkedBy = QStringLiteral("correction");
    confidence = High;
    sourceId = 0;
    sourceFormat = linkedBy;
    sourceFile.clear();
    sourceAt = 0; // the report's date is on the report (a visit read back could not say it)
}

int MatchProvenance::confidenceOf(const QString& linkedBy, int ipVersion, int prefixLength)
{
    if (linkedBy == QLatin1String("correction") || linkedBy == QLatin1String("operator"))
        return High;
    const int high = ipVersion == 6 ? 48 : 24;
    const int medium = ipVersion == 6 ? 32 : 16;
    int level = prefixLength >= high ? High : prefixLength >= medium ? Medium : Low;
    if (linkedBy != QLatin1String("registry_number"))
        level = qMax(int(Low), level - 1);
    return level;
}

QString MatchProvenance::confidenceName(int confidence)
{
    switch (confidence) {
    case Low:
        return QStringLiteral("low");
    case Medium:
        return QStringLiteral("medium");
    case High:
        return QStringLiteral("high");
    default:
        return QStringLiteral("unknown");
    }
}

int MatchProvenance::prefixLengthOf(const IpAddress128& start, const IpAddress128& end, int* ipVersion)
{
    const bool v4 = start.hi == 0 && (start.lo >> 32) == 0xffff && end.hi == 0 && (end.lo >> 32) == 0xffff;
    *ipVersion = v4 ? 4 : 6;
    if (end < start)
        return v4 ? 32 : 128;
    const IpAddress128 span = end.minus(start);
    if (v4)
        return 32 - bitLength(IpAddress128{0, span.lo & ~kMappedPrefix});
    return 128 - bitLength(span);
}

quint64 MatchProvenance::rangeKeyOf(const IpAddress128& start, const IpAddress128& end)
{
    const QByteArray digest = protocol::Crypto::sha256(QByteArray(start.toBytes() + end.toBytes()));
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(digest[i]);
    return key;
}

QString MatchProvenance::rangeKeyText(quint64 key)
{
    return QStringLiteral("%1").arg(key, 16, 16, QLatin1Char('0'));
}

MatchProvenance MatchProvenance::ofRange(const IpRangeIndex* index, const IpRangeIndex::Range& range)
{
    MatchProvenance p;
    p.rangeKey = rangeKeyText(range.key);
    p.prefixLength = range.prefixLength;
    p.ipVersion = range.ipVersion;
    p.rangeKind = rangeKindName(range.kind);
    p.linkedBy = range.linkedBy;
    p.confidence = range.confidence;
    if (const IpRangeIndex::Source* source = index ? index->source(range.source) : nullptr) {
        p.sourceId = source->id;
        p.sourceFormat = source->format;
        p.sourceFile = source->file;
        p.sourceAt = source->importedAt;
    }
    return p;
}

} // namespace leadscope::server
