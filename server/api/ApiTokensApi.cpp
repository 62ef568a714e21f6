#include "server/api/ApiTokensApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/ApiTokens.h"
#include "server/domain/Audit.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadscope::server {

ApiTokensApi::ApiTokensApi(const ServerContext& context)
    : m_context(context)
{
}

void ApiTokensApi::registerRoutes(Router& router)
{
    const QString base = QStringLiteral("/api/v1/admin/api-tokens");
    router.add("GET", base, [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", base, [this](const HttpRequest& r, const QStringList&) { return create(r); });
    router.add("DELETE", base + QStringLiteral("/{id}"),
               [this](const HttpRequest& r, const QStringList& a) { return revoke(r, a.value(0)); });
}

HttpResponse ApiTokensApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    QList<ApiTokens::Token> tokens;
    QString error;
    if (!ApiTokens::list(m_context.store.connection(), auth.orgId, &tokens, &error))
        return ServerContext::storeError();
    QJsonArray out;
    const qint64 now = m_context.clock.nowMs();
    for (const ApiTokens::Token& token : std::as_const(tokens))
        out.append(token.toJson(now));
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("tokens"), out},
                                       {QStringLiteral("scopes"), QJsonArray::fromStringList(ApiTokens::scopes())}}));
}

HttpResponse ApiTokensApi::create(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    QJsonParseError parse{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parse);
    if (parse.error != QJsonParseError::NoError || !body.isObject())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("The body is not a JSON object."));
    QJsonObject fields = body.object();
    fields.remove(QStringLiteral("code"));
    QString error;
    const std::optional<ApiTokens::Draft> draft = ApiTokens::Draft::parse(fields, &error);
    if (!draft)
        return HttpResponse::error(400, QStringLiteral("invalid_request"), error);
    QSqlDatabase db = m_context.store.connection();
    QList<ApiTokens::Token> existing;
    if (!ApiTokens::list(db, auth.orgId, &existing, &error))
        return ServerContext::storeError();
    const qint64 now = m_context.clock.nowMs();
    const auto usable = std::count_if(existing.cbegin(), existing.cend(), [now](const ApiTokens::Token& t) {
        return t.revokedAt == 0 && t.expiresAt > now;
    });
    if (usable >= ApiTokens::kMaxPerOrganisation)
        return HttpResponse::error(409, QStringLiteral("limit_reached"),
                                   QStringLiteral("Your organisation has %1 API tokens in use, the most it may have; "
                                                  "revoke one first.")
                                       .arg(ApiTokens::kMaxPerOrganisation));
    if (auto refused =
            SignInAttempt::freshCode(m_context, request, auth.userId, QStringLiteral("api_token_code_failed")))
        return *refused;
    ApiTokens::Token created;
    QString secret;
    if (!ApiTokens::create(db, now, auth.orgId, auth.userId, *draft, &created, &secret, &error))
        return ServerContext::storeError();
    Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("api_token_created"),
                  created.toJson(now), &error);
    const QJsonObject answer{{QStringLiteral("token"), created.toJson(now)}, {QStringLiteral("secret"), secret}};
    protocol::Crypto::wipe(secret);
    return HttpResponse::json(201, QJsonDocument(answer));
}

HttpResponse ApiTokensApi::revoke(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    ApiTokens::Token revoked;
    bool found = false;
    QString error;
    QSqlDatabase db = m_context.store.connection();
    const qint64 now = m_context.clock.nowMs();
    if (!ApiTokens::revoke(db, now, auth.orgId, id, &revoked, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("Your organisation has no API token with that id."));
    Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("api_token_revoked"),
                  {{QStringLiteral("token"), id}, {QStringLiteral("name"), revoked.name}}, &error);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{}));
}

} // namespace leadscope::server
