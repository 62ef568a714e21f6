#pragma once

#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// GET /api/v1/me (who am I, my organisation, its websites, DPA status),
// GET /api/v1/team (the colleagues a lead can be assigned to) and
// DELETE /api/v1/account (remove my own account, confirmed with a fresh
// TOTP code; personal data leaves the live store at once).
class AccountApi
{
public:
    explicit AccountApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse me(const HttpRequest& request);
    HttpResponse team(const HttpRequest& request);
    HttpResponse deleteAccount(const HttpRequest& request);
    // POST /api/v1/account/password: current password + a fresh code (not after
    // a one-time password, whose sign-in just passed both factors) + a new
    // password that passes PasswordPolicy. Other sessions are revoked.
    HttpResponse changePassword(const HttpRequest& request);
    // POST /api/v1/account/recovery-codes: ten new codes for a fresh TOTP code; the old ones stop working.
    HttpResponse regenerateRecoveryCodes(const HttpRequest& request);

private:
    // Sign-in required, then the body's "code" through SignInAttempt. The
    // refusal to send, or nullopt with *auth filled in.
    std::optional<HttpResponse> confirmWithCode(const HttpRequest& request, AuthContext* auth,
                                                const QString& failedAction, bool allowRecovery);

    const ServerContext& m_context;
};

} // namespace leadscope::server
