#include "protocol/ApiError.h"
#include "protocol/Crypto.h"
#include "protocol/HealthStatus.h"

#include <QTest>

using namespace leadscope::protocol;

class TestProtocolTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiErrorRoundTrip()
    {
        const ApiError error{QStringLiteral("dpa_required"), QStringLiteral("Accept the DPA first.")};
        const auto back = ApiError::fromJson(error.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->code, error.code);
        QCOMPARE(back->message, error.message);
        QCOMPARE(error.toJson(), QByteArray(R"({"error":{"code":"dpa_required","message":"Accept the DPA first."}})"));
    }
    void apiErrorRejectsWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no error") << QByteArray(R"({"code":"x"})");
        QTest::newRow("code is number") << QByteArray(R"({"error":{"code":1,"message":"m"}})");
        QTest::newRow("truncated") << QByteArray("{\"error\":{\"code\":\"x\",\"mess");
    }
    void apiErrorRejectsWrongShapes()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ApiError::fromJson(body).has_value());
    }
    void healthRoundTrip()
    {
        const HealthStatus health{QStringLiteral("ok"), QStringLiteral("1.2.3"), QStringLiteral("postgresql"), 1};
        const auto back = HealthStatus::fromJson(health.toJson());
        QVERIFY(back.has_value());
        QVERIFY(back->isOk());
        QCOMPARE(back->store, QStringLiteral("postgresql"));
        QCOMPARE(back->version, QStringLiteral("1.2.3"));
        QVERIFY(!HealthStatus::fromJson(R"({"status":"ok","version":"1","store":3,"protocol":1})").has_value());
    }
    void constantTimeEquals()
    {
        QVERIFY(Crypto::constantTimeEquals("secret-token", "secret-token"));
        QVERIFY(!Crypto::constantTimeEquals("secret-token", "secret-tokeN"));
        QVERIFY(!Crypto::constantTimeEquals("secret", "secret-token"));
        QVERIFY(Crypto::constantTimeEquals("", ""));
    }
    void randomBytesAreFreshEachTime()
    {
        const QByteArray a = Crypto::randomBytes(32);
        const QByteArray b = Crypto::randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
    }
    void secretBytesWipeTheirBuffer()
    {
        QByteArray original("refresh-token-value");
        original.detach();
        const char* data = original.constData();
        SecretBytes secret(std::move(original));
        QCOMPARE(secret.bytes().constData(), data); // same buffer, moved not copied
        secret.clear();
        QVERIFY(secret.isEmpty());
        SecretBytes moved(QByteArray("abc"));
        SecretBytes target(std::move(moved));
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move): a moved-from secret must be empty
        QCOMPARE(target.bytes(), QByteArray("abc"));
    }
    void wipeLeavesSharedCopiesAlone()
    {
        // Wiping one owner's reference must not corrupt another owner's data.
        QByteArray a("shared-value");
        QByteArray b = a;
        Crypto::wipe(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b, QByteArray("shared-value"));
    }
    void hmacMatchesRfc4231()
    {
        // RFC 4231 test case 2.
        QCOMPARE(Crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolTypes)
#include "TestProtocolTypes.moc"
