#include "server/api/AuthApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/Audit.h"
#include "server/domain/PasswordHasher.h"
#include "server/domain/RateLimiter.h"
#include "server/domain/SignIns.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/http/JsonBody.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Base32.h"
#include "protocol/Crypto.h"
#include "protocol/Totp.h"

#include <QJsonObject>
#include <QUrl>

namespace leadscope::server {

using protocol::Crypto;

namespace {

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
    QString error;
    if (!SignIns::setAttemptWindow(m_context.store.connection(), account.id, windowStart, windowCount + 1, &error))
        return ServerContext::storeError();
    return std::nullopt;
}

HttpResponse AuthApi::recordFailure(const Account& account, const HttpRequest& request, const QString& action,
                                    const HttpResponse& response)
{
    const qint64 now = m_context.clock.nowMs();
    m_context.sourceLimiter.record(request.sourceKey, now);
    QString error;
    SignIns::Failure failure;
    const bool ok = SignIns::recordFailure(m_context.store.connection(), now, account, action, m_context.suspicious,
                                           &failure, &error);
    m_context.metrics.count(Metrics::Event::SignInFailure);
    if (!ok) {
        qCWarning(lcStore) << "recording a failed attempt failed:" << error;
        return ServerContext::storeError();
    }
    if (failure.lockedUntil > 0)
        m_context.metrics.count(Metrics::Event::AccountLockout);
    if (failure.burst > 0) {
        m_context.metrics.count(Metrics::Event::SuspiciousActivity);
        // A JSON message: the structured log keeps its fields as fields.
        qCWarning(lcServer).noquote()
            << QStringLiteral("{\"event\":\"suspicious_activity\",\"org\":\"%1\",\"failed_sign_ins\":%2}")
                   .arg(account.orgId)
                   .arg(failure.burst);
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
    if (!SignIns::loadByEmail(m_context.store.connection(), email, &account, &found, &error)) {
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
        SignIns::setPasswordHash(m_context.store.connection(), account.id, PasswordHasher::hash(passwordBytes), &error);
    }
    Crypto::wipe(passwordBytes);
    if (!passwordOk || account.disabled)
        return recordFailure(account, request, QStringLiteral("login_failed"), invalidCredentials());

    // Password accepted: the second factor is always required.
    const QString mfaToken = newMfaToken();
    QByteArray pendingSecret;
    if (!account.enrolled)
        pendingSecret = Crypto::randomBytes(20); // 160 bits, RFC 4226's recommendation
    const qint64 now = m_context.clock.nowMs();
    if (!SignIns::openChallenge(m_context.store.connection(), now, account, Sessions::hashToken(mfaToken),
                                pendingSecret, now + kMfaTokenLifetimeMs, &error))
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
    const QByteArray tokenHash = Sessions::hashToken(mfaToken);
    SignIns::Challenge challenge;
    bool found = false;
    QString error;
    if (!SignIns::findChallenge(db, tokenHash, &challenge, &found, &error))
        return ServerContext::storeError();
    const qint64 now = m_context.clock.nowMs();
    if (!found || challenge.expiresAt <= now) {
        m_context.sourceLimiter.record(request.sourceKey, now);
        return HttpResponse::error(401, QStringLiteral("invalid_mfa_token"),
                                   QStringLiteral("The sign-in step expired; start again with your password."));
    }
    Account account;
    if (!SignIns::loadById(db, challenge.userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    if (auto refused = admitAttempt(account))
        return *refused;
    const bool enrolling = !challenge.pendingSecret.isEmpty();
    if (auto refused = acceptCode(account, request, enrolling ? challenge.pendingSecret : account.totpSecret, code,
                                  QStringLiteral("mfa_failed")))
        return *refused;
    if (!SignIns::closeChallenge(db, now, account, tokenHash, challenge.pendingSecret, &error))
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
    QString error;
    bool accepted = false;
    if (!SignIns::useTotpStep(m_context.store.connection(), account.id, *step, true, &accepted, &error))
        return ServerContext::storeError();
    if (!accepted)
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
    QString userId;
    QString error;
    // Whose session this is, without spending the token yet.
    if (!m_context.sessions.refreshTokenOwner(token, &userId, &error))
        return ServerContext::storeError();
    if (userId.isEmpty()) {
        m_context.sourceLimiter.record(request.sourceKey, m_context.clock.nowMs());
        return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                                   QStringLiteral("The session has ended; sign in again."));
    }
    bool found = false;
    Account account;
    if (!SignIns::loadById(db, userId, &account, &found, &error) || !found)
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
        if (SignIns::loadById(db, userId, &account, &found, &error) && found)
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
    if (SignIns::loadById(m_context.store.connection(), userId, &account, &found, &error) && found)
        answer.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), account.id},
                                                          {QStringLiteral("email"), account.email},
                                                          {QStringLiteral("role"), account.role},
                                                          {QStringLiteral("org_id"), account.orgId}});
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AuthApi::logout(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QString error;
    if (!m_context.sessions.revokeSession(auth.sessionId, &error))
        return ServerContext::storeError();
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("logout"), {}, &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
