#include "protocol/Base32.h"

#include <QRandomGenerator>
#include <QTest>

using leadscope::protocol::Base32;

class TestBase32 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("encoded");
        // RFC 4648 section 10, without padding (as otpauth URIs carry it).
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QString, encoded);
        QCOMPARE(Base32::encode(plain), encoded);
        QCOMPARE(Base32::decode(encoded).value(), plain);
    }
    void acceptsWhatUsersType()
    {
        QCOMPARE(Base32::decode(u"mzxw 6ytb-oi").value(), QByteArray("foobar"));
        QCOMPARE(Base32::decode(u"MZXW6YQ=").value(), QByteArray("foob"));
    }
    void rejectsGarbage()
    {
        QVERIFY(!Base32::decode(u"MZXW1").has_value()); // 1 is not in the alphabet
        QVERIFY(!Base32::decode(u"MZ=XW").has_value()); // data after padding
        QVERIFY(!Base32::decode(u"MZXW!").has_value());
    }
    void roundTripsRandomBytes()
    {
        for (int length = 0; length < 64; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char& c : bytes)
                c = static_cast<char>(QRandomGenerator::global()->bounded(256));
            QCOMPARE(Base32::decode(Base32::encode(bytes)).value(), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "TestBase32.moc"
