#include "AuthApi.h"

#include "Audit.h"
#include "Clock.h"
#include "JsonBody.h"
#include "Logging.h"
#include "Metrics.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "Router.h"
#include "ServerContext.h"
#include "Sql.h"
#include "Store.h"
#include "SuspiciousActivity.h"

#include "core/protocol/Base32.h"
#include "core/protocol/Crypto.h"
#include "core/protocol/Totp.h"

#include <QJsonObject>
#include <QUrl>

namespace leadscope::server {

using protocol::Crypto;

struct AuthApi::Account
{
    QString id;
    QString orgId;
    QString email;
    QString role;
    QString passwordHash;
    QByteArray totpSecret;
    bool enrolled = false;
    qint64 lastStep = 0;
    bool disabled = false;
    int failedCount = 0;
    qint64 lockedUntil = 0;
    qint64 windowStart = 0;
    int windowCount = 0;
};

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, org_id, email, role, password_hash, totp_secret, totp_enrolled, last_totp_step, disabled, failed_count, "
    "locked_until, window_start, window_count");

HttpResponse tooMany(qint64 retryAfterMs, const QString& message)
{
    HttpResponse response = HttpResponse::error(429, QStringLiteral("too_many_attempts"), message);
    response.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000)));
    return response;
}

HttpResponse invalidCredentials()
{
    return HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                               QStringLiteral("The e-mail address or password is wrong."));
}

QString newMfaToken()
{
    return QString::fromLatin1(
        Crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool loadAccount(QSqlDatabase db, const QString& where, const QVariant& key, AuthApi::Account* account, bool* found,
                 QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM users WHERE ") + where,
                       {key}, &row, found, error))
        return false;
    if (!*found)
        return true;
    account->id = row[0].toString();
    account->orgId = row[1].toString();
    account->email = row[2].toString();
    account->role = row[3].toString();
    account->passwordHash = row[4].toString();
    account->totpSecret = row[5].toByteArray();
    account->enrolled = row[6].toInt() != 0;
    account->lastStep = row[7].toLongLong();
    account->disabled = row[8].toInt() != 0;
    account->failedCount = row[9].toInt();
    account->lockedUntil = row[10].toLongLong();
    account->windowStart = row[11].toLongLong();
    account->windowCount = row[12].toInt();
    return true;
}

} // namespace

AuthApi::AuthApi(const ServerContext& context)
    : m_context(context)
{
}

void AuthApi::registerRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/login"),
               [this](const HttpRequest& r, const QStringList&) { return login(r); });
    router.add("POST", QStringLiteral("/api/v1/auth/mfa"),
               [this](const HttpRequest& r, const QStringList&) { return mfa(r); });
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"),
               [this](const HttpRequest& r, const QStringList&) { return refresh(r); });
    router.add("POST", QStringLiteral("/api/v1/auth/logout"),
               [this](const HttpRequest& r, const QStringList&) { return logout(r); });
    router.add("POST", QStringLiteral("/api/v1/auth/unlock"),
               [this](const HttpRequest& r, const QStringList&) { return unlock(r); });
}

std::optional<HttpResponse> AuthApi::sourceLimited(const HttpRequest& request) const
{
    const int retry = m_context.sourceLimiter.retryAfterSeconds(request.sourceKey, m_context.clock.nowMs());
    if (retry <= 0)
        return std::nullopt;
    return tooMany(retry * 1000LL, QStringLiteral("Too many failed sign-in attempts from your network; wait a while."));
}

std::optional<HttpResponse> AuthApi::admitAttempt(const Account& account)
{
    const qint64 now = m_context.clock.nowMs();
    if (account.lockedUntil > now)
        return tooMany(account.lockedUntil - now,
                       QStringLiteral("This account is locked after too many failed attempts."));
    qint64 windowStart = account.windowStart;
    int windowCount = account.windowCount;
    if (now - windowStart >= 3600'000) {
        windowStart = now;
        windowCount = 0;
    }
    if (windowCount >= kMaxAttemptsPerHour)
        return tooMany(windowStart + 3600'000 - now,
                       QStringLiteral("This account had too many sign-in attempts this hour."));
    QSqlQuery query(m_context.store.connection());
    QString error;
    if (!Sql::exec(query, QStringLiteral("UPDATE users SET window_start = ?, window_count = ? WHERE id = ?"),
                   {windowStart, windowCount + 1, account.id}, &error))
        return ServerContext::storeError();
    return std::nullopt;
}

HttpResponse AuthApi::recordFailure(const Account& account, const HttpRequest& request, const QString& action,
                                    const HttpResponse& response)
{
    const qint64 now = m_context.clock.nowMs();
    m_context.sourceLimiter.record(request.sourceKey, now);
    QSqlDatabase db = m_context.store.connection();
    Sql::Transaction transaction(db);
    QString error;
    QVariantList row;
    bool found = false;
    // Read-modify-write inside the transaction so parallel failures all count.
    if (!Sql::fetchOne(db, QStringLiteral("SELECT failed_count FROM users WHERE id = ?"), {account.id}, &row, &found,
                       &error) ||
        !found)
        return ServerContext::storeError();
    const int failures = row[0].toInt() + 1;
    qint64 lockedUntil = 0;
    if (failures >= kFailuresBeforeLockout) {
        // 30 s, 60 s, 2 min, … capped at one hour.
        const int doublings = qMin(failures - kFailuresBeforeLockout, 7);
        lockedUntil = now + qMin<qint64>(30'000LL << doublings, 3600'000);
    }
    QSqlQuery query(db);
    const Audit::Actor actor{account.id, account.email};
    bool ok = Sql::exec(query, QStringLiteral("UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?"),
                        {failures, lockedUntil, account.id}, &error) &&
              Audit::record(db, now, account.orgId, actor, action, QJsonObject{{QStringLiteral("failures"), failures}},
                            &error);
    m_context.metrics.count(Metrics::Event::SignInFailure);
    if (ok && lockedUntil > 0) {
        m_context.metrics.count(Metrics::Event::AccountLockout);
        ok = Audit::record(db, now, account.orgId, actor, QStringLiteral("account_locked"),
                           QJsonObject{{QStringLiteral("seconds"), (lockedUntil - now) / 1000}}, &error);
    }
    int burst = 0;
    if (ok && m_context.suspicious.record(account.orgId, now, &burst)) {
        // One event per burst: no address (only that it came from some source), no account names.
        ok = Audit::record(db, now, account.orgId, {QString(), QString()}, QStringLiteral("suspicious_activity"),
                           QJsonObject{{QStringLiteral("failed_sign_ins"), burst},
                                       {QStringLiteral("window_seconds"), SuspiciousActivity::kWindowMs / 1000}},
                           &error);
        m_context.metrics.count(Metrics::Event::SuspiciousActivity);
        // A JSON message: the structured log keeps its fields as fields.
        qCWarning(lcServer).noquote()
            << QStringLiteral("{\"event\":\"suspicious_activity\",\"org\":\"%1\",\"failed_sign_ins\":%2}")
                   .arg(account.orgId)
                   .arg(burst);
    }
    if (!ok || !transaction.commit(&error)) {
        qCWarning(lcStore) << "recording a failed attempt failed:" << error;
        return ServerContext::storeError();
    }
    return response;
}

HttpResponse AuthApi::login(const HttpRequest& request)
{
    if (auto limited = sourceLimited(request))
        return *limited;
    JsonBody body(request);
    const QString email = body.string(QStringLiteral("email"), 254).trimmed().toLower();
    QString password = body.string(QStringLiteral("password"), 1024);
    if (!body.ok())
        return body.errorResponse();
    QByteArray passwordBytes = password.toUtf8();
    Crypto::wipe(password);

    Account account;
    bool found = false;
    QString error;
    if (!loadAccount(m_context.store.connection(), QStringLiteral("email = ?"), email, &account, &found, &error)) {
        Crypto::wipe(passwordBytes);
        return ServerContext::storeError();
    }
    if (!found) {
        // Same work and the same answer as a wrong password.
        PasswordHasher::verify(PasswordHasher::decoy(), passwordBytes);
        Crypto::wipe(passwordBytes);
        m_context.sourceLimiter.record(request.sourceKey, m_context.clock.nowMs());
        return invalidCredentials();
    }
    if (auto refused = admitAttempt(account)) {
        Crypto::wipe(passwordBytes);
        return *refused;
    }
    const bool passwordOk = PasswordHasher::verify(account.passwordHash, passwordBytes);
    if (passwordOk && PasswordHasher::needsRehash(account.passwordHash)) {
        QSqlQuery query(m_context.store.connection());
        Sql::exec(query, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                  {PasswordHasher::hash(passwordBytes), account.id}, &error);
    }
    Crypto::wipe(passwordBytes);
    if (!passwordOk || account.disabled)
        return recordFailure(account, request, QStringLiteral("login_failed"), invalidCredentials());

    // Password accepted: the second factor is always required.
    const QString mfaToken = newMfaToken();
    QByteArray pendingSecret;
    if (!account.enrolled)
        pendingSecret = Crypto::randomBytes(20); // 160 bits, RFC 4226's recommendation
    QSqlDatabase db = m_context.store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    const qint64 now = m_context.clock.nowMs();
    if (!Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE expires_at < ?"), {now}, &error) ||
        !Sql::exec(query,
                   QStringLiteral("INSERT INTO mfa_challenges (token_hash, user_id, pending_secret, expires_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   {Sessions::hashToken(mfaToken), account.id, pendingSecret.isEmpty() ? QVariant() : pendingSecret,
                    now + kMfaTokenLifetimeMs},
                   &error) ||
        !Audit::record(db, now, account.orgId, {account.id, account.email}, QStringLiteral("login_password_ok"), {},
                       &error) ||
        !transaction.commit(&error))
        return ServerContext::storeError();

    QJsonObject answer{{QStringLiteral("mfa_token"), mfaToken}};
    if (account.enrolled) {
        answer.insert(QStringLiteral("mfa"), QStringLiteral("totp"));
    } else {
        const QString secret = protocol::Base32::encode(pendingSecret);
        const QString label =
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Leadscope:") + account.email));
        const QString uri =
            QStringLiteral("otpauth://totp/%1?secret=%2&issuer=Leadscope&algorithm=SHA1&digits=6&period=30")
                .arg(label, secret);
        answer.insert(QStringLiteral("enrol"),
                      QJsonObject{{QStringLiteral("secret"), secret}, {QStringLiteral("otpauth_uri"), uri}});
        Crypto::wipe(pendingSecret);
    }
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AuthApi::mfa(const HttpRequest& request)
{
    if (auto limited = sourceLimited(request))
        return *limited;
    JsonBody body(request);
    const QString mfaToken = body.string(QStringLiteral("mfa_token"), 128);
    const QString code = body.string(QStringLiteral("code"), 16).trimmed();
    if (!body.ok())
        return body.errorResponse();

    QSqlDatabase db = m_context.store.connection();
    QVariantList row;
    bool found = false;
    QString error;
    if (!Sql::fetchOne(
            db, QStringLiteral("SELECT user_id, pending_secret, expires_at FROM mfa_challenges WHERE token_hash = ?"),
            {Sessions::hashToken(mfaToken)}, &row, &found, &error))
        return ServerContext::storeError();
    const qint64 now = m_context.clock.nowMs();
    if (!found || row[2].toLongLong() <= now) {
        m_context.sourceLimiter.record(request.sourceKey, now);
        return HttpResponse::error(401, QStringLiteral("invalid_mfa_token"),
                                   QStringLiteral("The sign-in step expired; start again with your password."));
    }
    Account account;
    if (!loadAccount(db, QStringLiteral("id = ?"), row[0], &account, &found, &error) || !found)
        return ServerContext::storeError();
    if (auto refused = admitAttempt(account))
        return *refused;
    const QByteArray pending = row[1].toByteArray();
    const bool enrolling = !pending.isEmpty();
    if (auto refused =
            acceptCode(account, request, enrolling ? pending : account.totpSecret, code, QStringLiteral("mfa_failed")))
        return *refused;

    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (enrolling &&
        !Sql::exec(query, QStringLiteral("UPDATE users SET totp_secret = ?, totp_enrolled = 1 WHERE id = ?"),
                   {pending, account.id}, &error))
        return ServerContext::storeError();
    if (!Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE token_hash = ?"),
                   {Sessions::hashToken(mfaToken)}, &error) ||
        (enrolling && !Audit::record(db, now, account.orgId, {account.id, account.email},
                                     QStringLiteral("mfa_enrolled"), {}, &error)) ||
        !transaction.commit(&error))
        return ServerContext::storeError();
    m_context.sourceLimiter.clear(request.sourceKey);
    return tokensFor(account, QStringLiteral("login"));
}

std::optional<HttpResponse> AuthApi::acceptCode(const Account& account, const HttpRequest& request,
                                                const QByteArray& secret, const QString& code,
                                                const QString& failedAction)
{
    const qint64 now = m_context.clock.nowMs();
    const auto step = protocol::Totp::verify(secret, code, now / 1000, 1);
    if (!step || account.disabled)
        return recordFailure(
            account, request, failedAction,
            HttpResponse::error(401, QStringLiteral("invalid_code"), QStringLiteral("The code is wrong or too old.")));
    // A code is accepted once: the step must be newer than the last one used.
    QSqlQuery query(m_context.store.connection());
    QString error;
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE users SET last_totp_step = ?, failed_count = 0, locked_until = 0 "
                                  "WHERE id = ? AND last_totp_step < ?"),
                   {*step, account.id, *step}, &error))
        return ServerContext::storeError();
    if (query.numRowsAffected() != 1)
        return recordFailure(account, request, QStringLiteral("mfa_replay"),
                             HttpResponse::error(401, QStringLiteral("code_replayed"),
                                                 QStringLiteral("That code was used already; wait for the next one.")));
    return std::nullopt;
}

HttpResponse AuthApi::unlock(const HttpRequest& request)
{
    if (auto limited = sourceLimited(request))
        return *limited;
    JsonBody body(request);
    const QString token = body.string(QStringLiteral("refresh_token"), 128);
    const QString code = body.string(QStringLiteral("code"), 16).trimmed();
    if (!body.ok())
        return body.errorResponse();
    QSqlDatabase db = m_context.store.connection();
    QVariantList row;
    bool found = false;
    QString error;
    // Whose session this is, without spending the token yet.
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT s.user_id FROM tokens t JOIN sessions s ON s.id = t.session_id "
                                      "WHERE t.token_hash = ? AND t.kind = 'refresh' AND t.used = 0 AND s.revoked = 0 "
                                      "AND s.expires_at > ?"),
                       {Sessions::hashToken(token), m_context.clock.nowMs()}, &row, &found, &error))
        return ServerContext::storeError();
    if (!found) {
        m_context.sourceLimiter.record(request.sourceKey, m_context.clock.nowMs());
        return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                                   QStringLiteral("The session has ended; sign in again."));
    }
    Account account;
    if (!loadAccount(db, QStringLiteral("id = ?"), row[0], &account, &found, &error) || !found)
        return ServerContext::storeError();
    if (auto refused = admitAttempt(account))
        return *refused;
    if (auto refused = acceptCode(account, request, account.totpSecret, code, QStringLiteral("unlock_failed")))
        return *refused;
    m_context.sourceLimiter.clear(request.sourceKey);
    HttpResponse refreshed = refresh(request);
    if (refreshed.status == 200)
        Audit::record(db, m_context.clock.nowMs(), account.orgId, {account.id, account.email}, QStringLiteral("unlock"),
                      {}, &error);
    return refreshed;
}

HttpResponse AuthApi::tokensFor(const Account& account, const QString& action)
{
    QString error;
    const auto pair = m_context.sessions.start(account.id, &error);
    if (!pair)
        return ServerContext::storeError();
    QJsonObject answer = pair->toJson();
    answer.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), account.id},
                                                      {QStringLiteral("email"), account.email},
                                                      {QStringLiteral("role"), account.role},
                                                      {QStringLiteral("org_id"), account.orgId}});
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), account.orgId, {account.id, account.email},
                  action, {}, &error);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AuthApi::refresh(const HttpRequest& request)
{
    JsonBody body(request);
    const QString token = body.string(QStringLiteral("refresh_token"), 128);
    if (!body.ok())
        return body.errorResponse();
    Sessions::TokenPair pair;
    QString userId;
    QString error;
    const auto result = m_context.sessions.refresh(token, &pair, &userId, &error);
    switch (result) {
    case Sessions::RefreshResult::StoreError:
        return ServerContext::storeError();
    case Sessions::RefreshResult::Invalid:
        return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                                   QStringLiteral("The session has ended; sign in again."));
    case Sessions::RefreshResult::Reused: {
        Account account;
        bool found = false;
        QSqlDatabase db = m_context.store.connection();
        if (loadAccount(db, QStringLiteral("id = ?"), userId, &account, &found, &error) && found)
            Audit::record(db, m_context.clock.nowMs(), account.orgId, {account.id, account.email},
                          QStringLiteral("refresh_token_reuse"), {}, &error);
        return HttpResponse::error(401, QStringLiteral("refresh_token_reused"),
                                   QStringLiteral("This session was ended because its refresh token was used twice; "
                                                  "sign in again."));
    }
    case Sessions::RefreshResult::Ok:
        break;
    }
    QJsonObject answer = pair.toJson();
    Account account;
    bool found = false;
    if (loadAccount(m_context.store.connection(), QStringLiteral("id = ?"), userId, &account, &found, &error) && found)
        answer.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), account.id},
                                                          {QStringLiteral("email"), account.email},
                                                          {QStringLiteral("role"), account.role},
                                                          {QStringLiteral("org_id"), account.orgId}});
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AuthApi::logout(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, Role::Sales, &auth))
        return *refused;
    QString error;
    if (!m_context.sessions.revokeSession(auth.sessionId, &error))
        return ServerContext::storeError();
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("logout"), {}, &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
