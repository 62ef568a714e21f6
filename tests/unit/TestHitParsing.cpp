#include "server/tracking/CsvReader.h"
#include "server/tracking/Hit.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leadscope::server;

class TestHitParsing : public QObject
{
    Q_OBJECT
private:
    static QByteArray hit(const QString& url, const QString& referrer = {},
                          const QString& title = QStringLiteral("Pricing"))
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("site"), QStringLiteral("s1")},
                                         {QStringLiteral("url"), url},
                                         {QStringLiteral("title"), title},
                                         {QStringLiteral("referrer"), referrer},
                                         {QStringLiteral("vid"), QStringLiteral("0123456789abcdef0123456789abcdef")},
                                         {QStringLiteral("sid"), QStringLiteral("fedcba9876543210fedcba9876543210")}})
            .toJson();
    }

private Q_SLOTS:
    void keepsPathAndUtmOnly()
    {
        QString error;
        const auto parsed = Hit::parse(
            hit(QStringLiteral(
                "https://www.acme.example/pricing/?email=jan%40x.nl&utm_source=news&utm_campaign=q4&gclid=X")),
            &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->host, QStringLiteral("www.acme.example"));
        QCOMPARE(parsed->path, QStringLiteral("/pricing/"));
        QCOMPARE(parsed->utmSource, QStringLiteral("news"));
        QCOMPARE(parsed->utmCampaign, QStringLiteral("q4"));
        QCOMPARE(parsed->referrerClass, QStringLiteral("campaign"));
    }
    void classifiesReferrers_data()
    {
        QTest::addColumn<QString>("referrer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QString() << QStringLiteral("direct");
        QTest::newRow("same site") << QStringLiteral("https://www.acme.example/") << QStringLiteral("direct");
        QTest::newRow("google") << QStringLiteral("https://www.google.nl/") << QStringLiteral("search");
        QTest::newRow("bing") << QStringLiteral("https://www.bing.com/search?q=x") << QStringLiteral("search");
        QTest::newRow("linkedin") << QStringLiteral("https://www.linkedin.com/feed/") << QStringLiteral("social");
        QTest::newRow("t.co") << QStringLiteral("https://t.co/abc") << QStringLiteral("social");
        QTest::newRow("partner") << QStringLiteral("https://partner.example/blog") << QStringLiteral("referral");
    }
    void classifiesReferrers()
    {
        QFETCH(QString, referrer);
        QFETCH(QString, expected);
        QString error;
        const auto parsed = Hit::parse(hit(QStringLiteral("https://www.acme.example/"), referrer), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->referrerClass, expected);
    }
    void capsTitles()
    {
        QString error;
        const auto parsed = Hit::parse(hit(QStringLiteral("https://acme.example/"), {}, QString(5000, u'x')), &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->title.size(), 300);
    }
    void rejectsMalformedHits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("site=s1");
        QTest::newRow("array") << QByteArray("[]");
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        const auto make = [&id](const QString& site, const QString& url, const QString& vid) {
            return QJsonDocument(QJsonObject{{QStringLiteral("site"), site},
                                             {QStringLiteral("url"), url},
                                             {QStringLiteral("vid"), vid},
                                             {QStringLiteral("sid"), id}})
                .toJson();
        };
        QTest::newRow("no site") << make(QString(), QStringLiteral("https://a.example/"), id);
        QTest::newRow("short vid") << make(QStringLiteral("s"), QStringLiteral("https://a.example/"),
                                           QStringLiteral("abc"));
        QTest::newRow("upper-case vid") << make(QStringLiteral("s"), QStringLiteral("https://a.example/"),
                                                id.toUpper());
        QTest::newRow("vid with a trailing newline") // found by FuzzCollectBody
            << make(QStringLiteral("s"), QStringLiteral("https://a.example/"), id + u'\n');
        QTest::newRow("ftp url") << make(QStringLiteral("s"), QStringLiteral("ftp://a.example/"), id);
        QTest::newRow("too big") << QByteArray(9000, ' ');
        // A time stamp that no integer holds (found by FuzzCollectBody), negative, fractional, text.
        const QByteArray valid = make(QStringLiteral("s"), QStringLiteral("https://a.example/"), id);
        for (const char* ts : {"1e41", "-5", "1.5", "\"x\""})
            QTest::newRow(ts) << QByteArray(valid.left(valid.lastIndexOf('}')) + ",\"ts\":" + ts + "}");
    }
    void rejectsMalformedHits()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!Hit::parse(body, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
    void csvFollowsRfc4180()
    {
        QByteArray data("\xEF\xBB\xBFname,city\r\n\"Jansen, de Vries & Co\",Utrecht\r\n\"He said "
                        "\"\"hi\"\"\",\"two\nlines\"\nlast,\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer);
        QStringList fields;
        QVERIFY(csv.next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("city")}));
        QVERIFY(csv.next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("Jansen, de Vries & Co"), QStringLiteral("Utrecht")}));
        QVERIFY(csv.next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("He said \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(csv.line(), 3);
        QVERIFY(csv.next(&fields));
        QCOMPARE(csv.line(), 5);
        QCOMPARE(fields, (QStringList{QStringLiteral("last"), QString()}));
        QVERIFY(!csv.next(&fields));
        QVERIFY(csv.error().isEmpty());
    }
    void csvKeepsAZeroWidthNoBreakSpaceThatIsContent()
    {
        // Only the file's own byte-order mark is not content (found by FuzzCellWriter).
        QByteArray data("\xEF\xBB\xBF"
                        "a,\xEF\xBB\xBF"
                        "b\r\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer);
        QStringList fields;
        QVERIFY(csv.next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("a"), QString(QChar(0xFEFF)) + u'b'}));
    }
    void csvReportsMalformedQuotes()
    {
        QByteArray data("a,\"unterminated\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer);
        QStringList fields;
        QVERIFY(!csv.next(&fields));
        QVERIFY(!csv.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHitParsing)
#include "TestHitParsing.moc"
