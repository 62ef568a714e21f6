#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace leadscope;

// Sign-in of the desktop client against the real server over HTTPS, with the
// refresh token in the real Secret Service (runs inside tests/fixtures/with-keyring).
class TestSession : public QObject
{
    Q_OBJECT
private:
    test::ServerProcess m_server;
    QString m_email = QStringLiteral("rep@session.example");
    QByteArray m_password = "session test password";

    static QString oathtoolCode(const QString& secret)
    {
        // Computed by a program nobody here wrote, as an authenticator app would.
        QProcess oathtool;
        oathtool.start(QStandardPaths::findExecutable(QStringLiteral("oathtool")),
                       {QStringLiteral("--totp"), QStringLiteral("-b"), secret});
        oathtool.waitForFinished(10'000);
        return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/fixtures/with-keyring");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(), "oathtool is missing");
        QString error;
        QString output;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                          m_server.dbUrl(), QStringLiteral("--name"), QStringLiteral("Session B.V."),
                                          QStringLiteral("--domain"), QStringLiteral("session.example")},
                                         &output, &error));
        QVERIFY(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                          m_server.dbUrl(), QStringLiteral("--org"), output.section(u'\n', 0, 0),
                                          QStringLiteral("--email"), m_email, QStringLiteral("--role"),
                                          QStringLiteral("manager"), QStringLiteral("--password-stdin")},
                                         &output, &error, m_password + '\n'));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void enrolStaySignedInResumeRefreshSignOut()
    {
        core::ServerEndpoint endpoint(m_server.url(), m_server.caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::CredentialStore keychain(QStringLiteral("leadscope-session-test"));

        // A wrong password first.
        {
            core::Session session(&client, &keychain);
            QSignalSpy failed(&session, &core::Session::failed);
            session.signIn(m_email, protocol::SecretBytes("wrong password"), true);
            QVERIFY(failed.wait(30'000));
            QCOMPARE(failed.first().first().value<core::ApiFailure>().code, QStringLiteral("invalid_credentials"));
        }

        // Enrolment: password, then the first code from the authenticator.
        QString secret;
        {
            core::Session session(&client, &keychain);
            QSignalSpy enrolment(&session, &core::Session::enrolmentRequired);
            QSignalSpy signedIn(&session, &core::Session::signedIn);
            QSignalSpy kept(&session, &core::Session::refreshTokenKept);
            session.signIn(m_email, protocol::SecretBytes(m_password), true);
            QVERIFY(enrolment.wait(30'000));
            secret = enrolment.first().first().toString();
            QVERIFY(enrolment.first().at(1).toString().startsWith(QStringLiteral("otpauth://totp/")));
            QCOMPARE(session.state(), core::Session::State::AwaitingCode);
            session.submitCode(oathtoolCode(secret));
            QVERIFY(signedIn.wait(30'000));
            QCOMPARE(session.user().role, QStringLiteral("manager"));
            QCOMPARE(session.user().email, m_email);
            QVERIFY(kept.count() == 1 || kept.wait(30'000)); // in the keychain before the "restart"
        }

        // "Restart": a new session signs in with the refresh token from the keychain, no password.
        core::Session session(&client, &keychain);
        QSignalSpy signedIn(&session, &core::Session::signedIn);
        QSignalSpy resumeFailed(&session, &core::Session::resumeFailed);
        QSignalSpy kept(&session, &core::Session::refreshTokenKept);
        session.resume(m_email);
        QVERIFY(signedIn.wait(30'000));
        QCOMPARE(resumeFailed.count(), 0);
        QCOMPARE(session.state(), core::Session::State::SignedIn);

        // An expired access token under ten concurrent requests: exactly one refresh.
        session.invalidateAccessTokenForTesting();
        const int refreshesBefore = session.refreshCount();
        int answered = 0;
        int ok = 0;
        for (int i = 0; i < 10; ++i)
            session.request("GET", QStringLiteral("/api/v1/me"), QJsonDocument(),
                            [&](const core::Session::Reply& reply) {
                                ++answered;
                                ok += reply.status == 200 ? 1 : 0;
                            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 10, 30'000);
        QCOMPARE(ok, 10);
        QCOMPARE(session.refreshCount() - refreshesBefore, 1);
        // Resume and the one refresh each rotated the token; both reached the keychain.
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 2, 30'000);

        // The idle lock is held by the server: the kept refresh token alone no longer
        // refreshes, and a restart while locked comes back locked, not signed in.
        {
            QSignalSpy locked(&session, &core::Session::locked);
            session.lock();
            QCOMPARE(locked.count(), 1);
            std::optional<core::CredentialResult> token;
            QTest::qWait(500); // the lock request lands
            keychain.read(core::CredentialStore::keyFor(m_server.url(), m_email, QStringLiteral("refresh-token")),
                          [&](core::CredentialResult r) { token = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30'000);
            test::ApiTestClient raw(m_server.url(), m_server.caFile());
            const auto refused =
                raw.call("POST", QStringLiteral("/api/v1/auth/refresh"),
                         {{QStringLiteral("refresh_token"), QString::fromLatin1(token->secret.bytes())}});
            QCOMPARE(refused.errorCode(), QStringLiteral("session_locked"));
            core::Session restarted(&client, &keychain);
            QSignalSpy restartedLocked(&restarted, &core::Session::locked);
            restarted.resume(m_email);
            QVERIFY(restartedLocked.wait(30'000));
            QCOMPARE(restarted.state(), core::Session::State::Locked);
        }
        {
            QSignalSpy unlocked(&session, &core::Session::signedIn);
            // The next step's code: the one used at enrolment works only once.
            const QByteArray key = protocol::Base32::decode(secret).value_or(QByteArray());
            session.unlock(protocol::Totp::code(key, (QDateTime::currentSecsSinceEpoch() / 30 + 1) * 30), {});
            QVERIFY(unlocked.wait(30'000));
            QCOMPARE(session.state(), core::Session::State::SignedIn);
        }

        // Sign-out: revoked on the server, gone from the keychain.
        std::optional<core::CredentialResult> stored;
        keychain.read(core::CredentialStore::keyFor(m_server.url(), m_email, QStringLiteral("refresh-token")),
                      [&](core::CredentialResult r) { stored = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30'000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        const QByteArray refreshToken = stored->secret.bytes();
        QSignalSpy signedOut(&session, &core::Session::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(30'000));
        std::optional<core::CredentialResult> after;
        keychain.read(core::CredentialStore::keyFor(m_server.url(), m_email, QStringLiteral("refresh-token")),
                      [&](core::CredentialResult r) { after = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 30'000);
        QCOMPARE(after->error, core::CredentialError::NotFound);
        QTest::qWait(500); // the logout request lands
        test::ApiTestClient raw(m_server.url(), m_server.caFile());
        QCOMPARE(raw.call("POST", QStringLiteral("/api/v1/auth/refresh"),
                          {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
