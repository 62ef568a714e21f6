#include "core/ContentDecoding.h"
#include "server/http/Gzip.h"

#include <QTest>

using namespace leadscope;
using core::ContentDecoding;

// A sync page arrives as the server packed it (gzip) and is unpacked on the
// sync's reader thread: what the cache stores is what the server sent, and a
// damaged, cut-off or oversized answer is refused with a reason (the sync then
// asks for the page again) instead of being read as a shorter page.
class TestContentDecoding : public QObject
{
    Q_OBJECT
private:
    // Something like a page: 5 MiB of JSON-ish text that does not repeat exactly.
    static QByteArray page()
    {
        QByteArray json = "{\"changes\":[";
        for (int i = 0; json.size() < 5 * 1024 * 1024; ++i)
            json += "{\"seq\":" + QByteArray::number(i) + ",\"type\":\"visit\",\"id\":\"v-" +
                    QByteArray::number(i * 7919 % 100'003) + "\",\"data\":{\"landing_page\":\"/p/" +
                    QByteArray::number(i % 97) + "\"}},";
        json.chop(1);
        return json + "],\"cursor\":\"c\",\"has_more\":false}";
    }

private Q_SLOTS:
    void unpacksWhatTheServerPacked()
    {
        const QByteArray json = page();
        const QByteArray packed = server::Gzip::compress(json);
        QVERIFY(!packed.isEmpty() && packed.size() < json.size() / 3);
        QByteArray out;
        QString error;
        QVERIFY2(ContentDecoding::decode("gzip", packed, 64 << 20, &out, &error), qPrintable(error));
        QCOMPARE(out.size(), json.size());
        QVERIFY(out == json);
        // The header's case and spaces do not matter.
        QVERIFY(ContentDecoding::decode(" GZip ", packed, 64 << 20, &out, &error) && out == json);
    }

    void anUnpackedAnswerIsTakenAsItIs()
    {
        QByteArray out;
        QString error;
        QVERIFY(ContentDecoding::decode({}, "{\"changes\":[]}", 1024, &out, &error));
        QCOMPARE(out, QByteArray("{\"changes\":[]}"));
        QVERIFY(ContentDecoding::decode("identity", "[]", 1024, &out, &error));
        QCOMPARE(out, QByteArray("[]"));
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QString>("reason");
        const QByteArray packed = server::Gzip::compress(page());
        const QString damaged = QStringLiteral("damaged or incomplete");
        QTest::newRow("cut off mid-stream")
            << QByteArray("gzip") << packed.left(packed.size() / 2) << qsizetype(64 << 20) << damaged;
        QTest::newRow("cut off before the trailer")
            << QByteArray("gzip") << packed.left(packed.size() - 4) << qsizetype(64 << 20) << damaged;
        QByteArray flipped = packed;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
        QTest::newRow("a byte changed") << QByteArray("gzip") << flipped << qsizetype(64 << 20) << damaged;
        QTest::newRow("something after the stream")
            << QByteArray("gzip") << packed + "garbage" << qsizetype(64 << 20) << damaged;
        QTest::newRow("not gzip at all") << QByteArray("gzip") << QByteArray("{\"changes\":[]}") << qsizetype(64 << 20)
                                         << damaged;
        // 64 MiB of nothing packs into a few KiB: refused past the limit, not unpacked into memory.
        QTest::newRow("a bomb") << QByteArray("gzip") << server::Gzip::compress(QByteArray(64 << 20, '\0'))
                                << qsizetype(8 << 20) << QStringLiteral("more than Leadscope accepts");
        QTest::newRow("an encoding not asked for")
            << QByteArray("br") << QByteArray("\x1b\x00") << qsizetype(1024) << QStringLiteral("did not ask for");
    }

    void refusesWhatItCannotTrust()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(qsizetype, limit);
        QFETCH(QString, reason);
        QByteArray out = "untouched";
        QString error;
        QVERIFY(!ContentDecoding::decode(encoding, body, limit, &out, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(out, QByteArray("untouched"));
    }
};

QTEST_GUILESS_MAIN(TestContentDecoding)
#include "TestContentDecoding.moc"
