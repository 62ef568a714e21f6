#include "server/api/AccountApi.h"

#include "server/api/DpaApi.h"
#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Audit.h"
#include "server/domain/SignIns.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

AccountApi::AccountApi(const ServerContext& context)
    : m_context(context)
{
}

void AccountApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), [this](const HttpRequest& r, const QStringList&) { return me(r); });
    router.add("DELETE", QStringLiteral("/api/v1/account"),
               [this](const HttpRequest& r, const QStringList&) { return deleteAccount(r); });
}

HttpResponse AccountApi::me(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QString error;
    const auto org = m_context.accounts.organisation(auth.orgId, &error);
    if (!org)
        return ServerContext::storeError();
    QJsonArray websites;
    for (const Accounts::Site& site : org->sites)
        websites.append(QJsonObject{{QStringLiteral("id"), site.id}, {QStringLiteral("domain"), site.domain}});
    const QJsonObject dpa = DpaApi::status(m_context, auth.orgId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    // Who to ask about the DPA and the organisation's settings.
    QJsonArray admins;
    const QList<Accounts::User> users = m_context.accounts.users(auth.orgId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    for (const Accounts::User& user : users) {
        if (user.role == protocol::Role::Admin && !user.disabled)
            admins.append(user.email);
    }
    const QJsonObject answer{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), auth.userId},
                                             {QStringLiteral("email"), auth.email},
                                             {QStringLiteral("role"), protocol::roleName(auth.role)}}},
        {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("id"), org->id},
                                                     {QStringLiteral("name"), org->name},
                                                     {QStringLiteral("tracking_mode"), org->trackingMode},
                                                     {QStringLiteral("retention_months"), org->retentionMonths}}},
        {QStringLiteral("websites"), websites},
        {QStringLiteral("admins"), admins},
        {QStringLiteral("dpa"), dpa},
    };
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AccountApi::deleteAccount(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    JsonBody body(request);
    const QString code = body.string(QStringLiteral("code"), 16).trimmed();
    if (!body.ok())
        return body.errorResponse();
    QSqlDatabase db = m_context.store.connection();
    SignIns::Account account;
    bool found = false;
    QString error;
    if (!SignIns::loadById(db, auth.userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    // Counted, locked out, replay-proof and audited like every other code.
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit())
        return *refused;
    if (auto refused = attempt.checkCode(account.totpSecret, code, QStringLiteral("account_delete_failed")))
        return *refused;
    const qint64 now = m_context.clock.nowMs();
    const Accounts::Result result = m_context.accounts.deleteUser(auth.orgId, auth.userId);
    if (result.failure == Accounts::Failure::LastAdmin)
        return HttpResponse::error(409, QStringLiteral("last_admin"),
                                   QStringLiteral("You are the organisation's only admin; make someone else admin "
                                                  "first."));
    if (!result.ok())
        return ServerContext::storeError();
    // The audit row keeps that an account was removed, not whose e-mail it had.
    Audit::record(db, now, auth.orgId, {auth.userId, QString()}, QStringLiteral("account_deleted"), {}, &error);
    return HttpResponse::json(200, QByteArray(R"({"deleted":true,"backups_purged_within_days":30})"));
}

} // namespace leadscope::server
