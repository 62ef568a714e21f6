#include "protocol/ApiError.h"
#include "protocol/Crypto.h"
#include "protocol/HealthStatus.h"

#include <QTest>

#include <algorithm>
#include <cstddef>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define LEADSCOPE_TEST_FREE_HOOK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEADSCOPE_TEST_FREE_HOOK 1
#endif
#endif

#if defined(LEADSCOPE_TEST_FREE_HOOK)
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*mallocHook)(const volatile void*, size_t),
                                              void (*freeHook)(const volatile void*));
int __sanitizer_get_ownership(const volatile void* block);
size_t __sanitizer_get_allocated_size(const volatile void* block);
}
#endif

using namespace leadscope::protocol;

namespace {

// What a buffer held at the moment the heap got it back: the allocator's free
// hook copies the watched bytes out of the block being freed, if it holds them.
struct FreedBytes
{
    static inline const char* watched = nullptr;
    static inline size_t length = 0;
    static inline char seen[64] = {};
    static inline bool freed = false;

#if defined(LEADSCOPE_TEST_FREE_HOOK)
    static void onAllocation(const volatile void*, size_t)
    {
    }
    static void onFree(const volatile void* block)
    {
        if (!watched || !block || !__sanitizer_get_ownership(block))
            return;
        const auto* start = static_cast<const char*>(const_cast<const void*>(block));
        if (watched < start || watched + length > start + __sanitizer_get_allocated_size(block))
            return;
        std::memcpy(seen, watched, length);
        freed = true;
        watched = nullptr;
    }
    static bool install()
    {
        static const bool installed = __sanitizer_install_malloc_and_free_hooks(onAllocation, onFree) != 0;
        return installed;
    }
#else
    static bool install()
    {
        return false;
    }
#endif

    static void watch(const QByteArray& bytes)
    {
        length = std::min(size_t(bytes.size()), sizeof seen);
        freed = false;
        watched = bytes.constData();
    }
};

} // namespace

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
    void secretBytesTakeTheirBufferWithoutACopy()
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
    void secretBytesAreOverwrittenBeforeTheHeapGetsThemBack()
    {
        if (!FreedBytes::install())
            QSKIP("needs a sanitizer's allocator hooks (the test suite runs under AddressSanitizer)");
        const QByteArray value("refresh-token-0123456789");
        // Control: a plain QByteArray goes back to the heap as it was.
        {
            QByteArray plain = value;
            plain.detach();
            FreedBytes::watch(plain);
        }
        QVERIFY(FreedBytes::freed);
        QCOMPARE(QByteArray(FreedBytes::seen, qsizetype(FreedBytes::length)), value);
        // A SecretBytes, cleared.
        {
            QByteArray bytes = value;
            bytes.detach();
            SecretBytes secret(std::move(bytes));
            FreedBytes::watch(secret.bytes());
            secret.clear();
        }
        QVERIFY(FreedBytes::freed);
        QCOMPARE(QByteArray(FreedBytes::seen, qsizetype(FreedBytes::length)), QByteArray(qsizetype(value.size()), 0));
        // A SecretBytes going out of scope, and one moved into another first.
        {
            QByteArray bytes = value;
            bytes.detach();
            SecretBytes first(std::move(bytes));
            FreedBytes::watch(first.bytes());
            SecretBytes second(std::move(first));
        }
        QVERIFY(FreedBytes::freed);
        QCOMPARE(QByteArray(FreedBytes::seen, qsizetype(FreedBytes::length)), QByteArray(qsizetype(value.size()), 0));
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
