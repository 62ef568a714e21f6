#include "protocol/Base32.h"
#include "protocol/Crypto.h"
#include "protocol/Totp.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using leadscope::protocol::Base32;
using leadscope::protocol::Crypto;
using leadscope::protocol::Totp;

Q_DECLARE_METATYPE(Totp::Algorithm)

class TestTotp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<Totp::Algorithm>("algorithm");
        QTest::addColumn<QString>("expected");
        const struct
        {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } vectors[] = {
            {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& v : vectors) {
            QTest::addRow("%lld-sha1", v.time) << v.time << Totp::Algorithm::Sha1 << QString::fromLatin1(v.sha1);
            QTest::addRow("%lld-sha256", v.time) << v.time << Totp::Algorithm::Sha256 << QString::fromLatin1(v.sha256);
            QTest::addRow("%lld-sha512", v.time) << v.time << Totp::Algorithm::Sha512 << QString::fromLatin1(v.sha512);
        }
    }

    void rfc6238AppendixB()
    {
        QFETCH(qint64, time);
        QFETCH(Totp::Algorithm, algorithm);
        QFETCH(QString, expected);
        // The RFC's seeds: the ASCII digits repeated to the hash's key size.
        const QByteArray digits("1234567890");
        const int keyLength = algorithm == Totp::Algorithm::Sha1 ? 20 : algorithm == Totp::Algorithm::Sha256 ? 32 : 64;
        const QByteArray secret = digits.repeated(7).left(keyLength);
        const Totp::Parameters parameters{algorithm, 8, 30};
        QCOMPARE(Totp::code(secret, time, parameters), expected);
        QVERIFY(Totp::verify(secret, expected, time, 0, parameters).has_value());
    }

    void matchesOathtoolForRandomSecrets()
    {
        const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
        QVERIFY2(!oathtool.isEmpty(), "oathtool is not installed (run ./scripts/deps)");
        const Totp::Algorithm algorithms[] = {Totp::Algorithm::Sha1, Totp::Algorithm::Sha256, Totp::Algorithm::Sha512};
        const char* names[] = {"sha1", "sha256", "sha512"};
        for (int i = 0; i < 50; ++i) {
            const int a = i % 3;
            const int digits = 6 + (i % 3 == 0 ? 0 : i % 3); // 6, 7 and 8 digits
            const int step = i % 5 == 0 ? 60 : 30;
            const QByteArray secret = Crypto::randomBytes(20 + 4 * (i % 4));
            const qint64 time = QRandomGenerator::global()->bounded(Q_INT64_C(4000000000));
            QProcess process;
            process.start(oathtool,
                          {QStringLiteral("--totp=") + QLatin1String(names[a]),
                           QStringLiteral("--digits=%1").arg(digits), QStringLiteral("--time-step-size=%1s").arg(step),
                           QStringLiteral("--now=@%1").arg(time), QString::fromLatin1(secret.toHex())});
            QVERIFY(process.waitForFinished(10'000));
            QCOMPARE(process.exitCode(), 0);
            const QString expected = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
            const Totp::Parameters parameters{algorithms[a], digits, step};
            QCOMPARE(Totp::code(secret, time, parameters), expected);
        }
    }

    void base32SecretAsAuthenticatorAppsUseIt()
    {
        // What an authenticator app does with the secret from the otpauth URI.
        const QByteArray secret = Base32::decode(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").value();
        QCOMPARE(Totp::code(secret, 1111111109), QStringLiteral("081804"));
    }

    void verifyAcceptsOneStepOfClockDriftOnly()
    {
        const QByteArray secret = Crypto::randomBytes(20);
        const qint64 now = 1'800'000'000;
        const qint64 step = now / 30;
        QCOMPARE(Totp::verify(secret, Totp::code(secret, now - 30), now, 1).value(), step - 1);
        QCOMPARE(Totp::verify(secret, Totp::code(secret, now + 30), now, 1).value(), step + 1);
        QCOMPARE(Totp::verify(secret, Totp::code(secret, now), now, 1).value(), step);
        QVERIFY(!Totp::verify(secret, Totp::code(secret, now - 90), now, 1).has_value());
        QVERIFY(!Totp::verify(secret, Totp::code(secret, now + 90), now, 1).has_value());
        // Two steps away is outside a one-step window too (a window of two
        // would pass the lines above). A fixed secret, so that no code two
        // steps away happens to equal one inside the window.
        const QByteArray fixed("12345678901234567890");
        QStringList inside;
        for (const qint64 offset : {-30, 0, 30})
            inside << Totp::code(fixed, now + offset);
        for (const qint64 offset : {-60, 60}) {
            const QString code = Totp::code(fixed, now + offset);
            QVERIFY(!inside.contains(code));
            QVERIFY2(!Totp::verify(fixed, code, now, 1).has_value(), qPrintable(QString::number(offset)));
            QVERIFY(Totp::verify(fixed, code, now, 2).has_value()); // the control: a wider window takes it
        }
    }

    void rejectsMalformedCodes()
    {
        const QByteArray secret = Crypto::randomBytes(20);
        const QString good = Totp::code(secret, 1'800'000'000);
        QVERIFY(Totp::isWellFormed(good));
        QVERIFY(!Totp::verify(secret, QString(good + u'0'), 1'800'000'000).has_value());
        QVERIFY(!Totp::verify(secret, good.left(5), 1'800'000'000).has_value());
        QVERIFY(!Totp::verify(secret, u"12a456", 1'800'000'000).has_value());
        QVERIFY(!Totp::verify(secret, u"１２３４５６", 1'800'000'000).has_value()); // full-width digits
        QVERIFY(!Totp::verify(secret, u"", 1'800'000'000).has_value());
    }

    void rejectsParametersOutOfRange()
    {
        QVERIFY(Totp::code("k", 100, {Totp::Algorithm::Sha1, 5, 30}).isEmpty());
        QVERIFY(Totp::code("k", 100, {Totp::Algorithm::Sha1, 9, 30}).isEmpty());
        QVERIFY(Totp::code("k", 100, {Totp::Algorithm::Sha1, 6, 0}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
