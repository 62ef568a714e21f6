#include "core/CredentialStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope::core;

// With no D-Bus session at all there is no Secret Service: every operation
// must fail with a typed NoKeychain error — and nothing may be written to a
// plaintext file instead.
class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT
private:
    static CredentialResult wait(const std::function<void(CredentialStore::Callback)>& call)
    {
        std::optional<CredentialResult> result;
        call([&](CredentialResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
            return CredentialResult{CredentialError::Failed, QStringLiteral("timed out"), {}};
        return std::move(*result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leadscope-no-bus");
        qunsetenv("DISPLAY");
        m_home.reset(new QTemporaryDir);
        qputenv("HOME", m_home->path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toLocal8Bit());
    }

    void writeFailsWithNoKeychain()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        const CredentialResult result = wait([&](auto done) {
            store.write(QStringLiteral("https://example.com|rep@example.com|refresh"), "a-secret-token", done);
        });
        QCOMPARE(result.error, CredentialError::NoKeychain);
        QVERIFY(result.message.contains(QStringLiteral("keychain"), Qt::CaseInsensitive));
        QVERIFY(!result.message.contains(QStringLiteral("a-secret-token")));
    }

    void readFailsWithNoKeychain()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        const CredentialResult result = wait([&](auto done) { store.read(QStringLiteral("k"), done); });
        QCOMPARE(result.error, CredentialError::NoKeychain);
        QVERIFY(result.secret.isEmpty());
    }

    void nothingWasWrittenToDisk()
    {
        // QtKeychain's insecure fallback would create a settings file; none may exist.
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u',')));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeychain)
#include "TestCredentialStoreNoKeychain.moc"
