#include "server/api/AuthApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/Audit.h"
#include "server/domain/PasswordHasher.h"
#include "server/domain/RateLimiter.h"
#include "server/domain/RecoveryCodes.h"
#include "server/domain/SignIns.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/http/JsonBody.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Base32.h"
#include "protocol/Crypto.h"
#include "protocol/Totp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace leadscope::server {

using protocol::Crypto;

namespace {

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
    router.add("POST", QStringLiteral("/api/v1/auth/lock"),
               [this](const HttpRequest& r, const QStringList&) { return lock(r); });
}

HttpResponse AuthApi::login(const HttpRequest& request)
{
    if (auto limited = SignInAttempt::sourceLimited(m_context, request))
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
        SignInAttempt::countSourceFailure(m_context, request);
        return invalidCredentials();
    }
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit()) {
        Crypto::wipe(passwordBytes);
        return *refused;
    }
    const bool passwordOk = PasswordHasher::verify(account.passwordHash, passwordBytes);
    if (passwordOk && PasswordHasher::needsRehash(account.passwordHash)) {
        SignIns::setPasswordHash(m_context.store.connection(), account.id, PasswordHasher::hash(passwordBytes), &error);
    }
    Crypto::wipe(passwordBytes);
    if (!passwordOk || account.disabled)
        return attempt.fail(QStringLiteral("login_failed"), invalidCredentials());

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
    if (auto limited = SignInAttempt::sourceLimited(m_context, request))
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
    const auto expired = [] {
        return HttpResponse::error(401, QStringLiteral("invalid_mfa_token"),
                                   QStringLiteral("The sign-in step expired; start again with your password."));
    };
    if (!found || challenge.expiresAt <= now) {
        SignInAttempt::countSourceFailure(m_context, request);
        return expired();
    }
    Account account;
    if (!SignIns::loadById(db, challenge.userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    const bool enrolling = !challenge.pendingSecret.isEmpty();
    if (enrolling && account.enrolled)
        return expired(); // opened before the account enrolled through another challenge
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit())
        return *refused;
    if (auto refused = attempt.checkCode(enrolling ? challenge.pendingSecret : account.totpSecret, code,
                                         QStringLiteral("mfa_failed"), !enrolling))
        return *refused;
    const QStringList recoveryCodes = enrolling ? RecoveryCodes::generate() : QStringList();
    bool stale = false;
    if (!SignIns::closeChallenge(db, now, account, tokenHash, challenge.pendingSecret, recoveryCodes, &stale, &error))
        return ServerContext::storeError();
    if (stale)
        return expired();
    m_context.sourceLimiter.clear(request.sourceKey);
    // Recovery codes are shown once, with the first tokens: the client offers to print or save them.
    return tokensFor(account, QStringLiteral("login"),
                     enrolling
                         ? QJsonObject{{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(recoveryCodes)}}
                         : QJsonObject());
}

HttpResponse AuthApi::unlock(const HttpRequest& request)
{
    if (auto limited = SignInAttempt::sourceLimited(m_context, request))
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
        SignInAttempt::countSourceFailure(m_context, request);
        return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                                   QStringLiteral("The session has ended; sign in again."));
    }
    bool found = false;
    Account account;
    if (!SignIns::loadById(db, userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit())
        return *refused;
    if (auto refused = attempt.checkCode(account.totpSecret, code, QStringLiteral("unlock_failed")))
        return *refused;
    m_context.sourceLimiter.clear(request.sourceKey);
    HttpResponse refreshed = rotate(token, true);
    if (refreshed.status == 200)
        Audit::record(db, m_context.clock.nowMs(), account.orgId, {account.id, account.email}, QStringLiteral("unlock"),
                      {}, &error);
    return refreshed;
}

HttpResponse AuthApi::lock(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QString error;
    if (!m_context.sessions.lock(auth.sessionId, &error))
        return ServerContext::storeError();
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("session_locked"), {}, &error);
    return HttpResponse::json(200, QByteArray(R"({"locked":true})"));
}

QJsonObject AuthApi::userJson(const Account& account)
{
    return QJsonObject{{QStringLiteral("id"), account.id},
                       {QStringLiteral("email"), account.email},
                       {QStringLiteral("role"), account.role},
                       {QStringLiteral("org_id"), account.orgId},
                       {QStringLiteral("must_change_password"), account.mustChangePassword}};
}

HttpResponse AuthApi::tokensFor(const Account& account, const QString& action, const QJsonObject& extra)
{
    QString error;
    const auto pair = m_context.sessions.start(account.id, &error);
    if (!pair)
        return ServerContext::storeError();
    QJsonObject answer = pair->toJson();
    answer.insert(QStringLiteral("user"), userJson(account));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        answer.insert(it.key(), it.value());
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
    return rotate(token, false);
}

HttpResponse AuthApi::rotate(const QString& token, bool unlocking)
{
    Sessions::TokenPair pair;
    QString userId;
    QString error;
    const auto result = m_context.sessions.refresh(token, &pair, &userId, &error, unlocking);
    switch (result) {
    case Sessions::RefreshResult::StoreError:
        return ServerContext::storeError();
    case Sessions::RefreshResult::Invalid:
        return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                                   QStringLiteral("The session has ended; sign in again."));
    case Sessions::RefreshResult::Locked:
        return HttpResponse::error(401, QStringLiteral("session_locked"),
                                   QStringLiteral("This session is locked; unlock it with a code from your "
                                                  "authenticator app."));
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
        answer.insert(QStringLiteral("user"), userJson(account));
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
