#include "server/tracking/IpRangeIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace leadscope::server;

class TestIpRangeIndex : public QObject
{
    Q_OBJECT
private:
    static IpAddress128 ip(const char* text)
    {
        return IpAddress128::fromHostAddress(QHostAddress(QLatin1String(text)));
    }
    static IpRangeIndex::Range range(const char* start, const char* end, RangeKind kind, const char* company)
    {
        return {ip(start), ip(end), kind, QLatin1String(company), QString()};
    }
    static QString owner(const IpRangeIndex& index, const char* address)
    {
        const auto* r = index.lookup(ip(address));
        return r ? (r->companyId.isEmpty() ? rangeKindName(r->kind) : r->companyId) : QStringLiteral("none");
    }

private Q_SLOTS:
    void mostSpecificRangeWins()
    {
        // An ISP block with a company's block inside it, and a smaller one inside that.
        const IpRangeIndex index({range("10.0.0.0", "10.255.255.255", RangeKind::Isp, ""),
                                  range("10.1.0.0", "10.1.255.255", RangeKind::Company, "kvk-1"),
                                  range("10.1.2.0", "10.1.2.127", RangeKind::Company, "kvk-2")});
        QCOMPARE(owner(index, "10.0.0.1"), QStringLiteral("isp"));
        QCOMPARE(owner(index, "10.1.0.0"), QStringLiteral("kvk-1"));
        QCOMPARE(owner(index, "10.1.2.0"), QStringLiteral("kvk-2"));
        QCOMPARE(owner(index, "10.1.2.127"), QStringLiteral("kvk-2"));
        QCOMPARE(owner(index, "10.1.2.128"), QStringLiteral("kvk-1"));
        QCOMPARE(owner(index, "10.1.255.255"), QStringLiteral("kvk-1"));
        QCOMPARE(owner(index, "10.2.0.0"), QStringLiteral("isp"));
        QCOMPARE(owner(index, "10.255.255.255"), QStringLiteral("isp"));
        QCOMPARE(owner(index, "11.0.0.0"), QStringLiteral("none"));
        QCOMPARE(owner(index, "9.255.255.255"), QStringLiteral("none"));
    }
    void partialOverlapsAndNonCidrRanges()
    {
        const IpRangeIndex index({range("192.0.2.10", "192.0.2.99", RangeKind::Company, "kvk-a"),
                                  range("192.0.2.50", "192.0.2.200", RangeKind::Hosting, "")});
        QCOMPARE(owner(index, "192.0.2.9"), QStringLiteral("none"));
        QCOMPARE(owner(index, "192.0.2.10"), QStringLiteral("kvk-a"));
        QCOMPARE(owner(index, "192.0.2.60"), QStringLiteral("kvk-a")); // 90 addresses beat 151
        QCOMPARE(owner(index, "192.0.2.100"), QStringLiteral("hosting"));
        QCOMPARE(owner(index, "192.0.2.200"), QStringLiteral("hosting"));
        QCOMPARE(owner(index, "192.0.2.201"), QStringLiteral("none"));
    }
    void ipv6AndMappedIpv4()
    {
        const IpRangeIndex index({range("2001:db8::", "2001:db8::ffff", RangeKind::Company, "kvk-6"),
                                  range("198.51.100.0", "198.51.100.255", RangeKind::Mobile, "")});
        QCOMPARE(owner(index, "2001:db8::1234"), QStringLiteral("kvk-6"));
        QCOMPARE(owner(index, "2001:db8::1:0"), QStringLiteral("none"));
        QCOMPARE(owner(index, "::ffff:198.51.100.7"), QStringLiteral("mobile")); // a dual-stack socket's view
        QCOMPARE(owner(index, "198.51.100.7"), QStringLiteral("mobile"));
    }
    void extremesOfTheAddressSpace()
    {
        const IpRangeIndex index({range("::", "::ff", RangeKind::Isp, ""),
                                  range("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00",
                                        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", RangeKind::Company, "kvk-max")});
        QCOMPARE(owner(index, "::"), QStringLiteral("isp"));
        QCOMPARE(owner(index, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), QStringLiteral("kvk-max"));
        QCOMPARE(owner(index, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:feff"), QStringLiteral("none"));
    }
    void emptyAndInvertedRanges()
    {
        const IpRangeIndex empty;
        QCOMPARE(owner(empty, "1.2.3.4"), QStringLiteral("none"));
        const IpRangeIndex noRanges(std::vector<IpRangeIndex::Range>{}); // a server with no registry yet
        QCOMPARE(owner(noRanges, "1.2.3.4"), QStringLiteral("none"));
        QCOMPARE(owner(noRanges, "2001:db8::1"), QStringLiteral("none"));
        const IpRangeIndex inverted({range("10.0.0.9", "10.0.0.1", RangeKind::Company, "kvk-x")});
        QCOMPARE(owner(inverted, "10.0.0.5"), QStringLiteral("none"));
    }
    void agreesWithALinearScan()
    {
        // Random nested and overlapping ranges: the index must pick what a
        // brute-force "smallest containing range" search picks.
        QRandomGenerator random(42);
        std::vector<IpRangeIndex::Range> ranges;
        for (int i = 0; i < 400; ++i) {
            const quint32 start = random.bounded(100000u);
            const quint32 length = random.bounded(i % 10 == 0 ? 20000u : 300u);
            ranges.push_back({IpAddress128{0, 0x0000'ffff'0000'0000ULL | start},
                              IpAddress128{0, 0x0000'ffff'0000'0000ULL | (start + length)}, RangeKind::Company,
                              QString::number(i), QString()});
        }
        const IpRangeIndex index(ranges);
        for (quint32 a = 0; a < 101000; a += 7) {
            const IpAddress128 address{0, 0x0000'ffff'0000'0000ULL | a};
            int best = -1;
            for (int i = 0; i < int(ranges.size()); ++i) {
                if (ranges[i].start <= address && address <= ranges[i].end &&
                    (best < 0 || ranges[i].end.minus(ranges[i].start) < ranges[best].end.minus(ranges[best].start)))
                    best = i;
            }
            const auto* found = index.lookup(address);
            QCOMPARE(found ? found->companyId.toInt() : -1, best);
        }
    }
};

QTEST_GUILESS_MAIN(TestIpRangeIndex)
#include "TestIpRangeIndex.moc"
