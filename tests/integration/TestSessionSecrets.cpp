#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/Session.h"
#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace leadscope;

namespace {
QMutex s_logMutex;
QByteArray s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

// No secret ever reaches a log line: a whole sign-in with every logging
// category of the process switched on, then the output is searched for each
// secret. Also: a locked account is explained with the time to try again.
class TestSessionSecrets : public QObject
{
    Q_OBJECT
private:
    test::ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QString output;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                          m_server.dbUrl(), QStringLiteral("--name"), QStringLiteral("Log B.V."),
                                          QStringLiteral("--domain"), QStringLiteral("log.example")},
                                         &output, &error));
        const QString org = output.section(u'\n', 0, 0);
        for (const char* email : {"rep@log.example", "locked@log.example"})
            QVERIFY(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                              m_server.dbUrl(), QStringLiteral("--org"), org, QStringLiteral("--email"),
                                              QLatin1String(email), QStringLiteral("--role"), QStringLiteral("sales"),
                                              QStringLiteral("--password-stdin")},
                                             &output, &error, "LogTestPassword-9f2c\n"));
        // The server with every category at debug level too (it inherits the rules).
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        const bool started = m_server.start(&error);
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(started, qPrintable(error));
    }

    void noSecretInAnyLogLine()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_previous = qInstallMessageHandler(capture);
        core::ServerEndpoint endpoint(m_server.url(), m_server.caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::CredentialStore keychain(QStringLiteral("leadscope-log-test"));
        core::Session session(&client, &keychain);
        QSignalSpy enrolment(&session, &core::Session::enrolmentRequired);
        QSignalSpy signedIn(&session, &core::Session::signedIn);
        QSignalSpy failed(&session, &core::Session::failed);
        session.signIn(QStringLiteral("rep@log.example"), protocol::SecretBytes("LogTestPassword-9f2c"), false);
        QVERIFY(enrolment.wait(30'000));
        const QString secret = enrolment.first().first().toString();
        const QByteArray key = protocol::Base32::decode(secret).value();
        session.submitCode(QStringLiteral("000000"));
        QVERIFY(failed.wait(30'000));
        const QString code = protocol::Totp::code(key, QDateTime::currentSecsSinceEpoch());
        session.submitCode(code);
        QVERIFY(signedIn.wait(30'000));
        int answered = 0;
        session.request("GET", QStringLiteral("/api/v1/me"), QJsonDocument(),
                        [&](const core::Session::Reply&) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 30'000);
        QSignalSpy signedOut(&session, &core::Session::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(30'000));
        qInstallMessageHandler(s_previous);
        QLoggingCategory::setFilterRules(QString());

        QByteArray log;
        {
            QMutexLocker lock(&s_logMutex);
            log = s_log + m_server.output().toUtf8();
        }
        // The controls: the logging was on in both processes, and the server's
        // log covers the sign-in itself (its access lines), not only its start.
        QVERIFY2(log.contains("leadscope"), log.constData());
        for (const char* line : {"POST /api/v1/auth/login 200", "POST /api/v1/auth/mfa 401",
                                 "POST /api/v1/auth/mfa 200", "GET /api/v1/me 200", "\"level\":\"debug\""})
            QVERIFY2(log.contains(line),
                     qPrintable(QStringLiteral("no “%1” in:\n%2").arg(QLatin1String(line), QString::fromUtf8(log))));
        for (const QByteArray& needle : {QByteArray("LogTestPassword-9f2c"), secret.toLatin1(), code.toLatin1()})
            QVERIFY2(!log.contains(needle), needle.constData());
        QVERIFY(!log.contains("Bearer "));
        QVERIFY(!log.contains("access_token\":\""));
    }

    void lockedAccountSaysWhen()
    {
        core::ServerEndpoint endpoint(m_server.url(), m_server.caFile());
        QString error;
        QVERIFY(endpoint.load(&error));
        QNetworkAccessManager network;
        core::ApiClient client(&network, endpoint);
        core::CredentialStore keychain(QStringLiteral("leadscope-log-test"));
        core::Session session(&client, &keychain);
        QSignalSpy failed(&session, &core::Session::failed);
        for (int i = 0; i < 6; ++i) {
            session.signIn(QStringLiteral("locked@log.example"), protocol::SecretBytes("wrong password"), false);
            QVERIFY(failed.wait(30'000));
        }
        const core::ApiFailure last = failed.last().first().value<core::ApiFailure>();
        QCOMPARE(last.httpStatus, 429);
        QVERIFY(last.retryAfterSeconds >= 1);
        QVERIFY2(last.message.startsWith(QStringLiteral("Too many attempts. You can try again at ")),
                 qPrintable(last.message));
    }
};

QTEST_GUILESS_MAIN(TestSessionSecrets)
#include "TestSessionSecrets.moc"
