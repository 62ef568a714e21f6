// Issue benchmark: lookups/s of the server's range index on the real 515 k
// ip-location-db ranges vs libmaxminddb on an MMDB built from the same
// ranges (tests/bench/make-mmdb.pl), in the same run. Target: >= 5x.
//
//   BenchMatcher --data DIR(with asn-ipv4.csv, asn-ipv6.csv) --mmdb FILE [--lookups N]

#include "server/tracking/CsvReader.h"
#include "server/tracking/IpRangeIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTextStream>

#include <maxminddb.h>

#include <arpa/inet.h>
#include <netinet/in.h>

using namespace leadscope::server;

namespace {
[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "BenchMatcher: " << message << "\n";
    std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Unpacked package/ directory."),
                                        QStringLiteral("dir"));
    const QCommandLineOption mmdbOption(QStringLiteral("mmdb"), QStringLiteral("MMDB built from the same CSVs."),
                                        QStringLiteral("file"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"), QStringLiteral("Lookups per contender."),
                                           QStringLiteral("n"), QStringLiteral("5000000"));
    parser.addOptions({dataOption, mmdbOption, lookupsOption});
    parser.process(app);
    const int lookups = parser.value(lookupsOption).toInt();

    std::vector<IpRangeIndex::Range> ranges;
    for (const char* name : {"asn-ipv4.csv", "asn-ipv6.csv"}) {
        QFile file(parser.value(dataOption) + u'/' + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            die(file.fileName() + QStringLiteral(": ") + file.errorString());
        CsvReader csv(&file);
        QStringList fields;
        while (csv.next(&fields)) {
            if (fields.size() != 4)
                continue;
            ranges.push_back({IpAddress128::fromHostAddress(QHostAddress(fields[0])),
                              IpAddress128::fromHostAddress(QHostAddress(fields[1])), RangeKind::Isp, fields[2],
                              fields[3]});
        }
    }
    QElapsedTimer build;
    build.start();
    const std::vector<IpRangeIndex::Range> copy = ranges;
    const IpRangeIndex index(copy);
    const double buildSeconds = build.nsecsElapsed() / 1e9;

    MMDB_s mmdb;
    if (MMDB_open(parser.value(mmdbOption).toLocal8Bit().constData(), MMDB_MODE_MMAP, &mmdb) != MMDB_SUCCESS)
        die(QStringLiteral("cannot open ") + parser.value(mmdbOption));

    // Addresses inside the ranges (80 % IPv4), the same list for both.
    QRandomGenerator random(2026);
    std::vector<IpAddress128> addresses;
    std::vector<sockaddr_in6> sockets;
    addresses.reserve(lookups);
    sockets.reserve(lookups);
    while (static_cast<int>(addresses.size()) < lookups) {
        const IpRangeIndex::Range& r = ranges[random.bounded(static_cast<quint32>(ranges.size()))];
        const bool v4 = r.start.hi == 0 && (r.start.lo >> 32) == 0xffff;
        if (!v4 && random.bounded(5u) != 0)
            continue;
        IpAddress128 a = r.start;
        const IpAddress128 span = r.end.minus(r.start);
        if (span.hi == 0 && span.lo < ~0ULL) {
            const quint64 offset = random.generate64() % (span.lo + 1);
            a = IpAddress128{r.start.hi + (r.start.lo + offset < r.start.lo ? 1 : 0), r.start.lo + offset};
        }
        addresses.push_back(a);
        sockaddr_in6 s{};
        s.sin6_family = AF_INET6;
        const QByteArray bytes = a.toBytes();
        memcpy(s.sin6_addr.s6_addr, bytes.constData(), 16);
        sockets.push_back(s);
    }
    // MMDB stores IPv4 under ::a.b.c.d; look IPv4 up as IPv4 sockets, like a server would.
    std::vector<sockaddr_storage> mmdbSockets(sockets.size());
    for (size_t i = 0; i < sockets.size(); ++i) {
        const IpAddress128& a = addresses[i];
        if (a.hi == 0 && (a.lo >> 32) == 0xffff) {
            auto* s4 = reinterpret_cast<sockaddr_in*>(&mmdbSockets[i]);
            s4->sin_family = AF_INET;
            s4->sin_addr.s_addr = htonl(static_cast<quint32>(a.lo));
        } else {
            memcpy(&mmdbSockets[i], &sockets[i], sizeof(sockaddr_in6));
        }
    }

    // Both must agree before either is timed.
    int disagreements = 0;
    for (int i = 0; i < 20000; ++i) {
        const IpRangeIndex::Range* ours = index.lookup(addresses[i]);
        int error = 0;
        MMDB_lookup_result_s result =
            MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr*>(&mmdbSockets[i]), &error);
        MMDB_entry_data_s asn{};
        if (result.found_entry)
            MMDB_get_value(&result.entry, &asn, "asn", nullptr);
        const bool theirs = result.found_entry && asn.has_data;
        if ((ours != nullptr) != theirs || (ours && theirs && ours->companyId.toUInt() != asn.uint32))
            ++disagreements;
    }

    QElapsedTimer timer;
    timer.start();
    quint64 checksum = 0;
    for (int i = 0; i < lookups; ++i) {
        const IpRangeIndex::Range* r = index.lookup(addresses[i]);
        checksum += r ? reinterpret_cast<quintptr>(r) & 0xff : 1;
    }
    const double oursSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    for (int i = 0; i < lookups; ++i) {
        int error = 0;
        const MMDB_lookup_result_s result =
            MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr*>(&mmdbSockets[i]), &error);
        checksum += result.found_entry ? result.entry.offset & 0xff : 1;
    }
    const double mmdbSeconds = timer.nsecsElapsed() / 1e9;
    MMDB_close(&mmdb);
    // Per family, for the record.
    double familySeconds[2] = {0, 0};
    int familyCount[2] = {0, 0};
    for (int family = 0; family < 2; ++family) {
        timer.restart();
        for (int i = 0; i < lookups; ++i) {
            const bool v4 = addresses[i].hi == 0 && (addresses[i].lo >> 32) == 0xffff;
            if (v4 != (family == 0))
                continue;
            const IpRangeIndex::Range* r = index.lookup(addresses[i]);
            checksum += r ? reinterpret_cast<quintptr>(r) & 0xff : 1;
            ++familyCount[family];
        }
        familySeconds[family] = timer.nsecsElapsed() / 1e9;
    }

    QTextStream out(stdout);
    out << "BenchMatcher: " << ranges.size() << " ranges -> " << index.segmentCount() << " segments, built in "
        << buildSeconds << " s; " << disagreements << " disagreements with the MMDB in 20000 checks (checksum "
        << checksum % 1000 << ")\n";
    out << "  leadscope index: " << qRound64(lookups / oursSeconds) << " lookups/s\n";
    out << "  (IPv4 only " << qRound64(familyCount[0] / familySeconds[0]) << " lookups/s, IPv6 only "
        << qRound64(familyCount[1] / familySeconds[1]) << " lookups/s)\n";
    out << "  libmaxminddb:    " << qRound64(lookups / mmdbSeconds) << " lookups/s (lookup only, no data decoding)\n";
    out << "  ratio:           " << QString::number(mmdbSeconds / oursSeconds, 'f', 2) << "x  (target >= 5x)\n";
    return disagreements == 0 ? 0 : 1;
}
