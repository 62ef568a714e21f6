#pragma once

#include "server/tracking/IpRangeIndex.h"

#include <QByteArray>
#include <QString>

namespace leadscope::server {

// How an identified visit's company was found, without the visitor's
// address (docs/MATCHING.md): the range's kind, its size as a prefix length,
// how it was tied to the company, where it came from, and the confidence the
// documented rule derives from these. Kept on the visit and synced with it.
struct MatchProvenance
{
    enum Confidence
    {
        Unknown = 0,
        Low = 1,
        Medium = 2,
        High = 3
    };

    int confidence = Unknown;
    QString rangeKey;     // opaque: a hash of the register range's bounds
    qint64 sourceId = 0;  // registry_sources.id; 0 for a correction or an import before provenance was kept
    QString sourceFormat; // leadscope, ip-location-db, correction, operator; '' not known
    QString sourceFile;
    qint64 sourceAt = 0; // when imported (or corrected), ms
    int prefixLength = 0;
    int ipVersion = 0;
    QString rangeKind;
    QString linkedBy; // registry_number, name, correction, operator

    // The organisation's own "wrong company" report named the company: high confidence, no import source.
    void markCorrected();

    // Compact JSON, as QJsonDocument writes it: {"confidence","ip_version","linked_by","prefix_length",
    // "range_kind","source":{"at","file","format"}} (the visit's "match" in sync and the read API).
    QByteArray toJsonText() const;

    // The rule: a company's own network registered to it by number is high
    // when it is small (IPv4 /24 or smaller, IPv6 /48), medium up to /16
    // (IPv6 /32), low beyond; a network tied by name is one level lower; a
    // correction made by people is high.
    static int confidenceOf(const QString& linkedBy, int ipVersion, int prefixLength);
    static QString confidenceName(int confidence);
    // The range's size as a prefix length in its family (a range that is not
    // a CIDR block counts as the smallest block that holds it).
    static int prefixLengthOf(const IpAddress128& start, const IpAddress128& end, int* ipVersion);
    static quint64 rangeKeyOf(const IpAddress128& start, const IpAddress128& end);
    static QString rangeKeyText(quint64 key);
    // A range's provenance as the index knows it (no index: without its source).
    static MatchProvenance ofRange(const IpRangeIndex* index, const IpRangeIndex::Range& range);
};

} // namespace leadscope::server
