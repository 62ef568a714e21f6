#pragma once

#include "server/domain/CredentialResets.h"
#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// An admin helps a colleague back in, with a fresh code of their own:
// POST /api/v1/users/{id}/reset-password (a new one-time password, which the
// next sign-in must replace) and POST /api/v1/users/{id}/reset-mfa (lost
// phone: the next sign-in enrols again). Both end the user's sessions, both
// are audited, and neither works on the admin's own account (Settings does
// that, with their current password).
class CredentialResetApi
{
public:
    explicit CredentialResetApi(const ServerContext& context);
    void registerRoutes(Router& router);

    HttpResponse resetPassword(const HttpRequest& request, const QString& userId);
    HttpResponse resetSecondFactor(const HttpRequest& request, const QString& userId);

private:
    // The admin, their fresh code, and a colleague of theirs (not themselves) as *target.
    std::optional<HttpResponse> authorizeReset(const HttpRequest& request, const QString& userId, AuthContext* auth,
                                               CredentialResets::Target* target);

    const ServerContext& m_context;
};

} // namespace leadscope::server
