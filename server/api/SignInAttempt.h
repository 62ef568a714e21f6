#pragma once

#include "server/domain/SignIns.h"
#include "server/http/HttpMessage.h"

#include <optional>

namespace leadscope::server {

struct ServerContext;

// One attempt at an account's password or second factor. Every endpoint that
// takes a password or a code (sign-in, unlock, password change, account
// deletion, the admin's resets) goes through this one path: the source limit,
// then admission (not locked, under the hourly cap, no other attempt at the
// account being judged — one conditional UPDATE), then the check, which
// counts and audits a failure and makes a code work once.
class SignInAttempt
{
public:
    static constexpr int kMaxAttemptsPerHour = 100;

    SignInAttempt(const ServerContext& context, const HttpRequest& request, const SignIns::Account& account);
    ~SignInAttempt(); // lets the next attempt at the account in
    SignInAttempt(const SignInAttempt&) = delete;
    SignInAttempt& operator=(const SignInAttempt&) = delete;

    // The refusal to send (429 with Retry-After, or 503), or nullopt: admitted.
    std::optional<HttpResponse> admit();
    // A TOTP code for `secret` from a step newer than the last one used, or
    // (allowRecovery) one of the account's unused recovery codes. The refusal
    // to send (counted as `failedAction`), or nullopt: accepted, failures reset.
    std::optional<HttpResponse> checkCode(const QByteArray& secret, const QString& code, const QString& failedAction,
                                          bool allowRecovery = true);
    // Counts and audits a failure as `action`; returns `response` (or a 503).
    HttpResponse fail(const QString& action, const HttpResponse& response);

    // An admin's fresh code (TOTP or recovery) in the JSON body's "code", for
    // an action that hands out a secret (a webhook's, an API token): checked
    // like a sign-in's, failures counted as `failedAction`. The refusal to
    // send, or nullopt: accepted.
    static std::optional<HttpResponse> freshCode(const ServerContext& context, const HttpRequest& request,
                                                 const QString& userId, const QString& failedAction);

    // Before any account is known (unknown e-mail, unknown token): the source's limit only.
    static std::optional<HttpResponse> sourceLimited(const ServerContext& context, const HttpRequest& request);
    static void countSourceFailure(const ServerContext& context, const HttpRequest& request);
    static HttpResponse tooMany(qint64 retryAfterMs, const QString& message);

private:
    const ServerContext& m_context;
    const HttpRequest& m_request;
    const SignIns::Account& m_account;
    bool m_holding = false; // the account's attempt lease is ours until the attempt ends
};

} // namespace leadscope::server
