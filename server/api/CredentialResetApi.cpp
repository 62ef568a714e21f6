#include "server/api/CredentialResetApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Audit.h"
#include "server/domain/PasswordHasher.h"
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
                                                               AuthContext* auth)
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
    bool member = false;
    if (!m_context.accounts.isMember(auth->orgId, userId, &member, &error))
        return ServerContext::storeError();
    if (!member)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no such user in your organisation."));
    SignIns::Account admin;
    bool found = false;
    if (!SignIns::loadById(m_context.store.connection(), auth->userId, &admin, &found, &error) || !found)
        return ServerContext::storeError();
    SignInAttempt attempt(m_context, request, admin);
    if (auto refused = attempt.admit())
        return refused;
    return attempt.checkCode(admin.totpSecret, code, QStringLiteral("admin_reset_failed"));
}

QJsonObject CredentialResetApi::target(const QString& userId) const
{
    // authorizeReset checked the account is in the admin's organisation.
    QString error;
    const std::optional<Accounts::User> user = m_context.accounts.user(userId, &error);
    QJsonObject detail{{QStringLiteral("user_id"), userId}};
    if (user)
        detail.insert(QStringLiteral("user_email"), user->email);
    return detail;
}

HttpResponse CredentialResetApi::resetPassword(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    if (auto refused = authorizeReset(request, userId, &auth))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QByteArray password = PasswordHasher::generatePassword();
    QString error;
    const bool ok = SignIns::setPassword(db, userId, PasswordHasher::hash(password), true, &error) &&
                    m_context.sessions.revokeAllOfUser(userId, &error);
    if (!ok) {
        protocol::Crypto::wipe(password);
        return ServerContext::storeError();
    }
    Audit::record(db, m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, QStringLiteral("password_reset"),
                  target(userId), &error);
    const QJsonObject answer{{QStringLiteral("one_time_password"), QString::fromLatin1(password)}};
    protocol::Crypto::wipe(password);
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse CredentialResetApi::resetSecondFactor(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    if (auto refused = authorizeReset(request, userId, &auth))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QString error;
    if (!SignIns::resetSecondFactor(db, userId, &error) || !m_context.sessions.revokeAllOfUser(userId, &error))
        return ServerContext::storeError();
    Audit::record(db, m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, QStringLiteral("mfa_reset"),
                  target(userId), &error);
    return HttpResponse::json(200, QByteArray(R"({"reset":true})"));
}

} // namespace leadscope::server
