#pragma once

#include "server/domain/SignIns.h"
#include "server/http/HttpMessage.h"

#include <QJsonObject>

namespace leadscope::server {

class Router;
struct ServerContext;

// POST /api/v1/auth/login, /auth/mfa, /auth/refresh, /auth/logout.
// Password (Argon2id) then a mandatory TOTP step; lockouts per account and
// a limit per source; every outcome audited without secrets.
class AuthApi
{
public:
    static constexpr int kFailuresBeforeLockout = SignIns::kFailuresBeforeLockout;
    static constexpr qint64 kMfaTokenLifetimeMs = 5 * 60 * 1000;

    using Account = SignIns::Account;

    explicit AuthApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse login(const HttpRequest& request);
    HttpResponse mfa(const HttpRequest& request);
    HttpResponse refresh(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    // Unlocks a locked client: a kept refresh token plus a fresh TOTP code
    // (counted like a sign-in attempt) → a new token pair.
    HttpResponse unlock(const HttpRequest& request);

    // Idle-locks the caller's session on the server: its refresh token then
    // works only through /auth/unlock with a fresh code.
    HttpResponse lock(const HttpRequest& request);

private:
    // A new session's tokens and the user; `extra` fields go into the same answer.
    HttpResponse tokensFor(const Account& account, const QString& action, const QJsonObject& extra = {});
    HttpResponse rotate(const QString& refreshToken, bool unlocking);
    static QJsonObject userJson(const Account& account);

    const ServerContext& m_context;
};

} // namespace leadscope::server
