#include "core/CredentialStore.h"
#include "core/cache/LocalCache.h"
#include "core/protocol/Base32.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// `leadscope login | sync | status | logout` as a script runs them: real
// binary, real server over HTTPS, real gnome-keyring (tests/fixtures/with-keyring),
// secrets only on stdin, documented exit codes.
class TestTerminalClient : public QObject
{
    Q_OBJECT
private:
    test::ServerProcess m_server;
    QTemporaryDir m_demo;
    test::TestUser m_admin;

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run leadscope(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("LEADSCOPE_CLIENT_BIN"), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static core::CredentialResult keychainRead(const QString& key)
    {
        // The client's own service name: what `leadscope` itself stores under.
        QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
        QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
        core::CredentialStore keychain;
        core::CredentialResult out;
        QEventLoop loop;
        keychain.read(key, [&](core::CredentialResult result) {
            out = std::move(result);
            loop.quit();
        });
        loop.exec();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/fixtures/with-keyring");
        QString error;
        QString output;
        m_server.setSkipInit(true);
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY2(test::ServerProcess::run({QStringLiteral("demo"), QStringLiteral("--db"), m_server.dbUrl(),
                                           QStringLiteral("--out"), m_demo.path(), QStringLiteral("--companies"),
                                           QStringLiteral("600"), QStringLiteral("--days"), QStringLiteral("10")},
                                          &output, &error),
                 qPrintable(error));
        QFile credentials(m_demo.filePath(QStringLiteral("credentials.txt")));
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        const QStringList admin = QString::fromUtf8(credentials.readLine()).trimmed().split(u' ');
        m_admin.email = admin[1];
        m_admin.password = admin[2].toUtf8();
        m_admin.totpSecret = protocol::Base32::decode(admin[3]).value();
        QVERIFY2(m_server.start(&error, m_server.dbUrl()), qPrintable(error));
    }

    void loginSyncStatusLogout()
    {
        // Not signed in yet.
        QCOMPARE(leadscope({QStringLiteral("sync")}).exit, 5);
        // A wrong password: exit 1 and the reason, nothing kept.
        Run run = leadscope({QStringLiteral("login"), QStringLiteral("--server"), m_server.url().toString(),
                             QStringLiteral("--ca"), m_server.caFile(), QStringLiteral("--email"), m_admin.email},
                            "not the password\n");
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(QStringLiteral("password is wrong")), qPrintable(run.err));

        run = leadscope({QStringLiteral("login"), QStringLiteral("--server"), m_server.url().toString(),
                         QStringLiteral("--ca"), m_server.caFile(), QStringLiteral("--email"), m_admin.email},
                        m_admin.password + '\n' + m_admin.nextCode().toLatin1() + '\n');
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Signed in to")), qPrintable(run.out));

        // The refresh token is in the Secret Service — and in no file.
        const core::CredentialResult token = keychainRead(
            core::CredentialStore::keyFor(m_server.url(), m_admin.email.toLower(), QStringLiteral("refresh-token")));
        QVERIFY2(token.ok(), qPrintable(token.message));
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && !file.fileName().contains(QStringLiteral("keyrings"))) {
                ++looked;
                QVERIFY2(!file.readAll().contains(token.secret.bytes()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(looked > 0); // the settings file at least

        run = leadscope({QStringLiteral("status")});
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains(m_admin.email) && run.out.contains(QStringLiteral("never")), qPrintable(run.out));

        // Before the DPA: its own exit code and the reason.
        run = leadscope({QStringLiteral("sync")});
        QCOMPARE(run.exit, 4);
        QVERIFY2(run.err.contains(QStringLiteral("Data Processing Agreement")), qPrintable(run.err));
        test::ApiTestClient api(m_server.url(), m_server.caFile());
        const QString access = api.signIn(m_admin).access;
        QCOMPARE(api.call("POST", QStringLiteral("/api/v1/dpa/accept"),
                          {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);

        run = leadscope({QStringLiteral("sync")});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced ")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Syncing")), qPrintable(run.err)); // progress on stderr
        const QString cache = core::LocalCache::pathFor(m_server.url(), m_admin.email);
        QVERIFY(QFile::exists(cache));
        run = leadscope({QStringLiteral("sync")}); // incremental: nothing new
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced 0 changes")), qPrintable(run.out));
        run = leadscope({QStringLiteral("status")});
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains(QStringLiteral("companies")) && run.out.contains(QStringLiteral("encrypted")),
                 qPrintable(run.out));

        // Sign-out: revoked, token and key gone, the file gone (crypto-shredded).
        run = leadscope({QStringLiteral("logout")});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(cache));
        QCOMPARE(keychainRead(core::LocalCache::keychainKeyFor(m_server.url(), m_admin.email)).error,
                 core::CredentialError::NotFound);
        QCOMPARE(keychainRead(core::CredentialStore::keyFor(m_server.url(), m_admin.email.toLower(),
                                                            QStringLiteral("refresh-token")))
                     .error,
                 core::CredentialError::NotFound);
        QCOMPARE(api.call("POST", QStringLiteral("/api/v1/auth/refresh"),
                          {{QStringLiteral("refresh_token"), QString::fromLatin1(token.secret.bytes())}})
                     .status,
                 401);
        QCOMPARE(leadscope({QStringLiteral("sync")}).exit, 5);
    }
};

QTEST_GUILESS_MAIN(TestTerminalClient)
#include "TestTerminalClient.moc"
