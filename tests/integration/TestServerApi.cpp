#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "server/domain/Annotations.h"
#include "server/domain/ChangeLog.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

using namespace leadscope;
using test::ApiTestClient;
using test::TestUser;

// Protocol v1 against the real server over real HTTPS, on SQLite and on
// PostgreSQL (every test function runs once per store).
class TestServerApi : public QObject
{
    Q_OBJECT
private:
    struct Tokens
    {
        QString access;
        QString refresh;
    };

    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QString m_orgId;
    TestUser m_admin;
    TestUser m_manager;
    TestUser m_sales;

    bool startServer(const QStringList& extra = {}, const QString& existingDb = {})
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db = existingDb;
        if (db.isEmpty() && store == QLatin1String("postgresql")) {
            db = test::TestPostgres::createDatabase(&error);
            if (db.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        m_server = std::make_unique<test::ServerProcess>();
        if (!m_server->start(&error, db, extra)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        return true;
    }

    bool addUser(const QString& email, const QString& role, TestUser* user)
    {
        QString output;
        QString error;
        user->email = email;
        user->password = "correct horse battery " + email.toUtf8();
        if (!test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                       m_server->dbUrl(), QStringLiteral("--org"), m_orgId, QStringLiteral("--email"),
                                       email, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                                      &output, &error, user->password + '\n')) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        user->id = output.trimmed();
        return !user->id.isEmpty() && !user->id.contains(u'\n');
    }

    Tokens signIn(TestUser& user)
    {
        const ApiTestClient::Tokens tokens = m_client->signIn(user);
        return {tokens.access, tokens.refresh};
    }

    QJsonArray auditEntries(const QString& adminAccess, const QString& query = {})
    {
        const auto reply = m_client->call("GET", QStringLiteral("/api/v1/audit") + query, {}, adminAccess);
        return reply.json.value(QStringLiteral("entries")).toArray();
    }

    static bool hasAction(const QJsonArray& entries, const QString& action)
    {
        for (const QJsonValue& entry : entries) {
            if (entry.toObject().value(QStringLiteral("action")).toString() == action)
                return true;
        }
        return false;
    }

    // A connection of the test's own to the server's store: the test-only
    // way to put changes into the log until tracking exists.
    std::unique_ptr<server::Store> openStore()
    {
        QString error;
        auto url = server::DatabaseUrl::parse(m_server->dbUrl(), &error);
        auto store = std::make_unique<server::Store>(*url);
        if (!store->open(&error))
            qWarning("%s", qPrintable(error));
        return store;
    }

    static QByteArray companyPayload(const QString& id, const QString& name)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}})
            .toJson(QJsonDocument::Compact);
    }

    Tokens acceptDpa()
    {
        Tokens admin = signIn(m_admin);
        const auto dpa = m_client->call("GET", QStringLiteral("/api/v1/dpa"), {}, admin.access);
        m_client->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                       {{QStringLiteral("version"), dpa.json.value(QStringLiteral("version"))}}, admin.access);
        return admin;
    }

    // Password, then a recovery code instead of a TOTP code: a second session
    // without waiting for the next 30-second step.
    Tokens signInWithRecoveryCode(TestUser& user)
    {
        const auto login = m_client->call(
            "POST", QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email"), user.email}, {QStringLiteral("password"), QString::fromUtf8(user.password)}});
        const auto mfa = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                        {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                         {QStringLiteral("code"), user.recoveryCodes.takeFirst()}});
        return {mfa.json.value(QStringLiteral("access_token")).toString(),
                mfa.json.value(QStringLiteral("refresh_token")).toString()};
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void init()
    {
        QVERIFY(startServer());
        QString output;
        QString error;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--name"), QStringLiteral("Acme B.V."),
                                           QStringLiteral("--domain"), QStringLiteral("acme.example"),
                                           QStringLiteral("--domain"), QStringLiteral("shop.acme.example")},
                                          &output, &error),
                 qPrintable(error));
        const QStringList lines = output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3); // org id, then one "SITE_ID DOMAIN" line per site
        m_orgId = lines.first();
        QVERIFY(lines[1].endsWith(QStringLiteral(" acme.example")) ||
                lines[2].endsWith(QStringLiteral(" acme.example")));
        m_admin = TestUser{};
        m_manager = TestUser{};
        m_sales = TestUser{};
        QVERIFY(addUser(QStringLiteral("admin@acme.example"), QStringLiteral("admin"), &m_admin));
        QVERIFY(addUser(QStringLiteral("manager@acme.example"), QStringLiteral("manager"), &m_manager));
        QVERIFY(addUser(QStringLiteral("sales@acme.example"), QStringLiteral("sales"), &m_sales));
    }

    void cleanup()
    {
        QString error;
        const bool stopped = m_server->stop(&error);
        m_client.reset();
        m_server.reset();
        QVERIFY2(stopped, qPrintable(error));
    }

    void enrolmentLoginRefreshLogout()
    {
        auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("email"), m_sales.email},
                                     {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        QCOMPARE(login.status, 200);
        QVERIFY(!login.json.contains(QStringLiteral("access_token"))); // never tokens before the second factor
        const QJsonObject enrol = login.json.value(QStringLiteral("enrol")).toObject();
        const QString secret = enrol.value(QStringLiteral("secret")).toString();
        QVERIFY(protocol::Base32::decode(secret).value().size() >= 20); // >= 160 bits
        QVERIFY(enrol.value(QStringLiteral("otpauth_uri")).toString().startsWith(QStringLiteral("otpauth://totp/")));
        QVERIFY(enrol.value(QStringLiteral("otpauth_uri")).toString().contains(QStringLiteral("secret=") + secret));
        m_sales.totpSecret = protocol::Base32::decode(secret).value();

        auto wrong = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                    {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                     {QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_code"));

        auto mfa = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                  {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                   {QStringLiteral("code"), m_sales.nextCode()}});
        QCOMPARE(mfa.status, 200);
        const QString access = mfa.json.value(QStringLiteral("access_token")).toString();
        const QString refresh = mfa.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(access.size() >= 43); // 256 bits, base64url
        QVERIFY(refresh.size() >= 43 && refresh != access);
        QCOMPARE(mfa.json.value(QStringLiteral("expires_in")).toInt(), 900);
        QCOMPARE(mfa.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("sales"));

        // The mfa_token is single-use.
        auto again = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                    {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                     {QStringLiteral("code"), m_sales.nextCode()}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_mfa_token"));

        auto me = m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
                 m_sales.email);
        QCOMPARE(me.json.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Acme B.V."));
        QCOMPARE(me.json.value(QStringLiteral("websites")).toArray().size(), 2);
        QCOMPARE(me.json.value(QStringLiteral("dpa")).toObject().value(QStringLiteral("accepted")).toBool(), false);

        // Enrolled now: the next login asks for a code, not an enrolment.
        login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                               {{QStringLiteral("email"), m_sales.email},
                                {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        QCOMPARE(login.json.value(QStringLiteral("mfa")).toString(), QStringLiteral("totp"));
        QVERIFY(!login.json.contains(QStringLiteral("enrol")));

        auto rotated = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                      {{QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json.value(QStringLiteral("access_token")).toString();
        const QString refresh2 = rotated.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(refresh2 != refresh);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access2).status, 200);

        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/auth/logout"), {}, access2).status, 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access2).status, 401);
        QCOMPARE(
            m_client
                ->call("POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}})
                .status,
            401);
    }

    void replayedCodeIsRefused()
    {
        signIn(m_sales); // enrols
        const qint64 usedStep = m_sales.lastStep;
        const QString replay = protocol::Totp::code(m_sales.totpSecret, usedStep * 30);
        auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("email"), m_sales.email},
                                     {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        auto mfa = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                  {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                   {QStringLiteral("code"), replay}});
        QCOMPARE(mfa.status, 401);
        QCOMPARE(mfa.errorCode(), QStringLiteral("code_replayed"));
        Tokens admin = signIn(m_admin);
        QVERIFY(
            hasAction(auditEntries(admin.access, QStringLiteral("?action=mfa_replay")), QStringLiteral("mfa_replay")));
    }

    void replayedRefreshTokenRevokesTheSession()
    {
        const Tokens first = signIn(m_manager);
        auto rotated = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                      {{QStringLiteral("refresh_token"), first.refresh}});
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json.value(QStringLiteral("access_token")).toString();
        const QString refresh2 = rotated.json.value(QStringLiteral("refresh_token")).toString();

        auto reuse = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                    {{QStringLiteral("refresh_token"), first.refresh}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.errorCode(), QStringLiteral("refresh_token_reused"));
        // The whole family is dead: the newer refresh token and the access token too.
        QCOMPARE(
            m_client
                ->call("POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}})
                .status,
            401);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access2).status, 401);
        Tokens admin = signIn(m_admin);
        QVERIFY(hasAction(auditEntries(admin.access), QStringLiteral("refresh_token_reuse")));
    }

    void unlockNeedsAKeptTokenAndAFreshCode()
    {
        const Tokens first = signIn(m_manager);
        const auto unlock = [this](const QString& refresh, const QString& code) {
            return m_client->call("POST", QStringLiteral("/api/v1/auth/unlock"),
                                  {{QStringLiteral("refresh_token"), refresh}, {QStringLiteral("code"), code}});
        };
        // A wrong code is a failed attempt; the token is not spent by it.
        const auto wrong = unlock(first.refresh, QStringLiteral("000000"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_code"));
        // The code used at sign-in does not work twice.
        const auto replayed =
            unlock(first.refresh, protocol::Totp::code(m_manager.totpSecret, m_manager.lastStep * 30));
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), QStringLiteral("code_replayed"));
        // A fresh code: a new pair, and the kept refresh token is spent.
        const auto ok = unlock(first.refresh, m_manager.nextCode());
        QCOMPARE(ok.status, 200);
        const QString access = ok.json.value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access).status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("manager"));
        const auto spent = unlock(first.refresh, m_manager.nextCode());
        QCOMPARE(spent.status, 401);
        QCOMPARE(spent.errorCode(), QStringLiteral("invalid_refresh_token"));
        const auto made = unlock(QStringLiteral("not-a-token"), QStringLiteral("123456"));
        QCOMPARE(made.errorCode(), QStringLiteral("invalid_refresh_token"));
        Tokens admin = signIn(m_admin);
        const QJsonArray audit = auditEntries(admin.access);
        QVERIFY(hasAction(audit, QStringLiteral("unlock")));
        QVERIFY(hasAction(audit, QStringLiteral("unlock_failed")));
    }

    void lockoutWithRetryAfter()
    {
        const QJsonObject wrongPassword{{QStringLiteral("email"), m_sales.email},
                                        {QStringLiteral("password"), QStringLiteral("not the password")}};
        const auto unknown = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                            {{QStringLiteral("email"), QStringLiteral("nobody@acme.example")},
                                             {QStringLiteral("password"), QStringLiteral("not the password")}});
        const auto wrong = m_client->call("POST", QStringLiteral("/api/v1/auth/login"), wrongPassword);
        // Unknown e-mail and wrong password are indistinguishable.
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.body, wrong.body);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/auth/login"), wrongPassword).status, 401);
        // Five failures: locked, even with the right password, with a Retry-After.
        const auto locked = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                           {{QStringLiteral("email"), m_sales.email},
                                            {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, locked.header("Retry-After").constData());
        Tokens admin = signIn(m_admin);
        const QJsonArray entries = auditEntries(admin.access);
        QVERIFY(hasAction(entries, QStringLiteral("account_locked")));
        QVERIFY(hasAction(entries, QStringLiteral("login_failed")));
    }

    // Guessing the code: five wrong codes lock the account as five wrong
    // passwords do — then even the right code is refused, with a Retry-After —
    // and every guess is in the audit log under the user's name.
    void fiveWrongCodesLockTheAccount()
    {
        QVERIFY(!signIn(m_sales).access.isEmpty()); // enrolled
        const auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                          {{QStringLiteral("email"), m_sales.email},
                                           {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        QCOMPARE(login.status, 200);
        const QJsonValue mfaToken = login.json.value(QStringLiteral("mfa_token"));
        // A wrong code: none of the three the server would take now.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QStringList valid;
        for (const qint64 offset : {-30, 0, 30, 60})
            valid << protocol::Totp::code(m_sales.totpSecret, now + offset);
        QString wrong = QStringLiteral("000000");
        while (valid.contains(wrong))
            wrong = QStringLiteral("%1").arg(wrong.toInt() + 111111, 6, 10, QLatin1Char('0'));
        for (int i = 0; i < 5; ++i) {
            const auto guess =
                m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                               {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), wrong}});
            QCOMPARE(guess.status, 401);
            QCOMPARE(guess.errorCode(), QStringLiteral("invalid_code"));
        }
        const auto right =
            m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                           {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), m_sales.nextCode()}});
        QCOMPARE(right.status, 429);
        QCOMPARE(right.errorCode(), QStringLiteral("too_many_attempts"));
        const int retryAfter = right.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, right.header("Retry-After").constData());
        QVERIFY(right.json.value(QStringLiteral("access_token")).isUndefined());

        Tokens admin = signIn(m_admin);
        int guesses = 0;
        for (const QJsonValue& entry : auditEntries(admin.access, QStringLiteral("?action=mfa_failed"))) {
            QCOMPARE(entry.toObject().value(QStringLiteral("actor_id")).toString(), m_sales.id);
            ++guesses;
        }
        QCOMPARE(guesses, 5);
        QVERIFY(hasAction(auditEntries(admin.access, QStringLiteral("?action=account_locked")),
                          QStringLiteral("account_locked")));
    }

    // Time runs out: a sign-in step (mfa_token), an access token and a
    // refresh token past their expiry are refused, and the refusal says what
    // to do. (The store's expiry times are moved into the past: the server's
    // clock cannot be wound forward from outside.)
    void expiredStepsAndTokensAreRefused()
    {
        const QString password = QString::fromUtf8(m_sales.password);
        QVERIFY(!signIn(m_sales).access.isEmpty()); // enrolled
        auto store = openStore();
        QString error;
        const auto expireAll = [&](const char* table, const char* where) {
            QSqlQuery query(store->connection());
            return server::Sql::exec(
                query,
                QStringLiteral("UPDATE %1 SET expires_at = 1 WHERE %2").arg(QLatin1String(table), QLatin1String(where)),
                {}, &error);
        };
        // The code step, opened and then left too long.
        const auto login =
            m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                           {{QStringLiteral("email"), m_sales.email}, {QStringLiteral("password"), password}});
        QCOMPARE(login.status, 200);
        QVERIFY2(expireAll("mfa_challenges", "1 = 1"), qPrintable(error));
        const auto late = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                         {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                          {QStringLiteral("code"), m_sales.nextCode()}});
        QCOMPARE(late.status, 401);
        QCOMPARE(late.errorCode(), QStringLiteral("invalid_mfa_token"));
        QVERIFY(late.json.value(QStringLiteral("access_token")).isUndefined());

        // A signed-in session: the access token works, then expires; the
        // refresh token renews it until it expires too.
        const Tokens tokens = signIn(m_sales);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, tokens.access).status, 200);
        QVERIFY2(expireAll("tokens", "kind = 'access'"), qPrintable(error));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, tokens.access).status, 401);
        const auto renewed = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                            {{QStringLiteral("refresh_token"), tokens.refresh}});
        QCOMPARE(renewed.status, 200);
        const QString fresh = renewed.json.value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, fresh).status, 200);
        QVERIFY2(expireAll("tokens", "kind = 'refresh'"), qPrintable(error));
        const auto refused =
            m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                           {{QStringLiteral("refresh_token"), renewed.json.value(QStringLiteral("refresh_token"))}});
        QCOMPARE(refused.status, 401);
    }

    void aBurstOfFailedSignInsIsReportedOnce()
    {
        // Someone tries passwords against the organisation's accounts: after 10 failures within a minute,
        // one suspicious_activity event (not one per attempt), without addresses or account names.
        const auto fail = [this](const test::TestUser& user) {
            return m_client
                ->call("POST", QStringLiteral("/api/v1/auth/login"),
                       {{QStringLiteral("email"), user.email}, {QStringLiteral("password"), QStringLiteral("guess")}})
                .status;
        };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(fail(m_sales), 401);
            QCOMPARE(fail(m_manager), 401);
        }
        for (int i = 0; i < 2; ++i)
            QCOMPARE(fail(m_admin), 401); // still part of the same burst
        Tokens admin = signIn(m_admin);
        QVERIFY(!admin.access.isEmpty());
        const QJsonArray events = auditEntries(admin.access, QStringLiteral("?action=suspicious_activity"));
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();
        QCOMPARE(event.value(QStringLiteral("detail")).toObject().value(QStringLiteral("failed_sign_ins")).toInt(), 10);
        QVERIFY(event.value(QStringLiteral("actor_email")).isNull());
        QVERIFY(!QJsonDocument(event).toJson().contains("127.0.0.1"));
    }

    void roleMatrix()
    {
        Tokens admin = acceptDpa();
        Tokens manager = signIn(m_manager);
        Tokens sales = signIn(m_sales);
        QVERIFY(!admin.access.isEmpty() && !manager.access.isEmpty() && !sales.access.isEmpty());

        struct Call
        {
            QByteArray method;
            QString path;
            QJsonObject body;
            int none, salesStatus, managerStatus, adminStatus;
        };
        const QString target = m_sales.id;
        const QList<Call> calls{
            {"GET", QStringLiteral("/api/v1/me"), {}, 401, 200, 200, 200},
            {"GET", QStringLiteral("/api/v1/dpa"), {}, 401, 200, 200, 200},
            {"POST",
             QStringLiteral("/api/v1/dpa/accept"),
             {{QStringLiteral("version"), QStringLiteral("1.0")}},
             401,
             403,
             403,
             200},
            {"GET", QStringLiteral("/api/v1/sync"), {}, 401, 200, 200, 200},
            {"PUT",
             QStringLiteral("/api/v1/companies/kvk-1/annotation"),
             {{QStringLiteral("note"), QStringLiteral("x")}},
             401,
             200,
             200,
             200},
            {"GET", QStringLiteral("/api/v1/users"), {}, 401, 403, 403, 200},
            {"POST",
             QStringLiteral("/api/v1/users"),
             {{QStringLiteral("email"), QStringLiteral("new@acme.example")},
              {QStringLiteral("role"), QStringLiteral("sales")}},
             401,
             403,
             403,
             201},
            {"PATCH",
             QStringLiteral("/api/v1/users/") + m_manager.id,
             {{QStringLiteral("role"), QStringLiteral("manager")}},
             401,
             403,
             403,
             200},
            {"GET", QStringLiteral("/api/v1/audit"), {}, 401, 403, 403, 200},
            {"GET", QStringLiteral("/api/v1/rules"), {}, 401, 200, 200, 200},
            {"GET", QStringLiteral("/api/v1/ignored"), {}, 401, 200, 200, 200},
            {"POST",
             QStringLiteral("/api/v1/ignored"),
             {{QStringLiteral("sbi_prefix"), QStringLiteral("62")},
              {QStringLiteral("category"), QStringLiteral("own")}},
             401,
             403,
             201,
             409},
            {"PATCH",
             QStringLiteral("/api/v1/organisation"),
             {{QStringLiteral("retention_months"), 12}},
             401,
             403,
             403,
             200},
            {"POST",
             QStringLiteral("/api/v1/websites"),
             {{QStringLiteral("domain"), QStringLiteral("landing.acme.example")}},
             401,
             403,
             403,
             201},
            {"POST",
             QStringLiteral("/api/v1/exports"),
             {{QStringLiteral("format"), QStringLiteral("csv")},
              {QStringLiteral("rows"), 120},
              {QStringLiteral("segment"), QStringLiteral("Hot leads")}},
             401,
             403,
             201,
             201},
            {"DELETE", QStringLiteral("/api/v1/users/") + target, {}, 401, 403, 403, 200},
        };
        for (const Call& call : calls) {
            const QList<QPair<QString, int>> who{{QString(), call.none},
                                                 {sales.access, call.salesStatus},
                                                 {manager.access, call.managerStatus},
                                                 {admin.access, call.adminStatus}};
            for (const auto& [token, expected] : who) {
                const auto reply = m_client->call(call.method, call.path, call.body, token);
                QVERIFY2(reply.status == expected,
                         qPrintable(QStringLiteral("%1 %2 as %3: %4, expected %5 (%6)")
                                        .arg(QString::fromLatin1(call.method), call.path,
                                             token.isEmpty()           ? QStringLiteral("nobody")
                                             : token == sales.access   ? QStringLiteral("sales")
                                             : token == manager.access ? QStringLiteral("manager")
                                                                       : QStringLiteral("admin"))
                                        .arg(reply.status)
                                        .arg(expected)
                                        .arg(QString::fromUtf8(reply.body))));
            }
        }
        // Every granted export is in the audit log with its size and format.
        const QJsonArray exports = auditEntries(admin.access, QStringLiteral("?action=export"));
        QCOMPARE(exports.size(), 2);
        const QJsonObject detail = exports[0].toObject().value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("rows")).toInt(), 120);
        QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        // The deleted sales user's session died with the account.
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, sales.access).status, 401);
    }

    void organisationSettingsAndWebsites()
    {
        Tokens admin = acceptDpa();
        // Tracking mode and retention: validated, applied, audited, and what /me says.
        auto reply = m_client->call(
            "PATCH", QStringLiteral("/api/v1/organisation"),
            {{QStringLiteral("tracking_mode"), QStringLiteral("consent")}, {QStringLiteral("retention_months"), 6}},
            admin.access);
        QCOMPARE(reply.status, 200);
        for (const QJsonObject& bad : {QJsonObject{{QStringLiteral("tracking_mode"), QStringLiteral("sometimes")}},
                                       QJsonObject{{QStringLiteral("retention_months"), 0}},
                                       QJsonObject{{QStringLiteral("retention_months"), 2.5}},
                                       QJsonObject{{QStringLiteral("retention_months"), 99}}, QJsonObject{}}) {
            reply = m_client->call("PATCH", QStringLiteral("/api/v1/organisation"), bad, admin.access);
            QVERIFY2(reply.status == 400, reply.body.constData());
        }
        reply = m_client->call("GET", QStringLiteral("/api/v1/me"), {}, admin.access);
        QJsonObject me = QJsonDocument::fromJson(reply.body).object();
        const QJsonObject org = me.value(QStringLiteral("organisation")).toObject();
        QCOMPARE(org.value(QStringLiteral("tracking_mode")).toString(), QStringLiteral("consent"));
        QCOMPARE(org.value(QStringLiteral("retention_months")).toInt(), 6);
        QVERIFY(me.value(QStringLiteral("admins")).toArray().contains(m_admin.email));
        QCOMPARE(auditEntries(admin.access, QStringLiteral("?action=organisation_changed")).size(), 1);

        // A website: added (normalised), a duplicate refused, removed, audited.
        reply = m_client->call("POST", QStringLiteral("/api/v1/websites"),
                               {{QStringLiteral("domain"), QStringLiteral("  Blog.ACME.example ")}}, admin.access);
        QVERIFY2(reply.status == 201, reply.body.constData());
        const QJsonObject site =
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("website")).toObject();
        QCOMPARE(site.value(QStringLiteral("domain")).toString(), QStringLiteral("blog.acme.example"));
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/websites"),
                            {{QStringLiteral("domain"), QStringLiteral("blog.acme.example")}}, admin.access)
                     .status,
                 409);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/websites"),
                            {{QStringLiteral("domain"), QStringLiteral("not a domain")}}, admin.access)
                     .status,
                 400);
        me = QJsonDocument::fromJson(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, admin.access).body)
                 .object();
        QVERIFY(QJsonDocument(me.value(QStringLiteral("websites")).toArray()).toJson().contains("blog.acme.example"));
        const QString siteId = site.value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/websites/") + siteId, {}, admin.access).status, 200);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/websites/") + siteId, {}, admin.access).status, 404);
        me = QJsonDocument::fromJson(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, admin.access).body)
                 .object();
        QVERIFY(!QJsonDocument(me.value(QStringLiteral("websites")).toArray()).toJson().contains("blog.acme.example"));
        QCOMPARE(auditEntries(admin.access, QStringLiteral("?action=website_added")).size(), 1);
        QCOMPARE(auditEntries(admin.access, QStringLiteral("?action=website_removed")).size(), 1);

        // The DPA in Dutch and German beside the binding English text; other languages get English only.
        for (const auto& [language, title] :
             {std::pair{QStringLiteral("nl"), QStringLiteral("Verwerkersovereenkomst")},
              std::pair{QStringLiteral("de"), QStringLiteral("Auftragsverarbeitungsvertrag")}}) {
            const QJsonObject dpa =
                QJsonDocument::fromJson(
                    m_client->call("GET", QStringLiteral("/api/v1/dpa?lang=") + language, {}, admin.access).body)
                    .object();
            QCOMPARE(dpa.value(QStringLiteral("language")).toString(), language);
            QVERIFY(dpa.value(QStringLiteral("translated_text")).toString().startsWith(QStringLiteral("# ") + title));
            QVERIFY(
                dpa.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("# Data Processing Agreement")));
        }
        const QJsonObject french =
            QJsonDocument::fromJson(m_client->call("GET", QStringLiteral("/api/v1/dpa?lang=fr"), {}, admin.access).body)
                .object();
        QVERIFY(!french.contains(QStringLiteral("translated_text")));
    }

    void dpaGate()
    {
        Tokens sales = signIn(m_sales);
        auto sync = m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, sales.access);
        QCOMPARE(sync.status, 451);
        QCOMPARE(sync.errorCode(), QStringLiteral("dpa_required"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/segments"), {}, sales.access).status, 451);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("1.0")}}, sales.access)
                     .status,
                 403);
        Tokens admin = signIn(m_admin);
        const auto dpa = m_client->call("GET", QStringLiteral("/api/v1/dpa"), {}, admin.access);
        QCOMPARE(dpa.status, 200);
        QCOMPARE(dpa.json.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QVERIFY(
            dpa.json.value(QStringLiteral("text")).toString().contains(QStringLiteral("Data Processing Agreement")));
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                            {{QStringLiteral("version"), QStringLiteral("0.9")}}, admin.access)
                     .errorCode(),
                 QStringLiteral("dpa_version_mismatch"));
        const auto accepted = m_client->call("POST", QStringLiteral("/api/v1/dpa/accept"),
                                             {{QStringLiteral("version"), QStringLiteral("1.0")}}, admin.access);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json.value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(accepted.json.value(QStringLiteral("acceptance"))
                     .toObject()
                     .value(QStringLiteral("accepted_by"))
                     .toString(),
                 m_admin.email);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, sales.access).status, 200);
        QVERIFY(hasAction(auditEntries(admin.access, QStringLiteral("?action=dpa_accepted")),
                          QStringLiteral("dpa_accepted")));

        // A new version is published: the gate closes until it is accepted too.
        QString error;
        const QString db = m_server->dbUrl();
        QVERIFY(m_server->stop(&error));
        // The first server's directory (and SQLite file) stays until the test ends.
        auto first = std::move(m_server);
        QTemporaryDir texts;
        const QString source =
            qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") + QStringLiteral("/resources/dpa/dpa-1.0.md");
        QVERIFY(QFile::copy(source, texts.filePath(QStringLiteral("dpa-1.0.md"))));
        QFile v2(texts.filePath(QStringLiteral("dpa-2.0.md")));
        QVERIFY(v2.open(QIODevice::WriteOnly));
        v2.write("# Data Processing Agreement\n\n**Version 2.0**\n\nA new sub-processor.\n");
        v2.close();
        m_server = std::make_unique<test::ServerProcess>();
        m_server->setSkipInit(true);
        QVERIFY2(m_server->start(&error, db, {QStringLiteral("--dpa-dir"), texts.path()}), qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_server->url(), m_server->caFile());
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, sales.access).status, 451);
        const auto dpa2 = m_client->call("GET", QStringLiteral("/api/v1/dpa"), {}, sales.access);
        QCOMPARE(dpa2.json.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(dpa2.json.value(QStringLiteral("accepted")).toBool(), false);
        QCOMPARE(dpa2.json.value(QStringLiteral("acceptance")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.0"));
    }

    // Pages sized by bytes (max_bytes), each naming the next page's cursor in a header
    // when there is one, so that a client can ask for it while it stores this page.
    void syncPagesEndAtMaxBytesAndNameTheNextCursor()
    {
        acceptDpa();
        const Tokens sales = signIn(m_sales);
        {
            auto store = openStore();
            QList<server::ChangeLog::Change> changes;
            for (int i = 0; i < 200; ++i) {
                const QString id = QStringLiteral("kvk-bytes-%1").arg(i);
                changes.append({server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, id,
                                companyPayload(id, QStringLiteral("Company %1").arg(i))});
            }
            QString error;
            QSqlDatabase db = store->connection();
            server::Sql::Transaction transaction(db);
            QVERIFY2(server::ChangeLog::append(db, m_orgId, changes, QDateTime::currentMSecsSinceEpoch(), &error) &&
                         transaction.commit(&error),
                     qPrintable(error));
        }
        const auto header = [](const ApiTestClient::Reply& reply, const QByteArray& name) {
            for (const auto& [field, value] : reply.headers) {
                if (field.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        QString cursor;
        QSet<QString> ids;
        int pages = 0;
        for (;;) {
            const auto page = m_client->call("GET",
                                             QStringLiteral("/api/v1/sync?limit=1000&max_bytes=2048") +
                                                 (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                                             {}, sales.access);
            QCOMPARE(page.status, 200);
            ++pages;
            const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
            QVERIFY(!changes.isEmpty());
            // The page ends at the first change past 2 048 bytes.
            QVERIFY2(QJsonDocument(changes).toJson(QJsonDocument::Compact).size() < 2048 + 600,
                     qPrintable(QString::number(changes.size())));
            for (const QJsonValue& change : changes)
                ids.insert(change.toObject().value(QStringLiteral("id")).toString());
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            const bool more = page.json.value(QStringLiteral("has_more")).toBool();
            QCOMPARE(QString::fromLatin1(header(page, "Leadscope-Next-Cursor")), more ? cursor : QString());
            if (!more)
                break;
        }
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        QCOMPARE(ids.size(), 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync?max_bytes=100"), {}, sales.access).status, 400);
    }

    void syncPagingWithConcurrentWriters()
    {
        Tokens sales = [this] {
            acceptDpa();
            return signIn(m_sales);
        }();
        std::atomic<bool> writing{true};
        std::atomic<int> written{0};
        QString writerError;
        std::thread writer([&] {
            auto store = openStore();
            for (int batch = 0; batch < 60; ++batch) {
                QList<server::ChangeLog::Change> changes;
                for (int i = 0; i < 10; ++i) {
                    const QString id = QStringLiteral("kvk-%1").arg(batch * 10 + i);
                    changes.append({server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, id,
                                    companyPayload(id, QStringLiteral("Company %1").arg(batch * 10 + i))});
                }
                bool ok = false;
                {
                    QSqlDatabase db = store->connection();
                    server::Sql::Transaction transaction(db);
                    ok = server::ChangeLog::append(db, m_orgId, changes, QDateTime::currentMSecsSinceEpoch(),
                                                   &writerError) &&
                         transaction.commit(&writerError);
                }
                if (!ok)
                    break;
                written += 10;
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
            store->closeThreadConnection();
            writing = false;
        });

        QString cursor;
        QList<qint64> seqs;
        QSet<QString> ids;
        int pages = 0;
        for (;;) {
            const bool writerDone = !writing;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("12"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const auto page =
                m_client->call("GET", QStringLiteral("/api/v1/sync?") + query.toString(), {}, sales.access);
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue& change : page.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject object = change.toObject();
                seqs << object.value(QStringLiteral("seq")).toInteger();
                ids << object.value(QStringLiteral("id")).toString();
                QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("company"));
                QCOMPARE(object.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(),
                         object.value(QStringLiteral("id")).toString());
            }
            cursor = page.json.value(QStringLiteral("cursor")).toString();
            if (writerDone && !page.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(written.load(), 600);
        QVERIFY2(pages >= 50, qPrintable(QString::number(pages)));
        QCOMPARE(seqs.size(), 600); // none repeated …
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], qint64(i + 1)); // … none skipped, in order
        QCOMPARE(ids.size(), 600);
    }

    void compactedLogExpiresOldCursors()
    {
        Tokens sales = [this] {
            acceptDpa();
            return signIn(m_sales);
        }();
        auto store = openStore();
        QString error;
        QString oldCursor;
        {
            QSqlDatabase db = store->connection();
            {
                server::Sql::Transaction transaction(db);
                QVERIFY(server::ChangeLog::append(
                    db, m_orgId,
                    {{server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, QStringLiteral("kvk-1"),
                      companyPayload(QStringLiteral("kvk-1"), QStringLiteral("Old name"))},
                     {server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, QStringLiteral("kvk-2"),
                      companyPayload(QStringLiteral("kvk-2"), QStringLiteral("Gone B.V."))}},
                    1000, &error));
                QVERIFY(transaction.commit(&error));
            }
            const auto first = m_client->call("GET", QStringLiteral("/api/v1/sync?limit=1"), {}, sales.access);
            oldCursor = first.json.value(QStringLiteral("cursor")).toString();
            {
                server::Sql::Transaction transaction(db);
                QVERIFY(server::ChangeLog::append(
                    db, m_orgId,
                    {{server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, QStringLiteral("kvk-1"),
                      companyPayload(QStringLiteral("kvk-1"), QStringLiteral("New name"))},
                     {server::ChangeLog::Entity::Company, server::ChangeLog::Op::Delete, QStringLiteral("kvk-2"), {}}},
                    2000, &error));
                QVERIFY(transaction.commit(&error));
            }
            QVERIFY2(server::ChangeLog::compact(db, m_orgId, 3000, &error), qPrintable(error));
        }
        store->closeThreadConnection();

        const auto expired =
            m_client->call("GET", QStringLiteral("/api/v1/sync?cursor=") + oldCursor, {}, sales.access);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.errorCode(), QStringLiteral("cursor_expired"));
        // A full resync gives the current state: only kvk-1, with its new name.
        const auto full = m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, sales.access);
        QCOMPARE(full.status, 200);
        const QJsonArray changes = full.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(
            changes[0].toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("New name"));
    }

    // A daily compaction reads only what changed since the one before
    // (ChangeLog::compact): what a later change superseded since then goes,
    // and so does what passed the horizon since then, superseded long ago.
    // The same in transactions of one change each as of thousands: each
    // records how far it got and the next goes on from there.
    void compactionAcrossRunsDropsWhatBecameSupersededOrOld_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("one transaction") << server::ChangeLog::kCompactChunk;
        QTest::newRow("a transaction per change") << qint64(1);
    }

    void compactionAcrossRunsDropsWhatBecameSupersededOrOld()
    {
        QFETCH(qint64, chunk);
        auto store = openStore();
        QSqlDatabase db = store->connection();
        QString error;
        const auto append = [&](const QString& id, const QString& name, qint64 at) {
            server::Sql::Transaction transaction(db);
            return server::ChangeLog::append(db, m_orgId,
                                             {{server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, id,
                                               companyPayload(id, name)}},
                                             at, &error) &&
                   transaction.commit(&error);
        };
        const auto names = [&](const QString& id) {
            QSqlQuery query(db);
            QStringList out;
            if (server::Sql::exec(query,
                                  QStringLiteral("SELECT payload FROM changes WHERE org_id = ? AND entity_id = ? "
                                                 "ORDER BY seq"),
                                  {m_orgId, id}, &error))
                while (query.next())
                    out << QJsonDocument::fromJson(query.value(0).toByteArray())[QStringLiteral("name")].toString();
            return out;
        };
        QVERIFY2(append(QStringLiteral("kvk-1"), QStringLiteral("One"), 1000), qPrintable(error));
        QVERIFY2(append(QStringLiteral("kvk-2"), QStringLiteral("Two"), 5000), qPrintable(error));
        QVERIFY2(append(QStringLiteral("kvk-2"), QStringLiteral("Two again"), 5100), qPrintable(error));
        // Horizon 500: nothing has passed it, nothing goes.
        QVERIFY2(server::ChangeLog::compact(db, m_orgId, 500, &error, nullptr, chunk), qPrintable(error));
        QCOMPARE(names(QStringLiteral("kvk-2")), (QStringList{QStringLiteral("Two"), QStringLiteral("Two again")}));
        // Horizon 3000: kvk-1's change is old but the latest; kvk-2's first is superseded but recent.
        QVERIFY2(server::ChangeLog::compact(db, m_orgId, 3000, &error, nullptr, chunk), qPrintable(error));
        QCOMPARE(names(QStringLiteral("kvk-1")), QStringList{QStringLiteral("One")});
        QCOMPARE(names(QStringLiteral("kvk-2")), (QStringList{QStringLiteral("Two"), QStringLiteral("Two again")}));
        // Since then: kvk-1 changed again (its old change is superseded now), and at horizon 6000
        // kvk-2's first change has passed it, superseded by a change the last run already saw.
        // (kvk-3 comes between, so that with one change per transaction kvk-1's is the second.)
        QVERIFY2(append(QStringLiteral("kvk-3"), QStringLiteral("Three"), 6500), qPrintable(error));
        QVERIFY2(append(QStringLiteral("kvk-1"), QStringLiteral("One again"), 7000), qPrintable(error));
        QVERIFY2(server::ChangeLog::compact(db, m_orgId, 6000, &error, nullptr, chunk), qPrintable(error));
        QCOMPARE(names(QStringLiteral("kvk-1")), QStringList{QStringLiteral("One again")});
        QCOMPARE(names(QStringLiteral("kvk-3")), QStringList{QStringLiteral("Three")});
        QCOMPARE(names(QStringLiteral("kvk-2")), QStringList{QStringLiteral("Two again")});
        // Nothing new: a run changes nothing.
        QVERIFY2(server::ChangeLog::compact(db, m_orgId, 6000, &error, nullptr, chunk), qPrintable(error));
        QCOMPARE(names(QStringLiteral("kvk-1")), QStringList{QStringLiteral("One again")});
        QCOMPARE(names(QStringLiteral("kvk-2")), QStringList{QStringLiteral("Two again")});
        store->closeThreadConnection();
    }

    void annotationsReachEveryUser()
    {
        acceptDpa();
        Tokens sales = signIn(m_sales);
        Tokens manager = signIn(m_manager);
        const auto put =
            m_client->call("PUT", QStringLiteral("/api/v1/companies/kvk-42/annotation"),
                           {{QStringLiteral("tags"), QJsonArray{QStringLiteral("watch"), QStringLiteral("hot")}},
                            {QStringLiteral("note"), QStringLiteral("Called, wants a demo")},
                            {QStringLiteral("status"), QStringLiteral("contacted")},
                            {QStringLiteral("assignee"), m_sales.id}},
                           sales.access);
        QCOMPARE(put.status, 200);
        // Without ?with=activity (a client from before the team history): the annotation only.
        const auto sync = m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, manager.access);
        const QJsonArray changes = sync.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes[0].toObject();
        QCOMPARE(change.value(QStringLiteral("type")).toString(), QStringLiteral("annotation"));
        QCOMPARE(change.value(QStringLiteral("id")).toString(), QStringLiteral("kvk-42"));
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("note")).toString(), QStringLiteral("Called, wants a demo"));
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("contacted"));
        QCOMPARE(data.value(QStringLiteral("assignee")).toString(), m_sales.id);
        QCOMPARE(data.value(QStringLiteral("tags")).toArray().size(), 2);
        QVERIFY(!data.value(QStringLiteral("updated_at")).toString().isEmpty());

        // With it, also who changed what: one entry for the edit, by the sales user.
        const auto withHistory =
            m_client->call("GET", QStringLiteral("/api/v1/sync?with=activity"), {}, manager.access);
        const QJsonArray all = withHistory.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("activity"));
        const QJsonObject entry = all[1].toObject().value(QStringLiteral("data")).toObject();
        QCOMPARE(entry.value(QStringLiteral("company_id")).toString(), QStringLiteral("kvk-42"));
        QCOMPARE(entry.value(QStringLiteral("by")).toString(), m_sales.id);
        QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject what = entry.value(QStringLiteral("changes")).toObject();
        QCOMPARE(what.value(QStringLiteral("status")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("new")},
                              {QStringLiteral("to"), QStringLiteral("contacted")}}));
        QCOMPARE(what.value(QStringLiteral("assignee")).toObject().value(QStringLiteral("to")).toString(), m_sales.id);
        QCOMPARE(what.value(QStringLiteral("tags")).toObject().value(QStringLiteral("to")).toArray().size(), 2);
        QCOMPARE(what.value(QStringLiteral("note")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("Called, wants a demo"));
        // Saving the same again changes nothing and adds no entry.
        QCOMPARE(m_client
                     ->call("PUT", QStringLiteral("/api/v1/companies/kvk-42/annotation"),
                            {{QStringLiteral("tags"), QJsonArray{QStringLiteral("watch"), QStringLiteral("hot")}},
                             {QStringLiteral("note"), QStringLiteral("Called, wants a demo")},
                             {QStringLiteral("status"), QStringLiteral("contacted")},
                             {QStringLiteral("assignee"), m_sales.id}},
                            sales.access)
                     .status,
                 200);
        const auto again = m_client->call("GET",
                                          QStringLiteral("/api/v1/sync?with=activity&cursor=") +
                                              withHistory.json.value(QStringLiteral("cursor")).toString(),
                                          {}, manager.access);
        const QJsonArray more = again.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(more.size(), 1);
        QCOMPARE(more[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("annotation"));
    }

    // Saved segments on the server: personal until the owner shares them (to view or
    // to edit); the filter is checked field by field; a colleague who cannot see one
    // cannot tell it exists; each change is audited; personal ones leave with their
    // owner, shared ones stay with the team.
    void segmentsArePersonalUntilShared()
    {
        const Tokens admin = acceptDpa();
        const Tokens sales = signIn(m_sales);
        const Tokens manager = signIn(m_manager);
        const auto names = [this](const Tokens& who) {
            QStringList list;
            for (const QJsonValue& value : m_client->call("GET", QStringLiteral("/api/v1/segments"), {}, who.access)
                                               .json.value(QStringLiteral("segments"))
                                               .toArray())
                list << value.toObject().value(QStringLiteral("name")).toString();
            return list;
        };
        const QJsonObject pricing{{QStringLiteral("visited_page"), QStringLiteral("/prijzen")},
                                  {QStringLiteral("min_visits"), 2}};
        const auto added = m_client->call(
            "POST", QStringLiteral("/api/v1/segments"),
            {{QStringLiteral("name"), QStringLiteral("  Pricing   visitors ")}, {QStringLiteral("filter"), pricing}},
            sales.access);
        QCOMPARE(added.status, 201);
        const QJsonObject segment = added.json.value(QStringLiteral("segment")).toObject();
        const QString id = segment.value(QStringLiteral("id")).toString();
        QCOMPARE(segment.value(QStringLiteral("name")).toString(), QStringLiteral("Pricing visitors"));
        QCOMPARE(segment.value(QStringLiteral("sharing")).toString(), QStringLiteral("private"));
        QVERIFY(segment.value(QStringLiteral("mine")).toBool());
        QCOMPARE(segment.value(QStringLiteral("filter")).toObject().value(QStringLiteral("min_visits")).toInt(), 2);
        QCOMPARE(segment.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                 m_sales.email);

        // The filter is checked by the one filter language: a misspelt condition is named.
        const auto misspelt = m_client->call(
            "POST", QStringLiteral("/api/v1/segments"),
            {{QStringLiteral("name"), QStringLiteral("Typo")},
             {QStringLiteral("filter"), QJsonObject{{QStringLiteral("cty"), QStringLiteral("Utrecht")}}}},
            sales.access);
        QCOMPARE(misspelt.status, 400);
        const QString said =
            misspelt.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(said.contains(QStringLiteral("\"filter\": “cty” is not a filter condition")), qPrintable(said));
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/segments"),
                            {{QStringLiteral("name"), QStringLiteral("Pricing visitors")},
                             {QStringLiteral("filter"), QJsonObject{}}},
                            sales.access)
                     .status,
                 409); // the same name twice for one person
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/segments"),
                            {{QStringLiteral("name"), QStringLiteral("Odd")},
                             {QStringLiteral("filter"), QJsonObject{}},
                             {QStringLiteral("sharing"), QStringLiteral("everyone")}},
                            sales.access)
                     .status,
                 400);

        // Personal: the manager neither sees it nor can tell it exists.
        QVERIFY(!names(manager).contains(QStringLiteral("Pricing visitors")));
        const auto hidden = m_client->call("PATCH", QStringLiteral("/api/v1/segments/") + id,
                                           {{QStringLiteral("name"), QStringLiteral("Mine now")}}, manager.access);
        QCOMPARE(hidden.status, 404);

        // Shared to look at: seen, not changed, and only the owner decides the sharing.
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/segments/") + id,
                            {{QStringLiteral("sharing"), QStringLiteral("view")}}, sales.access)
                     .status,
                 200);
        const auto seen = m_client->call("GET", QStringLiteral("/api/v1/segments"), {}, manager.access);
        const QJsonObject shared = seen.json.value(QStringLiteral("segments")).toArray().at(0).toObject();
        QCOMPARE(shared.value(QStringLiteral("id")).toString(), id);
        QVERIFY(!shared.value(QStringLiteral("mine")).toBool());
        QVERIFY(!shared.value(QStringLiteral("can_edit")).toBool());
        QVERIFY(!shared.value(QStringLiteral("can_delete")).toBool());
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/segments/") + id,
                            {{QStringLiteral("name"), QStringLiteral("Renamed")}}, manager.access)
                     .status,
                 403);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/segments/") + id,
                            {{QStringLiteral("sharing"), QStringLiteral("edit")}}, manager.access)
                     .status,
                 403);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/segments/") + id, {}, manager.access).status, 403);

        // Shared to edit: the manager's change reaches the owner.
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/segments/") + id,
                            {{QStringLiteral("sharing"), QStringLiteral("edit")}}, sales.access)
                     .status,
                 200);
        const auto edited = m_client->call(
            "PATCH", QStringLiteral("/api/v1/segments/") + id,
            {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Utrecht")}}}},
            manager.access);
        QCOMPARE(edited.status, 200);
        const auto ownerView = m_client->call("GET", QStringLiteral("/api/v1/segments"), {}, sales.access);
        QCOMPARE(ownerView.json.value(QStringLiteral("segments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("filter"))
                     .toObject(),
                 (QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("city"), QStringLiteral("Utrecht")}}));

        // Personal segments leave with their owner; shared ones stay, and an admin may remove them.
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/segments"),
                            {{QStringLiteral("name"), QStringLiteral("Just mine")},
                             {QStringLiteral("filter"), QJsonObject{}}},
                            sales.access)
                     .status,
                 201);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/users/") + m_sales.id, {}, admin.access).status, 200);
        QCOMPARE(names(admin), QStringList{QStringLiteral("Pricing visitors")});
        {
            auto store = openStore();
            QSqlQuery count(store->connection());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM segments")) && count.next());
            QCOMPARE(count.value(0).toInt(), 1); // the personal one went with its owner
        }
        const auto orphan = m_client->call("GET", QStringLiteral("/api/v1/segments"), {}, admin.access);
        QVERIFY(orphan.json.value(QStringLiteral("segments"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("owner"))
                    .toObject()
                    .value(QStringLiteral("email"))
                    .isNull());
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/segments/") + id, {}, admin.access).status, 200);
        QVERIFY(names(manager).isEmpty());

        // Audited, by name.
        const auto audit = m_client->call("GET", QStringLiteral("/api/v1/audit"), {}, admin.access);
        QStringList actions;
        for (const QJsonValue& row : audit.json.value(QStringLiteral("entries")).toArray()) {
            if (row.toObject().value(QStringLiteral("action")).toString().startsWith(QStringLiteral("segment_")))
                actions << row.toObject().value(QStringLiteral("action")).toString();
        }
        std::sort(actions.begin(), actions.end());
        QCOMPARE(actions, (QStringList{QStringLiteral("segment_changed"), QStringLiteral("segment_created"),
                                       QStringLiteral("segment_created"), QStringLiteral("segment_deleted"),
                                       QStringLiteral("segment_shared"), QStringLiteral("segment_shared")}));
    }

    // Rules are the team's: managers and admins write them, everybody reads
    // them; what they may say is checked by name; each change is audited.
    void rulesAreWrittenByManagersAndReadByEveryone()
    {
        const Tokens admin = acceptDpa();
        const Tokens sales = signIn(m_sales);
        const Tokens manager = signIn(m_manager);
        const auto message = [](const ApiTestClient::Reply& reply) {
            return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        };
        const QJsonObject pricing{
            {QStringLiteral("name"), QStringLiteral(" Pricing  visitors ")},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("sbi_prefix"), QStringLiteral("62")},
                         {QStringLiteral("visit"), QJsonObject{{QStringLiteral("page"), QStringLiteral("/prijzen*")},
                                                               {QStringLiteral("min_pages"), 3}}}}},
            {QStringLiteral("actions"), QJsonObject{{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("pricing")}},
                                                    {QStringLiteral("assign_to"), QJsonArray{m_sales.id, m_manager.id}},
                                                    {QStringLiteral("notify"), QJsonArray{m_manager.id}}}}};
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/rules"), pricing, sales.access).status, 403);
        const auto added = m_client->call("POST", QStringLiteral("/api/v1/rules"), pricing, manager.access);
        QCOMPARE(added.status, 201);
        const QJsonObject rule = added.json.value(QStringLiteral("rule")).toObject();
        const QString id = rule.value(QStringLiteral("id")).toString();
        QCOMPARE(rule.value(QStringLiteral("name")).toString(), QStringLiteral("Pricing visitors"));
        QCOMPARE(rule.value(QStringLiteral("filter")).toObject().value(QStringLiteral("v")).toInt(), 2);
        QVERIFY(rule.value(QStringLiteral("enabled")).toBool());
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/rules"), pricing, admin.access).status, 409);

        // What a rule may not say, in words that name it.
        QJsonObject history = pricing;
        history.insert(QStringLiteral("name"), QStringLiteral("History"));
        history.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("min_visits"), 3}});
        const auto refused = m_client->call("POST", QStringLiteral("/api/v1/rules"), history, manager.access);
        QCOMPARE(refused.status, 400);
        QVERIFY2(message(refused).contains(QStringLiteral("“min_visits” looks at a company's whole history")),
                 qPrintable(message(refused)));
        QJsonObject stranger = history;
        stranger.insert(QStringLiteral("filter"), QJsonObject{});
        stranger.insert(QStringLiteral("actions"),
                        QJsonObject{{QStringLiteral("notify"), QJsonArray{QStringLiteral("u-nobody")}}});
        const auto unknown = m_client->call("POST", QStringLiteral("/api/v1/rules"), stranger, manager.access);
        QCOMPARE(unknown.status, 400);
        QVERIFY2(message(unknown).contains(QStringLiteral("“u-nobody” is not a user of this organisation")),
                 qPrintable(message(unknown)));
        stranger.insert(QStringLiteral("actions"), QJsonObject{{QStringLiteral("status"), QStringLiteral("hot")}});
        QVERIFY(message(m_client->call("POST", QStringLiteral("/api/v1/rules"), stranger, manager.access))
                    .contains(QStringLiteral("“actions.status” must be one of: new, contacted")));
        stranger.insert(QStringLiteral("actions"), QJsonObject{});
        QVERIFY(message(m_client->call("POST", QStringLiteral("/api/v1/rules"), stranger, manager.access))
                    .contains(QStringLiteral("A rule needs something to do")));

        // Everybody sees them; only managers and admins change them.
        const auto seen = m_client->call("GET", QStringLiteral("/api/v1/rules"), {}, sales.access);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.json.value(QStringLiteral("rules")).toArray().size(), 1);
        QCOMPARE(seen.json.value(QStringLiteral("max")).toInt(), 50);
        const QJsonObject off{{QStringLiteral("enabled"), false}};
        QCOMPARE(m_client->call("PATCH", QStringLiteral("/api/v1/rules/") + id, off, sales.access).status, 403);
        const auto paused = m_client->call("PATCH", QStringLiteral("/api/v1/rules/") + id, off, admin.access);
        QCOMPARE(paused.status, 200);
        QVERIFY(!paused.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("enabled")).toBool());
        QCOMPARE(m_client->call("PATCH", QStringLiteral("/api/v1/rules/r-none"), off, admin.access).status, 404);

        // At most 50 per organisation (serve --max-rules).
        int status = 0;
        for (int n = 2; n <= 51 && status != 409; ++n) {
            QJsonObject more = stranger;
            more.insert(QStringLiteral("name"), QStringLiteral("Rule %1").arg(n));
            more.insert(QStringLiteral("actions"),
                        QJsonObject{{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("t")}}});
            const auto reply = m_client->call("POST", QStringLiteral("/api/v1/rules"), more, manager.access);
            status = reply.status;
            QVERIFY2(status == 201 ||
                         (n == 51 && status == 409 && message(reply).contains(QStringLiteral("at most 50"))),
                     qPrintable(QStringLiteral("rule %1: %2 %3").arg(n).arg(status).arg(message(reply))));
        }
        QCOMPARE(status, 409);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/rules/") + id, {}, sales.access).status, 403);
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/rules/") + id, {}, manager.access).status, 200);

        const auto audit = m_client->call("GET", QStringLiteral("/api/v1/audit?limit=5000"), {}, admin.access);
        QStringList actions;
        for (const QJsonValue& row : audit.json.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = row.toObject();
            if (entry.value(QStringLiteral("action")).toString().startsWith(QStringLiteral("rule_")) &&
                entry.value(QStringLiteral("detail")).toObject().value(QStringLiteral("rule_id")).toString() == id)
                actions << entry.value(QStringLiteral("action")).toString();
        }
        std::sort(actions.begin(), actions.end());
        QCOMPARE(actions, (QStringList{QStringLiteral("rule_changed"), QStringLiteral("rule_created"),
                                       QStringLiteral("rule_deleted")}));
    }

    // A person's edits within ten minutes are one history entry (a note saved
    // as it is typed is not fifty); another person's edit, or a later one, is
    // a new entry; edits that undo each other leave no entry.
    void annotationHistoryMergesAPersonsEditsWithinMinutes()
    {
        acceptDpa();
        auto store = openStore();
        QSqlDatabase db = store->connection();
        QString error;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        const auto put = [&](qint64 at, const TestUser& who, const server::Annotations::Annotation& a) {
            const QByteArray payload = QByteArrayLiteral("{}");
            return server::Annotations::put(db, at, m_orgId, who.id, a, payload, &error);
        };
        const auto entries = [&] {
            QSqlQuery q(db);
            QList<QJsonObject> out;
            if (server::Sql::exec(q,
                                  QStringLiteral("SELECT user_id, changes FROM annotation_events WHERE org_id = ? "
                                                 "AND company_id = 'kvk-7' ORDER BY at"),
                                  {m_orgId}, &error))
                while (q.next())
                    out.append(QJsonObject{
                        {QStringLiteral("by"), q.value(0).toString()},
                        {QStringLiteral("changes"), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()}});
            return out;
        };
        server::Annotations::Annotation a{QStringLiteral("kvk-7"), {}, QStringLiteral("C"), QStringLiteral("new"), {}};
        QVERIFY2(put(t0, m_sales, a), qPrintable(error));
        a.note = QStringLiteral("Call"); // typing on, a minute later
        a.status = QStringLiteral("contacted");
        QVERIFY2(put(t0 + 60'000, m_sales, a), qPrintable(error));
        auto history = entries();
        QCOMPARE(history.size(), 1);
        QJsonObject changes = history[0].value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.value(QStringLiteral("note")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("Call"));
        QCOMPARE(changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("new"));

        // A colleague's edit is theirs.
        a.status = QStringLiteral("qualified");
        QVERIFY2(put(t0 + 120'000, m_manager, a), qPrintable(error));
        // The first user again, 11 minutes after their last edit: a new entry.
        a.tags = QStringList{QStringLiteral("hot")};
        QVERIFY2(put(t0 + 120'000 + server::Annotations::kMergeWithinMs + 1, m_sales, a), qPrintable(error));
        history = entries();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].value(QStringLiteral("by")).toString(), m_manager.id);
        QCOMPARE(history[1].value(QStringLiteral("changes")).toObject().value(QStringLiteral("status")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("contacted")},
                              {QStringLiteral("to"), QStringLiteral("qualified")}}));
        QCOMPARE(history[2].value(QStringLiteral("changes")).toObject().keys(), QStringList{QStringLiteral("tags")});

        // …and taking the tag off again at once leaves no trace of either.
        a.tags.clear();
        QVERIFY2(put(t0 + 180'000 + server::Annotations::kMergeWithinMs, m_sales, a), qPrintable(error));
        QCOMPARE(entries().size(), 2);
        // The removal reaches clients as a tombstone.
        QSqlQuery q(db);
        QVERIFY(server::Sql::exec(q,
                                  QStringLiteral("SELECT count(*) FROM changes WHERE org_id = ? AND "
                                                 "entity = 'activity' AND op = 'delete'"),
                                  {m_orgId}, &error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void badInputGetsClearErrors()
    {
        acceptDpa();
        Tokens sales = signIn(m_sales);
        auto reply = m_client->callRaw("POST", QStringLiteral("/api/v1/auth/login"), "{\"email\": ");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
        reply = m_client->callRaw("POST", QStringLiteral("/api/v1/auth/login"), R"({"email": 5, "password": "x"})");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("\"email\"")),
                 reply.body.constData());
        reply = m_client->callRaw("POST", QStringLiteral("/api/v1/auth/login"), R"({"email": "a@b.example"})");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("password"));
        reply = m_client->callRaw("POST", QStringLiteral("/api/v1/auth/login"), "[1,2,3]");
        QCOMPARE(reply.status, 400);
        reply = m_client->callRaw("POST", QStringLiteral("/api/v1/auth/login"), QByteArray(1024 * 1024 + 10, ' '));
        QCOMPARE(reply.status, 413);
        reply = m_client->call("GET", QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync?cursor=garbage!"), {}, sales.access).status, 400);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync?limit=0"), {}, sales.access).status, 400);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10001"), {}, sales.access).status, 400);
        reply = m_client->call("PUT", QStringLiteral("/api/v1/companies/kvk-1/annotation"),
                               {{QStringLiteral("status"), QStringLiteral("maybe")}}, sales.access);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("status"));
        reply = m_client->call("PUT", QStringLiteral("/api/v1/companies/kvk-1/annotation"),
                               {{QStringLiteral("tags"), QStringLiteral("not-a-list")}}, sales.access);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("tags"));
        QCOMPARE(
            m_client->call("GET", QStringLiteral("/api/v1/me"), {}, QStringLiteral("forged-token-value-123")).status,
            401);
    }

    void syncIsGzippedWhenAsked()
    {
        acceptDpa();
        Tokens sales = signIn(m_sales);
        auto store = openStore();
        QString error;
        QList<server::ChangeLog::Change> changes;
        for (int i = 0; i < 200; ++i)
            changes.append({server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert,
                            QStringLiteral("c%1").arg(i),
                            companyPayload(QStringLiteral("c%1").arg(i), QStringLiteral("Gzip Test Company"))});
        {
            QSqlDatabase db = store->connection();
            server::Sql::Transaction transaction(db);
            QVERIFY(server::ChangeLog::append(db, m_orgId, changes, 1, &error));
            QVERIFY(transaction.commit(&error));
        }
        store->closeThreadConnection();
        const auto reply =
            m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, sales.access, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(reply.body.startsWith("\x1f\x8b"));
    }

    void auditHoldsNoSecrets()
    {
        Tokens admin = signIn(m_admin);
        Tokens sales = signIn(m_sales);
        m_client->call(
            "POST", QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email"), m_sales.email}, {QStringLiteral("password"), QStringLiteral("Wrong-Pass-1")}});
        const auto audit = m_client->call("GET", QStringLiteral("/api/v1/audit?limit=5000"), {}, admin.access);
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.json.value(QStringLiteral("entries")).toArray().size() >= 4);
        const QList<QByteArray> secrets{m_admin.password,
                                        m_sales.password,
                                        "Wrong-Pass-1",
                                        admin.access.toLatin1(),
                                        admin.refresh.toLatin1(),
                                        sales.access.toLatin1(),
                                        "127.0.0.1",
                                        protocol::Base32::encode(m_sales.totpSecret).toLatin1(),
                                        protocol::Totp::code(m_sales.totpSecret, m_sales.lastStep * 30).toLatin1()};
        for (const QByteArray& secret : secrets)
            QVERIFY2(!audit.body.contains(secret), secret.constData());
    }

    void deletingMyAccountNeedsAFreshCode()
    {
        Tokens sales = signIn(m_sales);
        QCOMPARE(m_client
                     ->call("DELETE", QStringLiteral("/api/v1/account"),
                            {{QStringLiteral("code"), QStringLiteral("123456")}}, sales.access)
                     .status,
                 401);
        const auto removed = m_client->call("DELETE", QStringLiteral("/api/v1/account"),
                                            {{QStringLiteral("code"), m_sales.nextCode()}}, sales.access);
        QCOMPARE(removed.status, 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, sales.access).status, 401);
        const auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                          {{QStringLiteral("email"), m_sales.email},
                                           {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        QCOMPARE(login.status, 401);
        // The last admin cannot remove themselves and leave the organisation without one.
        Tokens admin = signIn(m_admin);
        QCOMPARE(m_client
                     ->call("DELETE", QStringLiteral("/api/v1/account"), {{QStringLiteral("code"), m_admin.nextCode()}},
                            admin.access)
                     .errorCode(),
                 QStringLiteral("last_admin"));
    }

    void deletionCodeGuessesAreCountedAndLockOut()
    {
        // The code that deletes an account is a code like any other: counted,
        // locked out after five failures, audited.
        Tokens sales = signIn(m_sales);
        for (int i = 0; i < 5; ++i) {
            const auto wrong = m_client->call("DELETE", QStringLiteral("/api/v1/account"),
                                              {{QStringLiteral("code"), QStringLiteral("000000")}}, sales.access);
            QCOMPARE(wrong.status, 401);
        }
        const auto locked = m_client->call("DELETE", QStringLiteral("/api/v1/account"),
                                           {{QStringLiteral("code"), m_sales.nextCode()}}, sales.access);
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() >= 1);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, sales.access).status, 200); // not deleted
        Tokens admin = signIn(m_admin);
        const QJsonArray entries = auditEntries(admin.access);
        QVERIFY(hasAction(entries, QStringLiteral("account_delete_failed")));
        QVERIFY(hasAction(entries, QStringLiteral("account_locked")));
    }

    void parallelGuessesAreJudgedOneAtATime()
    {
        // 32 guesses at once must not all be judged against one snapshot of the
        // counters: the account locks after five failures whatever the timing,
        // and every judged failure is counted.
        const QJsonObject guess{{QStringLiteral("email"), m_sales.email},
                                {QStringLiteral("password"), QStringLiteral("a wrong guess")}};
        const QList<ApiTestClient::Reply> replies =
            m_client->callParallel(32, "POST", QStringLiteral("/api/v1/auth/login"), guess);
        int judged = 0;
        for (const ApiTestClient::Reply& reply : replies) {
            QVERIFY2(reply.status == 401 || reply.status == 429, reply.body.constData());
            judged += reply.status == 401 ? 1 : 0;
        }
        QVERIFY2(judged >= 1 && judged <= 5, qPrintable(QString::number(judged)));
        // Sequential guesses until the lock: the total judged never passes five.
        for (int i = judged; i < 5; ++i)
            QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/auth/login"), guess).status, 401);
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/auth/login"), guess).status, 429);
        Tokens admin = signIn(m_admin);
        const QJsonArray failures = auditEntries(admin.access, QStringLiteral("?action=login_failed"));
        QCOMPARE(failures.size(), 5);
        QCOMPARE(failures.first()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("failures"))
                     .toInt(),
                 5); // newest first: the counter saw every one
    }

    void aRefreshRaceRevokesTheFamily()
    {
        // Two simultaneous uses of one refresh token: at most one may win, and
        // then the whole session is revoked, the winner's new tokens too — also
        // when the loser only noticed through the conditional update.
        // Each round needs a new session; recovery codes sign in without waiting
        // for the next TOTP step.
        const QJsonArray recoveryCodes = [&] {
            const auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("email"), m_manager.email},
                                               {QStringLiteral("password"), QString::fromUtf8(m_manager.password)}});
            m_manager.totpSecret =
                protocol::Base32::decode(
                    login.json.value(QStringLiteral("enrol")).toObject().value(QStringLiteral("secret")).toString())
                    .value_or(QByteArray());
            return m_client
                ->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                       {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                        {QStringLiteral("code"), m_manager.nextCode()}})
                .json.value(QStringLiteral("recovery_codes"))
                .toArray();
        }();
        QCOMPARE(recoveryCodes.size(), 10);
        for (int round = 0; round < 10; ++round) {
            const auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("email"), m_manager.email},
                                               {QStringLiteral("password"), QString::fromUtf8(m_manager.password)}});
            const auto mfa =
                m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                               {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                {QStringLiteral("code"), recoveryCodes.at(round)}});
            const Tokens first{mfa.json.value(QStringLiteral("access_token")).toString(),
                               mfa.json.value(QStringLiteral("refresh_token")).toString()};
            QVERIFY(!first.refresh.isEmpty());
            const QList<ApiTestClient::Reply> replies = m_client->callParallel(
                2, "POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), first.refresh}});
            QStringList winners;
            for (const ApiTestClient::Reply& reply : replies) {
                if (reply.status == 200)
                    winners << reply.json.value(QStringLiteral("refresh_token")).toString();
                else
                    QCOMPARE(reply.errorCode(), QStringLiteral("refresh_token_reused"));
            }
            QVERIFY(winners.size() <= 1);
            for (const QString& token : std::as_const(winners)) {
                const auto after = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                                  {{QStringLiteral("refresh_token"), token}});
                QCOMPARE(after.status, 401);
            }
        }
    }

    void anEnrolmentStartedEarlierCannotReplaceTheSecret()
    {
        // Two sign-ins before enrolling: each offers its own secret. The first
        // to finish enrols; the other must not overwrite that secret afterwards.
        const QJsonObject credentials{{QStringLiteral("email"), m_sales.email},
                                      {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}};
        const auto a = m_client->call("POST", QStringLiteral("/api/v1/auth/login"), credentials);
        const auto b = m_client->call("POST", QStringLiteral("/api/v1/auth/login"), credentials);
        const auto secretOf = [](const ApiTestClient::Reply& reply) {
            return protocol::Base32::decode(
                       reply.json.value(QStringLiteral("enrol")).toObject().value(QStringLiteral("secret")).toString())
                .value_or(QByteArray());
        };
        TestUser viaA = m_sales;
        viaA.totpSecret = secretOf(a);
        TestUser viaB = m_sales;
        viaB.totpSecret = secretOf(b);
        QVERIFY(!viaA.totpSecret.isEmpty() && viaA.totpSecret != viaB.totpSecret);
        const auto enrolled = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                             {{QStringLiteral("mfa_token"), a.json.value(QStringLiteral("mfa_token"))},
                                              {QStringLiteral("code"), viaA.nextCode()}});
        QCOMPARE(enrolled.status, 200);
        viaB.lastStep = viaA.lastStep; // a code A has not used: only the guard can refuse it
        const auto late = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                         {{QStringLiteral("mfa_token"), b.json.value(QStringLiteral("mfa_token"))},
                                          {QStringLiteral("code"), viaB.nextCode()}});
        QCOMPARE(late.status, 401);
        // The secret is still A's: a sign-in with A's codes works, with B's it does not.
        m_sales.totpSecret = viaA.totpSecret;
        m_sales.lastStep = viaA.lastStep;
        QVERIFY(!signIn(m_sales).access.isEmpty());
    }

    void recoveryCodesWorkOnceEach()
    {
        const auto login = [this] {
            return m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                  {{QStringLiteral("email"), m_sales.email},
                                   {QStringLiteral("password"), QString::fromUtf8(m_sales.password)}});
        };
        auto first = login();
        m_sales.totpSecret =
            protocol::Base32::decode(
                first.json.value(QStringLiteral("enrol")).toObject().value(QStringLiteral("secret")).toString())
                .value_or(QByteArray());
        const auto enrolled =
            m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                           {{QStringLiteral("mfa_token"), first.json.value(QStringLiteral("mfa_token"))},
                            {QStringLiteral("code"), m_sales.nextCode()}});
        const QJsonArray codes = enrolled.json.value(QStringLiteral("recovery_codes")).toArray();
        QCOMPARE(codes.size(), 10);
        const QString code = codes.at(3).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("\\A[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}\\z")).match(code).hasMatch(),
                 qPrintable(code));
        // The phone is lost: a recovery code (typed in lower case, without dashes) instead of a TOTP code.
        const auto step = login();
        const auto recovered =
            m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                           {{QStringLiteral("mfa_token"), step.json.value(QStringLiteral("mfa_token"))},
                            {QStringLiteral("code"), code.toLower().remove(u'-')}});
        QCOMPARE(recovered.status, 200);
        // Once only.
        const auto again = login();
        const auto spent = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                          {{QStringLiteral("mfa_token"), again.json.value(QStringLiteral("mfa_token"))},
                                           {QStringLiteral("code"), code}});
        QCOMPARE(spent.status, 401);
        Tokens admin = signIn(m_admin);
        const QJsonArray used = auditEntries(admin.access, QStringLiteral("?action=recovery_code_used"));
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("remaining"))
                     .toInt(),
                 9);
        QVERIFY(!QJsonDocument(used).toJson().contains(code.toLatin1()));
        // New codes need a TOTP code (not a recovery code); the old ones then stop working.
        const QString access = recovered.json.value(QStringLiteral("access_token")).toString();
        const auto withRecovery = m_client->call("POST", QStringLiteral("/api/v1/account/recovery-codes"),
                                                 {{QStringLiteral("code"), codes.at(5).toString()}}, access);
        QCOMPARE(withRecovery.status, 401);
        const auto renewed = m_client->call("POST", QStringLiteral("/api/v1/account/recovery-codes"),
                                            {{QStringLiteral("code"), m_sales.nextCode()}}, access);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(QStringLiteral("recovery_codes")).toArray().size(), 10);
        const auto old = login();
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                            {{QStringLiteral("mfa_token"), old.json.value(QStringLiteral("mfa_token"))},
                             {QStringLiteral("code"), codes.at(6).toString()}})
                     .status,
                 401);
    }

    void aLockedSessionRefreshesOnlyThroughUnlock()
    {
        // The idle lock is held by the server: the kept refresh token alone no longer works.
        const Tokens tokens = signIn(m_manager);
        QCOMPARE(m_client->call("POST", QStringLiteral("/api/v1/auth/lock"), {}, tokens.access).status, 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, tokens.access).status, 401);
        const auto refused = m_client->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                                            {{QStringLiteral("refresh_token"), tokens.refresh}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("session_locked"));
        // Refused, not spent: unlocking with a fresh code still works with the same token.
        const auto unlocked = m_client->call(
            "POST", QStringLiteral("/api/v1/auth/unlock"),
            {{QStringLiteral("refresh_token"), tokens.refresh}, {QStringLiteral("code"), m_manager.nextCode()}});
        QCOMPARE(unlocked.status, 200);
        const QString refresh2 = unlocked.json.value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(
            m_client
                ->call("POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}})
                .status,
            200);
        Tokens admin = signIn(m_admin);
        QVERIFY(hasAction(auditEntries(admin.access), QStringLiteral("session_locked")));
    }

    void aSalesUserCannotCopyEverythingAllDay()
    {
        // Sync is the product's own download; a sales user with curl may repeat a
        // full download only so often a day, and every full download is audited.
        Tokens admin = acceptDpa();
        {
            auto store = openStore();
            QSqlDatabase db = store->connection();
            QList<server::ChangeLog::Change> changes;
            for (int i = 0; i < 200; ++i) {
                const QString id = QStringLiteral("kvk-%1").arg(i);
                changes.append({server::ChangeLog::Entity::Company, server::ChangeLog::Op::Upsert, id,
                                companyPayload(id, QStringLiteral("Company %1").arg(i))});
            }
            QString error;
            server::Sql::Transaction transaction(db);
            QVERIFY2(server::ChangeLog::append(db, m_orgId, changes, QDateTime::currentMSecsSinceEpoch(), &error) &&
                         transaction.commit(&error),
                     qPrintable(error));
        }
        Tokens sales = signIn(m_sales);
        Tokens manager = signIn(m_manager);
        // Budget: 3 × the log (200) + 1000 changes a day → the 8th full copy is refused.
        const auto fullCopy = [this](const QString& access) {
            const auto page = m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000"), {}, access);
            return page.status == 200 ? page.json.value(QStringLiteral("changes")).toArray().size() == 200
                                      : page.status == 429 && page.errorCode() == QStringLiteral("sync_limited");
        };
        int served = 0;
        for (; served < 20; ++served) {
            const auto page = m_client->call("GET", QStringLiteral("/api/v1/sync?limit=10000"), {}, sales.access);
            if (page.status == 429) {
                QCOMPARE(page.errorCode(), QStringLiteral("sync_limited"));
                QVERIFY(page.header("Retry-After").toInt() > 0);
                break;
            }
            QCOMPARE(page.status, 200);
        }
        QCOMPARE(served, 8);
        // A manager is not limited (exports are theirs anyway) but is audited too.
        for (int i = 0; i < 10; ++i)
            QVERIFY(fullCopy(manager.access));
        const QJsonArray limited = auditEntries(admin.access, QStringLiteral("?action=sync_limited"));
        QCOMPARE(limited.size(), 1);
        const QJsonArray full = auditEntries(admin.access, QStringLiteral("?action=full_sync"));
        QCOMPARE(full.size(), 8 + 1 + 10);
        QCOMPARE(
            full.first().toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("changes")).toInt(),
            200);
    }

    // An admin's action on a colleague names that colleague in the audit log,
    // not only an account id ("Changed a user – role: manager" said nothing).
    void adminActionsNameTheColleagueInTheAuditLog()
    {
        Tokens admin = signIn(m_admin);
        QCOMPARE(m_client
                     ->call("PATCH", QStringLiteral("/api/v1/users/") + m_sales.id,
                            {{QStringLiteral("role"), QStringLiteral("manager")}}, admin.access)
                     .status,
                 200);
        const auto added = m_client->call("POST", QStringLiteral("/api/v1/users"),
                                          {{QStringLiteral("email"), QStringLiteral("newcomer@acme.example")},
                                           {QStringLiteral("role"), QStringLiteral("sales")}},
                                          admin.access);
        QCOMPARE(added.status, 201);
        const QString newcomer =
            added.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->call("DELETE", QStringLiteral("/api/v1/users/") + newcomer, {}, admin.access).status, 200);
        const QHash<QString, QString> expected{
            {QStringLiteral("user_changed"), m_sales.email},
            {QStringLiteral("user_added"), QStringLiteral("newcomer@acme.example")},
            {QStringLiteral("user_deleted"), QStringLiteral("newcomer@acme.example")}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QJsonArray entries = auditEntries(admin.access, QStringLiteral("?action=") + it.key());
            QVERIFY2(!entries.isEmpty(), qPrintable(it.key()));
            const QJsonObject detail = entries.first().toObject().value(QStringLiteral("detail")).toObject();
            QCOMPARE(detail.value(QStringLiteral("user_email")).toString(), it.value());
        }
    }

    // A sales rep sees who a lead can go to: the organisation's people by
    // id, e-mail and role (disabled ones flagged, for old assignments' names)
    // — nobody of another organisation, nothing about their sign-in.
    void theTeamListShowsColleaguesOnly()
    {
        QString output;
        QString error;
        QVERIFY2(
            test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                      m_server->dbUrl(), QStringLiteral("--name"), QStringLiteral("Elsewhere B.V."),
                                      QStringLiteral("--domain"), QStringLiteral("elsewhere.example")},
                                     &output, &error),
            qPrintable(error));
        QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--org"), output.section(u'\n', 0, 0),
                                           QStringLiteral("--email"), QStringLiteral("stranger@elsewhere.example"),
                                           QStringLiteral("--role"), QStringLiteral("sales"),
                                           QStringLiteral("--password-stdin")},
                                          &output, &error, "another long password\n"),
                 qPrintable(error));
        acceptDpa();
        Tokens sales = signIn(m_sales);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/team")).status, 401);
        const auto team = m_client->call("GET", QStringLiteral("/api/v1/team"), {}, sales.access);
        QCOMPARE(team.status, 200);
        QHash<QString, QJsonObject> byEmail;
        for (const QJsonValue& value : team.json.value(QStringLiteral("team")).toArray())
            byEmail.insert(value.toObject().value(QStringLiteral("email")).toString(), value.toObject());
        QVERIFY(!byEmail.contains(QStringLiteral("stranger@elsewhere.example")));
        for (const TestUser* user : {&m_admin, &m_manager, &m_sales}) {
            QVERIFY2(byEmail.contains(user->email), qPrintable(user->email));
            const QJsonObject member = byEmail.value(user->email);
            QCOMPARE(member.value(QStringLiteral("id")).toString(), user->id);
            const QStringList keys = member.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                     (QSet<QString>{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("role"),
                                    QStringLiteral("disabled")}));
        }
        QCOMPARE(byEmail.value(m_manager.email).value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    }

    void addingWhatAnotherOrganisationHasRevealsNothing()
    {
        // Another organisation with a user and a website.
        QString output;
        QString error;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--name"), QStringLiteral("Other B.V."),
                                           QStringLiteral("--domain"), QStringLiteral("other.example")},
                                          &output, &error),
                 qPrintable(error));
        const QString otherOrg = output.section(u'\n', 0, 0);
        QVERIFY2(
            test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                                      m_server->dbUrl(), QStringLiteral("--org"), otherOrg, QStringLiteral("--email"),
                                      QStringLiteral("someone@other.example"), QStringLiteral("--role"),
                                      QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                                     &output, &error, "another long password\n"),
            qPrintable(error));
        Tokens admin = signIn(m_admin);
        const auto user = m_client->call("POST", QStringLiteral("/api/v1/users"),
                                         {{QStringLiteral("email"), QStringLiteral("someone@other.example")},
                                          {QStringLiteral("role"), QStringLiteral("sales")}},
                                         admin.access);
        QCOMPARE(user.status, 409);
        QCOMPARE(user.errorCode(), QStringLiteral("unavailable"));
        const QString userMessage =
            user.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        for (const char* word : {"exists", "already", "another organisation", "registered"})
            QVERIFY2(!userMessage.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(userMessage));
        const auto site = m_client->call("POST", QStringLiteral("/api/v1/websites"),
                                         {{QStringLiteral("domain"), QStringLiteral("other.example")}}, admin.access);
        QCOMPARE(site.status, 409);
        QCOMPARE(site.errorCode(), QStringLiteral("unavailable"));
        const QString siteMessage =
            site.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        for (const char* word : {"exists", "already", "another organisation", "registered"})
            QVERIFY2(!siteMessage.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(siteMessage));
        // Within the organisation, saying so is fine.
        const auto own = m_client->call(
            "POST", QStringLiteral("/api/v1/users"),
            {{QStringLiteral("email"), m_sales.email}, {QStringLiteral("role"), QStringLiteral("sales")}},
            admin.access);
        QCOMPARE(own.errorCode(), QStringLiteral("conflict"));
        // Probing is audited and limited: ten refusals an hour.
        int limited = 0;
        for (int i = 0; i < 10; ++i) {
            const auto probe =
                m_client->call("POST", QStringLiteral("/api/v1/websites"),
                               {{QStringLiteral("domain"), QStringLiteral("other.example")}}, admin.access);
            limited += probe.status == 429 ? 1 : 0;
        }
        QCOMPARE(limited, 2); // 2 refusals above, then 8 more allowed
        QCOMPARE(auditEntries(admin.access, QStringLiteral("?action=add_refused")).size(), 10);
    }

    void changingMyPasswordChecksItAndEndsMyOtherSessions()
    {
        const Tokens here = signIn(m_sales);
        const Tokens elsewhere = signInWithRecoveryCode(m_sales);
        QVERIFY(!elsewhere.access.isEmpty());
        const auto change = [&](const QString& current, const QString& next, const QString& code) {
            return m_client->call("POST", QStringLiteral("/api/v1/account/password"),
                                  {{QStringLiteral("current_password"), current},
                                   {QStringLiteral("new_password"), next},
                                   {QStringLiteral("code"), code}},
                                  here.access);
        };
        const QString current = QString::fromUtf8(m_sales.password);
        // A wrong current password is a failed attempt like any other.
        QCOMPARE(change(QStringLiteral("not my password"), QStringLiteral("a fine new passphrase 42"),
                        m_sales.recoveryCodes.first())
                     .status,
                 401);
        // Weak new passwords: said why, in words.
        for (const QString& weak : {QStringLiteral("short"), QStringLiteral("wachtwoord123"),
                                    QStringLiteral("sales@acme.example!"), QStringLiteral("xxxxxxxxxxxxxxxx")}) {
            const auto refused = change(current, weak, m_sales.recoveryCodes.takeFirst());
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("weak_password"));
        }
        const QString next = QStringLiteral("a fine new passphrase 42");
        const auto changed = change(current, next, m_sales.recoveryCodes.takeFirst());
        QCOMPARE(changed.status, 200);
        // This session goes on; the other one is over; the old password no longer works.
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, here.access).status, 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, elsewhere.access).status, 401);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/auth/refresh"),
                            {{QStringLiteral("refresh_token"), elsewhere.refresh}})
                     .status,
                 401);
        const auto oldLogin =
            m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                           {{QStringLiteral("email"), m_sales.email}, {QStringLiteral("password"), current}});
        QCOMPARE(oldLogin.status, 401);
        m_sales.password = next.toUtf8();
        QVERIFY(!signInWithRecoveryCode(m_sales).access.isEmpty());
        Tokens admin = signIn(m_admin);
        QVERIFY(hasAction(auditEntries(admin.access), QStringLiteral("password_changed")));
        QVERIFY(hasAction(auditEntries(admin.access), QStringLiteral("password_change_failed")));
    }

    void aOneTimePasswordMustBeReplacedFirst()
    {
        Tokens admin = signIn(m_admin);
        const auto added = m_client->call("POST", QStringLiteral("/api/v1/users"),
                                          {{QStringLiteral("email"), QStringLiteral("new.colleague@acme.example")},
                                           {QStringLiteral("role"), QStringLiteral("sales")}},
                                          admin.access);
        QCOMPARE(added.status, 201);
        TestUser colleague;
        colleague.email = QStringLiteral("new.colleague@acme.example");
        colleague.password = added.json.value(QStringLiteral("one_time_password")).toString().toUtf8();
        // Sign-in works (and enrols), but the session can do nothing else until the password is new.
        const auto login = m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                                          {{QStringLiteral("email"), colleague.email},
                                           {QStringLiteral("password"), QString::fromUtf8(colleague.password)}});
        colleague.totpSecret =
            protocol::Base32::decode(
                login.json.value(QStringLiteral("enrol")).toObject().value(QStringLiteral("secret")).toString())
                .value_or(QByteArray());
        const auto mfa = m_client->call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                        {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                         {QStringLiteral("code"), colleague.nextCode()}});
        QCOMPARE(mfa.status, 200);
        QVERIFY(
            mfa.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("must_change_password")).toBool());
        const QString access = mfa.json.value(QStringLiteral("access_token")).toString();
        const auto blocked = m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, access);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.errorCode(), QStringLiteral("password_change_required"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, access).status, 200);
        // No second code needed right after the sign-in that passed both factors.
        const auto changed =
            m_client->call("POST", QStringLiteral("/api/v1/account/password"),
                           {{QStringLiteral("current_password"), QString::fromUtf8(colleague.password)},
                            {QStringLiteral("new_password"), QStringLiteral("my very own passphrase")}},
                           access);
        QCOMPARE(changed.status, 200);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/sync"), {}, access).status,
                 451); // the DPA, as for anyone
    }

    void anAdminResetsAColleaguesPasswordAndPhone()
    {
        Tokens admin = signIn(m_admin);
        const Tokens sales = signIn(m_sales);
        const auto reset = [&](const QString& what, const QString& userId, const QString& code) {
            return m_client->call("POST", QStringLiteral("/api/v1/users/%1/%2").arg(userId, what),
                                  {{QStringLiteral("code"), code}}, admin.access);
        };
        // Never on themselves, never without their own fresh code.
        QCOMPARE(reset(QStringLiteral("reset-password"), m_admin.id, m_admin.recoveryCodes.takeFirst()).status, 403);
        QCOMPARE(reset(QStringLiteral("reset-mfa"), m_sales.id, QStringLiteral("000000")).status, 401);
        // A manager cannot.
        const Tokens manager = signIn(m_manager);
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/users/%1/reset-password").arg(m_sales.id),
                            {{QStringLiteral("code"), m_manager.recoveryCodes.first()}}, manager.access)
                     .status,
                 403);
        const auto password = reset(QStringLiteral("reset-password"), m_sales.id, m_admin.recoveryCodes.takeFirst());
        QCOMPARE(password.status, 200);
        const QString oneTime = password.json.value(QStringLiteral("one_time_password")).toString();
        QVERIFY(oneTime.size() >= 12);
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, sales.access).status, 401); // signed out
        // Lost phone: the next sign-in enrols a new authenticator.
        QCOMPARE(reset(QStringLiteral("reset-mfa"), m_sales.id, m_admin.recoveryCodes.takeFirst()).status, 200);
        const auto login =
            m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                           {{QStringLiteral("email"), m_sales.email}, {QStringLiteral("password"), oneTime}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.json.contains(QStringLiteral("enrol")));
        const QJsonArray audit = auditEntries(admin.access);
        QVERIFY(hasAction(audit, QStringLiteral("password_reset")));
        QVERIFY(hasAction(audit, QStringLiteral("mfa_reset")));
        QVERIFY(hasAction(audit, QStringLiteral("admin_reset_failed")));
        QVERIFY(!QJsonDocument(audit).toJson().contains(oneTime.toUtf8()));
    }

    void theOperatorHelpsTheLastAdminBackIn()
    {
        // The only admin lost their phone and their recovery codes: no colleague can
        // reset them. The operator can, on the command line, and the log says so.
        const Tokens before = signIn(m_admin);
        QString output;
        QString error;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--email"), m_admin.email,
                                           QStringLiteral("--second-factor"), QStringLiteral("--password")},
                                          &output, &error),
                 qPrintable(error));
        const QString oneTime = output.trimmed();
        QVERIFY(oneTime.size() >= 12 && !oneTime.contains(u'\n'));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/me"), {}, before.access).status, 401);
        const auto login =
            m_client->call("POST", QStringLiteral("/api/v1/auth/login"),
                           {{QStringLiteral("email"), m_admin.email}, {QStringLiteral("password"), oneTime}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.json.contains(QStringLiteral("enrol"))); // a new authenticator
        m_admin.password = oneTime.toUtf8();
        m_admin.recoveryCodes.clear();
        const Tokens after = signIn(m_admin);
        const auto blocked = m_client->call("GET", QStringLiteral("/api/v1/audit"), {}, after.access);
        QCOMPARE(blocked.errorCode(), QStringLiteral("password_change_required"));
        QCOMPARE(m_client
                     ->call("POST", QStringLiteral("/api/v1/account/password"),
                            {{QStringLiteral("current_password"), oneTime},
                             {QStringLiteral("new_password"), QStringLiteral("back in business once more")}},
                            after.access)
                     .status,
                 200);
        const QJsonArray resets = auditEntries(after.access, QStringLiteral("?action=mfa_reset"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().toObject().value(QStringLiteral("actor_email")).toString(), QStringLiteral("operator"));
        // …naming the user, as an admin's reset does.
        QCOMPARE(resets.first()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("user_email"))
                     .toString(),
                 m_admin.email);
        // Wrong use: a clear error and exit 2.
        QVERIFY(!test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("--db"),
                                           m_server->dbUrl(), QStringLiteral("--email"), m_admin.email},
                                          &output, &error));
        QVERIFY2(error.contains(QStringLiteral("--second-factor")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
