#include "server/api/CredentialResetApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/SignIns.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::server {

CredentialResetApi::CredentialResetApi(const ServerContext& context)
    : m_context(context)
{
}

void CredentialResetApi::registerRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/users/{id}/reset-password"),
               [this](const HttpRequest& r, const QStringList& args) { return resetPassword(r, args.value(0)); });
    router.add("POST", QStringLiteral("/api/v1/users/{id}/reset-mfa"),
               [this](const HttpRequest& r, const QStringList& args) { return resetSecondFactor(r, args.value(0)); });
}

std::optional<HttpResponse> CredentialResetApi::authorizeReset(const HttpRequest& request, const QString& userId,
                                                               AuthContext* auth, CredentialResets::Target* target)
{
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, auth))
        return refused;
    if (userId == auth->userId)
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Change your own password or recovery codes in Settings → "
                                                  "Account."));
    JsonBody body(request);
    const QString code = body.string(QStringLiteral("code"), 16).trimmed();
    if (!body.ok())
        return body.errorResponse();
    QString error;
    const std::optional<Accounts::User> user = m_context.accounts.user(userId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    if (!user || user->orgId != auth->orgId)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no such user in your organisation."));
    *target = {user->id, user->orgId, user->email};
    SignIns::Account admin;
    bool found = false;
    if (!SignIns::loadById(m_context.store.connection(), auth->userId, &admin, &found, &error) || !found)
        return ServerContext::storeError();
    SignInAttempt attempt(m_context, request, admin);
    if (auto refused = attempt.admit())
        return refused;
    return attempt.checkCode(admin.totpSecret, code, QStringLiteral("admin_reset_failed"));
}

HttpResponse CredentialResetApi::resetPassword(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    CredentialResets::Target target;
    if (auto refused = authorizeReset(request, userId, &auth, &target))
        return *refused;
    QByteArray password;
    QString error;
    if (!CredentialResets::resetPassword(m_context.store.connection(), m_context.sessions, m_context.clock.nowMs(),
                                         {auth.userId, auth.email}, target, &password, &error))
        return ServerContext::storeError();
    const QJsonObject answer{{QStringLiteral("one_time_password"), QString::fromLatin1(password)}};
    protocol::Crypto::wipe(password);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse CredentialResetApi::resetSecondFactor(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    CredentialResets::Target target;
    if (auto refused = authorizeReset(request, userId, &auth, &target))
        return *refused;
    QString error;
    if (!CredentialResets::resetSecondFactor(m_context.store.connection(), m_context.sessions, m_context.clock.nowMs(),
                                             {auth.userId, auth.email}, target, &error))
        return ServerContext::storeError();
    return HttpResponse::json(200, QByteArray(R"({"reset":true})"));
}

} // namespace leadscope::server
