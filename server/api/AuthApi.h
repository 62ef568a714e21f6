#pragma once

#include "server/domain/SignIns.h"
#include "server/http/HttpMessage.h"

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
    static constexpr int kMaxAttemptsPerHour = 100;
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

private:
    // 429 with Retry-After when the account is locked or over its hourly budget; counts the attempt otherwise.
    std::optional<HttpResponse> admitAttempt(const Account& account);
    HttpResponse recordFailure(const Account& account, const HttpRequest& request, const QString& action,
                               const HttpResponse& response);
    std::optional<HttpResponse> sourceLimited(const HttpRequest& request) const;
    HttpResponse tokensFor(const Account& account, const QString& action);
    // Verifies a TOTP code and marks its time step used (a code works once).
    // Returns the refusal, or nullopt when the code was accepted.
    std::optional<HttpResponse> acceptCode(const Account& account, const HttpRequest& request, const QByteArray& secret,
                                           const QString& code, const QString& failedAction);

    const ServerContext& m_context;
};

} // namespace leadscope::server
