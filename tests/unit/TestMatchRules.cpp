#include "server/cli/CorrectionsListCommand.h"
#include "server/tracking/BotFilter.h"
#include "server/tracking/MatchProvenance.h"

#include <QTest>

using namespace leadscope::server;

namespace {
IpAddress128 ip(const char* text)
{
    return IpAddress128::fromHostAddress(QHostAddress(QLatin1String(text)));
}
const QByteArray kChrome =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
} // namespace

// The documented rules of docs/MATCHING.md: a range's size, the confidence
// derived from it, and which hits are a bot's.
class TestMatchRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangeSizeIsAPrefixLength_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("text");
        QTest::newRow("/24") << "203.0.113.0"
                             << "203.0.113.255" << 24 << 4 << "203.0.113.0/24";
        QTest::newRow("/12") << "10.0.0.0"
                             << "10.15.255.255" << 12 << 4 << "10.0.0.0/12";
        QTest::newRow("one address") << "192.0.2.7"
                                     << "192.0.2.7" << 32 << 4 << "192.0.2.7/32";
        QTest::newRow("not a block") << "10.0.0.5"
                                     << "10.0.1.4" << 24 << 4 << "10.0.0.5 – 10.0.1.4";
        QTest::newRow("IPv6 /48") << "2001:db8:1::"
                                  << "2001:db8:1:ffff:ffff:ffff:ffff:ffff" << 48 << 6 << "2001:db8:1::/48";
    }
    void rangeSizeIsAPrefixLength()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, prefix);
        QFETCH(int, version);
        QFETCH(QString, text);
        int ipVersion = 0;
        QCOMPARE(MatchProvenance::prefixLengthOf(ip(qPrintable(start)), ip(qPrintable(end)), &ipVersion), prefix);
        QCOMPARE(ipVersion, version);
        QCOMPARE(CorrectionsListCommand::rangeText(ip(qPrintable(start)).toBytes(), ip(qPrintable(end)).toBytes()),
                 text);
        // The key is opaque and stable: the same bounds, the same key; others, another.
        QCOMPARE(MatchProvenance::rangeKeyOf(ip(qPrintable(start)), ip(qPrintable(end))),
                 MatchProvenance::rangeKeyOf(ip(qPrintable(start)), ip(qPrintable(end))));
        QVERIFY(MatchProvenance::rangeKeyOf(ip(qPrintable(start)), ip(qPrintable(end))) !=
                    MatchProvenance::rangeKeyOf(ip(qPrintable(start)), ip(qPrintable(start))) ||
                start == end);
    }

    void confidenceFollowsTheDocumentedRule_data()
    {
        QTest::addColumn<QString>("linkedBy");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("confidence");
        QTest::newRow("own /24 by number") << "registry_number" << 4 << 24 << "high";
        QTest::newRow("own /28 by number") << "registry_number" << 4 << 28 << "high";
        QTest::newRow("/20 by number") << "registry_number" << 4 << 20 << "medium";
        QTest::newRow("/16 by number") << "registry_number" << 4 << 16 << "medium";
        QTest::newRow("/12 by number") << "registry_number" << 4 << 12 << "low";
        QTest::newRow("/24 by name") << "name" << 4 << 24 << "medium";
        QTest::newRow("/16 by name") << "name" << 4 << 16 << "low";
        QTest::newRow("before provenance") << "" << 4 << 24 << "medium";
        QTest::newRow("IPv6 /48 by number") << "registry_number" << 6 << 48 << "high";
        QTest::newRow("IPv6 /32 by number") << "registry_number" << 6 << 32 << "medium";
        QTest::newRow("IPv6 /24 by number") << "registry_number" << 6 << 24 << "low";
        QTest::newRow("a correction") << "correction" << 4 << 8 << "high";
        QTest::newRow("the operator's") << "operator" << 4 << 8 << "high";
    }
    void confidenceFollowsTheDocumentedRule()
    {
        QFETCH(QString, linkedBy);
        QFETCH(int, version);
        QFETCH(int, prefix);
        QFETCH(QString, confidence);
        QCOMPARE(MatchProvenance::confidenceName(MatchProvenance::confidenceOf(linkedBy, version, prefix)), confidence);
    }

    void botsAreToldFromPeople()
    {
        BotFilter filter;
        QString error;
        QVERIFY2(filter.loadBuiltIn(&error), qPrintable(error));
        QVERIFY2(filter.patternCount() >= 1000, qPrintable(QString::number(filter.patternCount())));
        IpRangeIndex::Range office{
            ip("203.0.113.0"), ip("203.0.113.255"), RangeKind::Company, QStringLiteral("kvk-1"), {}};
        IpRangeIndex::Range cloud{ip("192.0.2.0"), ip("192.0.2.255"), RangeKind::Hosting, {}, QStringLiteral("Cloud")};
        BotFilter::Request person{kChrome, true, false, false, &office, 1, 1'000'000};
        QCOMPARE(filter.judge(person), BotFilter::Reason::None);
        for (const QByteArray& agent :
             {QByteArray("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
              QByteArray("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
              QByteArray("curl/8.4.0"), QByteArray("python-requests/2.31.0")}) {
            BotFilter::Request crawler = person;
            crawler.userAgent = agent;
            crawler.session = 2;
            QCOMPARE(filter.judge(crawler), BotFilter::Reason::Crawler);
        }
        for (const QByteArray& agent :
             {QByteArray("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Version/17.0 Safari/605.1.15"),
              QByteArray("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Gecko/20100101 Firefox/121.0"),
              QByteArray("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                         "Gecko) Version/17.1 Mobile/15E148 Safari/604.1")}) {
            BotFilter::Request browser = person;
            browser.userAgent = agent;
            browser.session = 3;
            QCOMPARE(filter.judge(browser), BotFilter::Reason::None);
        }
        BotFilter::Request headless = person;
        headless.userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "HeadlessChrome/120.0.0.0 Safari/537.36";
        headless.session = 4;
        QCOMPARE(filter.judge(headless), BotFilter::Reason::Automated);
        BotFilter::Request webdriver = person;
        webdriver.webdriver = true;
        webdriver.session = 5;
        QCOMPARE(filter.judge(webdriver), BotFilter::Reason::Automated);
        webdriver.allowAutomated = true; // the website records automated browsers
        QCOMPARE(filter.judge(webdriver), BotFilter::Reason::None);
        BotFilter::Request script = person;
        script.hasOrigin = false;
        QCOMPARE(filter.judge(script), BotFilter::Reason::NoScript);
        BotFilter::Request dataCentre = person;
        dataCentre.range = &cloud;
        dataCentre.session = 6;
        QCOMPARE(filter.judge(dataCentre), BotFilter::Reason::DataCentre);

        // Ten pages in a second may be a person's; the eleventh is not, and the session stays flagged.
        BotFilter::Request racer = person;
        racer.session = 7;
        for (int i = 0; i < BotFilter::kMaxHitsPerSecond; ++i) {
            racer.nowMs = 2'000'000 + i * 50;
            QCOMPARE(filter.judge(racer), BotFilter::Reason::None);
        }
        racer.nowMs = 2'000'000 + 600;
        QCOMPARE(filter.judge(racer), BotFilter::Reason::TooFast);
        racer.nowMs += 60'000;
        QCOMPARE(filter.judge(racer), BotFilter::Reason::TooFast);
        // A reader's pace never trips it.
        BotFilter::Request reader = person;
        reader.session = 8;
        for (int i = 0; i < 50; ++i) {
            reader.nowMs = 3'000'000 + i * 4'000;
            QCOMPARE(filter.judge(reader), BotFilter::Reason::None);
        }

        // Off: every hit is a person's.
        BotFilter off(false);
        QCOMPARE(off.judge(script), BotFilter::Reason::None);
    }

    void aBrokenListIsRefusedByPattern()
    {
        BotFilter filter;
        QString error;
        QVERIFY(!filter.load("[{\"pattern\": \"Goodbot\"}, {\"pattern\": \"bad(bot\"}]", &error));
        QVERIFY2(error.contains(QStringLiteral("bad(bot")), qPrintable(error));
        QVERIFY(!filter.load("{}", &error));
        QVERIFY(!filter.load("[{\"tags\": []}]", &error));
    }
};

QTEST_GUILESS_MAIN(TestMatchRules)
#include "TestMatchRules.moc"
