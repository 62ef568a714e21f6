#include "core/CredentialStore.h"
#include "core/cache/LocalCache.h"
#include "protocol/Base32.h"
#include "tests/support/ClientProcess.h"
#include "tests/support/DemoServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace leadscope;

// After an idle lock or a sign-out, a core dump of the client holds none of
// its secrets: the password, the 2FA code (and secret), the refresh token, the
// cache key. Two clients, each in its own process: the app's core (Session,
// keychain, SyncScheduler with the encrypted cache; leadscope-hygiene-client)
// and the desktop client on top of it (MainWindow, signed in by typing into
// its dialogs; leadscope-hygiene-window). Each is stopped and read the way
// the kernel writes a core dump: every readable mapping not marked
// MADV_DONTDUMP. (gcore itself is not used: Debian 12's gdb writes out the
// sanitizers' 15 TB shadow mapping, which the kernel and ASan mark as not to
// be dumped.)
class TestMemoryHygiene : public QObject
{
    Q_OBJECT
private:
    test::DemoServer m_demo;
    QTemporaryDir m_dir;

    // What a core dump of `pid` would hold (the process is stopped meanwhile).
    static QByteArray coreImage(qint64 pid, QString* error)
    {
        QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
        QFile mem(QStringLiteral("/proc/%1/mem").arg(pid));
        if (!smaps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly)) {
            *error = mem.errorString();
            return {};
        }
        ::kill(pid_t(pid), SIGSTOP);
        struct Mapping
        {
            quint64 start = 0, end = 0;
            bool readable = false, dontDump = false;
        };
        QList<Mapping> mappings;
        static const QRegularExpression range(QStringLiteral(R"(^([0-9a-f]+)-([0-9a-f]+) (\S+))"));
        for (const QByteArray& line : smaps.readAll().split('\n')) {
            const QRegularExpressionMatch match = range.match(QString::fromLatin1(line));
            if (match.hasMatch())
                mappings.append({match.captured(1).toULongLong(nullptr, 16), match.captured(2).toULongLong(nullptr, 16),
                                 match.captured(3).startsWith(u'r'), false});
            else if (line.startsWith("VmFlags:") && !mappings.isEmpty())
                mappings.last().dontDump = line.split(' ').contains("dd");
        }
        QByteArray image;
        for (const Mapping& m : std::as_const(mappings)) {
            if (!m.readable || m.dontDump || m.end - m.start > (quint64(4) << 30))
                continue;
            if (mem.seek(qint64(m.start)))
                image += mem.read(qint64(m.end - m.start)); // unreadable (guard) pages read as nothing
        }
        ::kill(pid_t(pid), SIGCONT);
        return image;
    }

    static QByteArray utf16(const QByteArray& ascii)
    {
        const QString text = QString::fromLatin1(ascii);
        return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    }

    // Whether `memory` holds `secret` as a whole: for a 2FA code in UTF-16 (six digits), an
    // occurrence inside a longer run of digits is some other number the window shows or keeps
    // (a registry number, a time stamp): with tens of thousands of such digits in a synced
    // window, six of them match a given code about once in a hundred runs. The code as the
    // user typed it is a string of its own (a QString's text ends in a NUL).
    static bool holds(const QByteArray& memory, const QByteArray& secret, bool utf16Digits)
    {
        if (!utf16Digits)
            return memory.contains(secret);
        const auto digitAt = [&memory](qsizetype at) {
            return at >= 0 && at + 1 < memory.size() && memory[at] >= '0' && memory[at] <= '9' && memory[at + 1] == 0;
        };
        for (qsizetype at = memory.indexOf(secret); at >= 0; at = memory.indexOf(secret, at + 1)) {
            if (!digitAt(at - 2) && !digitAt(at + secret.size()))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/fixtures/with-keyring");
        QString error;
        QVERIFY2(m_demo.start(&error, 300, 10), qPrintable(error));
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY2(m_demo.stop(&error), qPrintable(error));
    }

    void noSecretInMemoryAfter_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("answer");
        const QString core = qEnvironmentVariable("LEADSCOPE_HYGIENE_CLIENT_BIN");
        const QString window = qEnvironmentVariable("LEADSCOPE_HYGIENE_WINDOW_BIN");
        const QStringList none;
        const QStringList forget{QStringLiteral("--forget")}; // "stay signed in" off
        QTest::newRow("core, idle lock") << core << none << QByteArray("lock") << QByteArray("locked");
        QTest::newRow("core, sign-out") << core << none << QByteArray("signout") << QByteArray("signed-out");
        QTest::newRow("window, idle lock") << window << none << QByteArray("lock") << QByteArray("locked");
        QTest::newRow("window, sign-out") << window << none << QByteArray("signout") << QByteArray("signed-out");
        // Locked, unlocked on the lock screen with the password and a new code, locked again.
        QTest::newRow("window, unlock, idle lock") << window << forget << QByteArray("relock") << QByteArray("locked");
        // The negative control: the same sign-out without the app's scrubbing of freed
        // memory (core::MemoryHygiene) must leave secrets to find — or the search cannot fail.
        QTest::newRow("core, sign-out, not scrubbed (control)")
            << core << QStringList{QStringLiteral("--no-scrub")} << QByteArray("signout") << QByteArray("signed-out");
    }

    void noSecretInMemoryAfter()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, answer);
        QVERIFY2(!binary.isEmpty(), "LEADSCOPE_HYGIENE_CLIENT_BIN / LEADSCOPE_HYGIENE_WINDOW_BIN not set");
        const QUrl server = m_demo.process().url();
        test::TestUser& admin = m_demo.admin();
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The sanitizers' allocator fills nothing it frees (max_free_fill_size=0, their default):
        // what scrubs freed memory here is the app's own core::MemoryHygiene, through its free hook.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QVERIFY(!environment.value(QStringLiteral("ASAN_OPTIONS")).contains(QLatin1String("free_fill")));
        // Settings and the local copy in a directory of this test's own.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        client.setProcessEnvironment(environment);
        client.start(binary, QStringList{server.toString(), m_demo.process().caFile(), admin.email} + options);
        QVERIFY(client.waitForStarted());
        const QString code = admin.nextCode();
        client.write(admin.password + '\n' + code.toLatin1() + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(client.canReadLine() || client.state() != QProcess::Running, 120'000);
        QCOMPARE(client.readLine().trimmed(), QByteArray("synced"));

        // The secrets as they are now: the refresh token and the cache key from the keychain.
        const core::CredentialResult token = test::ClientProcess::keychainRead(
            core::CredentialStore::keyFor(server, admin.email, QStringLiteral("refresh-token")));
        const core::CredentialResult key =
            test::ClientProcess::keychainRead(core::LocalCache::keychainKeyFor(server, admin.email));
        const bool stay = !options.contains(QStringLiteral("--forget"));
        if (stay)
            QVERIFY2(token.ok() && !token.secret.bytes().isEmpty(), qPrintable(token.message));
        else
            QVERIFY2(!token.ok() || token.secret.bytes().isEmpty(), "a refresh token was kept without stay signed in");
        QVERIFY2(key.ok() && key.secret.bytes().size() >= 32, qPrintable(key.message));

        QByteArray unlockCode; // "relock": the code typed on the lock screen
        if (command == "relock") {
            unlockCode = admin.nextCode().toLatin1();
            client.write(command + '\n' + admin.password + '\n' + unlockCode + '\n');
        } else {
            client.write(command + '\n');
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.canReadLine() || client.state() != QProcess::Running, 60'000);
        QCOMPARE(client.readLine().trimmed(), answer);
        QTest::qWait(500); // let queued clean-up run

        QString error;
        const QByteArray memory = coreImage(client.processId(), &error);
        QVERIFY2(!memory.isEmpty(), qPrintable(error));
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(30'000));
        QVERIFY(memory.size() > qsizetype(1024) * 1024);

        QList<QPair<QString, QByteArray>> secrets{
            {QStringLiteral("password"), admin.password},
            {QStringLiteral("password (UTF-16)"), utf16(admin.password)},
            {QStringLiteral("2FA code in a request"), "\"code\":\"" + code.toLatin1() + '"'},
            {QStringLiteral("2FA code (UTF-16)"), utf16(code.toLatin1())},
            {QStringLiteral("cache key"), key.secret.bytes()},
            {QStringLiteral("cache key (hex)"), key.secret.bytes().toHex()},
            {QStringLiteral("cache key (base64)"), key.secret.bytes().toBase64()},
        };
        if (stay) {
            secrets.append({QStringLiteral("refresh token"), token.secret.bytes()});
            secrets.append({QStringLiteral("refresh token (UTF-16)"), utf16(token.secret.bytes())});
        }
        if (!unlockCode.isEmpty()) {
            secrets.append({QStringLiteral("unlock code in a request"), "\"code\":\"" + unlockCode + '"'});
            secrets.append({QStringLiteral("unlock code (UTF-16)"), utf16(unlockCode)});
        }
        if (!admin.totpSecret.isEmpty()) {
            secrets.append({QStringLiteral("2FA secret"), admin.totpSecret});
            secrets.append(
                {QStringLiteral("2FA secret (base32)"), protocol::Base32::encode(admin.totpSecret).toLatin1()});
        }
        QStringList found;
        for (const auto& [name, bytes] : std::as_const(secrets)) {
            const bool codeDigits = name.endsWith(QLatin1String("code (UTF-16)"));
            if (bytes.size() >= 6 && holds(memory, bytes, codeDigits)) {
                found << name;
                // Where it was: enough of its neighbourhood to tell a leak from a coincidence
                // (the secret itself is not printed, not even a test account's).
                const qsizetype at = memory.indexOf(bytes);
                const qsizetype before = qMin<qsizetype>(48, at);
                if (!options.contains(QStringLiteral("--no-scrub"))) // (the control finds them on purpose)
                    qWarning("%s at %lld: %s [%lld bytes] %s", qPrintable(name), qint64(at),
                             memory.mid(at - before, before).toHex(' ').constData(), qint64(bytes.size()),
                             memory.mid(at + bytes.size(), 48).toHex(' ').constData());
            }
        }
        if (options.contains(QStringLiteral("--no-scrub"))) {
            QVERIFY2(!found.isEmpty(), "without scrubbing, no secret was found: the search cannot fail");
            qInfo("not scrubbed: %s found", qPrintable(found.join(QStringLiteral(", "))));
            return;
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("in the core dump of %1 after %2: %3")
                                                 .arg(QFileInfo(binary).fileName(), QString::fromLatin1(command),
                                                      found.join(QStringLiteral(", ")))));
        qInfo("%s after %s: %lld bytes of memory, none of %lld secret forms found",
              qPrintable(QFileInfo(binary).fileName()), command.constData(), qint64(memory.size()),
              qint64(secrets.size()));
    }
};

QTEST_GUILESS_MAIN(TestMemoryHygiene)
#include "TestMemoryHygiene.moc"
