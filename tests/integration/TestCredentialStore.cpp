#include "core/CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace leadscope::core;

// Runs inside tests/fixtures/with-keyring: a private D-Bus session with a
// real, unlocked gnome-keyring behind the Secret Service API.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    CredentialResult wait(const std::function<void(CredentialStore::Callback)>& call)
    {
        std::optional<CredentialResult> result;
        call([&](CredentialResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
            return CredentialResult{CredentialError::Failed, QStringLiteral("timed out"), {}};
        return std::move(*result);
    }
    CredentialResult write(CredentialStore& store, const QString& key, const QByteArray& secret)
    {
        return wait([&](auto done) { store.write(key, secret, done); });
    }
    CredentialResult read(CredentialStore& store, const QString& key)
    {
        return wait([&](auto done) { store.read(key, done); });
    }
    CredentialResult remove(CredentialStore& store, const QString& key)
    {
        return wait([&](auto done) { store.remove(key, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "No D-Bus session: run this suite through tests/fixtures/with-keyring (ctest does).");
    }

    void writeReadDelete()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        const QString key = CredentialStore::keyFor(QUrl(QStringLiteral("https://leadscope.example.com:8443/api")),
                                                    QStringLiteral("Rep@Example.com"), QStringLiteral("refresh"));
        QCOMPARE(key, QStringLiteral("https://leadscope.example.com:8443|rep@example.com|refresh"));
        QByteArray secret = "refresh-token-0123456789abcdef";
        secret.append('\0').append("\xff\x01", 2); // binary-safe

        CredentialResult result = write(store, key, secret);
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = read(store, key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.secret.bytes(), secret);

        result = remove(store, key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = read(store, key);
        QCOMPARE(result.error, CredentialError::NotFound);
        QVERIFY(result.secret.isEmpty());
    }

    void overwriteReplaces()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        const QString key = QStringLiteral("https://a.example|x|refresh");
        QVERIFY(write(store, key, "first").ok());
        QVERIFY(write(store, key, "second").ok());
        QCOMPARE(read(store, key).secret.bytes(), QByteArray("second"));
        QVERIFY(remove(store, key).ok());
    }

    void accountsAndServersAreSeparate()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        const QString a = CredentialStore::keyFor(QUrl(QStringLiteral("https://one.example")), QStringLiteral("u"),
                                                  QStringLiteral("refresh"));
        const QString b = CredentialStore::keyFor(QUrl(QStringLiteral("https://two.example")), QStringLiteral("u"),
                                                  QStringLiteral("refresh"));
        QVERIFY(write(store, a, "token-a").ok());
        QCOMPARE(read(store, b).error, CredentialError::NotFound);
        QVERIFY(remove(store, a).ok());
    }

    void secretIsInTheSecretServiceNotOnDisk()
    {
        // An independent client of the Secret Service (libsecret's secret-tool) sees the item.
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!secretTool.isEmpty(), "secret-tool is not installed (run ./scripts/deps)");
        CredentialStore store(QStringLiteral("leadscope-test"));
        const QString key = QStringLiteral("https://b.example|y|refresh");
        QVERIFY(write(store, key, "visible-to-secret-service").ok());
        QProcess search;
        search.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QVERIFY(search.waitForFinished(30'000));
        const QByteArray output = search.readAllStandardOutput() + search.readAllStandardError();
        QVERIFY2(output.contains("leadscope-test"), output.constData());
        QProcess lookup; // and holds the value
        lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("user"), key});
        QVERIFY(lookup.waitForFinished(30'000));
        // (QtKeychain hands binary data to the Secret Service in base64.)
        const QByteArray stored = lookup.readAllStandardOutput().trimmed();
        QCOMPARE(QByteArray::fromBase64(stored), QByteArray("visible-to-secret-service"));

        // …and not on disk: no file under the (throw-away) home — settings,
        // data, cache, the keyring's own files — holds the value in plain text.
        // The control: the same search finds it in a file that does.
        const QString home = QDir::homePath();
        QVERIFY2(home.contains(QStringLiteral("tmp")) || qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"),
                 qPrintable(home));
        const auto filesHolding = [&home](const QByteArray& needle) {
            QStringList holding;
            int read = 0;
            for (QDirIterator files(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                 files.hasNext();) {
                QFile file(files.next());
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++read;
                if (file.readAll().contains(needle))
                    holding << file.fileName();
            }
            return std::pair(holding, read);
        };
        {
            QFile control(QDir(home).filePath(QStringLiteral("control.txt")));
            QVERIFY(control.open(QIODevice::WriteOnly));
            control.write("…visible-to-secret-service…");
            control.close();
            QCOMPARE(filesHolding("visible-to-secret-service").first, QStringList{control.fileName()});
            QVERIFY(control.remove());
        }
        for (const QByteArray& form : {QByteArray("visible-to-secret-service"), stored}) {
            const auto [holding, read] = filesHolding(form);
            QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));
            QVERIFY(read > 0);
        }
        QVERIFY(remove(store, key).ok());
    }

    void deletingNothingIsFine()
    {
        CredentialStore store(QStringLiteral("leadscope-test"));
        QVERIFY(remove(store, QStringLiteral("https://never.example|z|refresh")).ok());
    }
    void lockedKeyringSaysSo()
    {
        // Runs last: locks the session's keyring, as a screen lock or a timeout would.
        QProcess lock;
        lock.start(QStandardPaths::findExecutable(QStringLiteral("secret-tool")),
                   {QStringLiteral("lock"), QStringLiteral("--collection=login")});
        QVERIFY(lock.waitForFinished(30'000));
        CredentialStore store(QStringLiteral("leadscope-test"));
        const CredentialResult result = write(store, QStringLiteral("https://c.example|z|refresh"), "token");
        QCOMPARE(result.error, CredentialError::Locked);
        QVERIFY2(result.message.contains(QStringLiteral("locked")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
