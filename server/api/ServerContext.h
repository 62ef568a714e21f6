#pragma once

#include "protocol/Role.h"
#include "server/domain/Sessions.h"
#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

class Accounts;
class Clock;
class DpaRegistry;
class Metrics;
class RateLimiter;
class Store;
class SuspiciousActivity;

// What every API area shares, handed to each at start-up (no singletons).
struct ServerContext
{
    const Store& store;
    const Clock& clock;
    Sessions& sessions;
    Accounts& accounts;
    RateLimiter& sourceLimiter;
    const DpaRegistry& dpa;
    SuspiciousActivity& suspicious;
    Metrics& metrics;

    // Checks the bearer token and the role. Returns the error response to
    // send (401 / 403 / 503), or nullopt with *auth filled in.
    std::optional<HttpResponse> authorize(const HttpRequest& request, protocol::Role minimum, AuthContext* auth) const;
    // 451 dpa_required until an admin of the organisation accepted the current DPA.
    std::optional<HttpResponse> requireDpa(const QString& orgId) const;
    // Both: a user of at least `minimum` whose organisation accepted the DPA.
    std::optional<HttpResponse> admit(const HttpRequest& request, protocol::Role minimum, AuthContext* auth) const;
    static HttpResponse storeError();
    // The same, with what failed and the store's message in the server's log (an operator's only
    // clue to a 503; the message is the database's, never a bound value).
    static HttpResponse storeError(const char* what, const QString& error);
    // A query's "limit": 1 to `most`, `standard` when absent; nullopt when it is not that.
    static std::optional<int> limitOf(const HttpRequest& request, int standard, int most);
};

} // namespace leadscope::server
