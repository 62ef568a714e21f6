#include "server/api/AccountApi.h"

#include "server/api/DpaApi.h"
#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Audit.h"
#include "server/domain/PasswordHasher.h"
#include "server/domain/PasswordPolicy.h"
#include "server/domain/RecoveryCodes.h"
#include "server/domain/SignIns.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTimeZone>

namespace leadscope::server {

AccountApi::AccountApi(const ServerContext& context)
    : m_context(context)
{
}

void AccountApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), [this](const HttpRequest& r, const QStringList&) { return me(r); });
    router.add("GET", QStringLiteral("/api/v1/team"),
               [this](const HttpRequest& r, const QStringList&) { return team(r); });
    router.add("DELETE", QStringLiteral("/api/v1/account"),
               [this](const HttpRequest& r, const QStringList&) { return deleteAccount(r); });
    router.add("POST", QStringLiteral("/api/v1/account/password"),
               [this](const HttpRequest& r, const QStringList&) { return changePassword(r); });
    router.add("POST", QStringLiteral("/api/v1/account/recovery-codes"),
               [this](const HttpRequest& r, const QStringList&) { return regenerateRecoveryCodes(r); });
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
    for (const Accounts::Site& site : org->sites) {
        QJsonObject website{{QStringLiteral("id"), site.id}, {QStringLiteral("domain"), site.domain}};
        // Admins set the tracker up: they see whether it works (the first-run check).
        if (auth.role == protocol::Role::Admin) {
            website.insert(
                QStringLiteral("last_hit_at"),
                site.lastHitAt > 0
                    ? QJsonValue(
                          QDateTime::fromMSecsSinceEpoch(site.lastHitAt, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                    : QJsonValue(QJsonValue::Null));
            website.insert(QStringLiteral("record_automated"), site.recordAutomated);
        }
        websites.append(website);
    }
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

HttpResponse AccountApi::team(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QString error;
    const QList<Accounts::User> users = m_context.accounts.users(auth.orgId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    // Who a lead can be handed to, and whose name an assignment shows: what
    // a colleague may know of a colleague (no sign-in or second-factor state).
    QJsonArray team;
    for (const Accounts::User& user : users) {
        team.append(QJsonObject{{QStringLiteral("id"), user.id},
                                {QStringLiteral("email"), user.email},
                                {QStringLiteral("role"), protocol::roleName(user.role)},
                                {QStringLiteral("disabled"), user.disabled}});
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("team"), team}}));
}

std::optional<HttpResponse> AccountApi::confirmWithCode(const HttpRequest& request, AuthContext* auth,
                                                        const QString& failedAction, bool allowRecovery)
{
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, auth))
        return refused;
    JsonBody body(request);
    const QString code = body.string(QStringLiteral("code"), 16).trimmed();
    if (!body.ok())
        return body.errorResponse();
    SignIns::Account account;
    bool found = false;
    QString error;
    if (!SignIns::loadById(m_context.store.connection(), auth->userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    // Counted, locked out, replay-proof and audited like every other code.
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit())
        return refused;
    return attempt.checkCode(account.totpSecret, code, failedAction, allowRecovery);
}

HttpResponse AccountApi::deleteAccount(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = confirmWithCode(request, &auth, QStringLiteral("account_delete_failed"), true))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QString error;
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

HttpResponse AccountApi::changePassword(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    JsonBody body(request);
    QString current = body.string(QStringLiteral("current_password"), PasswordPolicy::kMaximumLength);
    QString next = body.string(QStringLiteral("new_password"), PasswordPolicy::kMaximumLength);
    // Whichever way this ends, the passwords leave memory with it.
    const auto wipe = qScopeGuard([&] {
        protocol::Crypto::wipe(current);
        protocol::Crypto::wipe(next);
    });
    const QString code = body.optionalString(QStringLiteral("code"), 16).value_or(QString()).trimmed();
    if (!body.ok())
        return body.errorResponse();
    QSqlDatabase db = m_context.store.connection();
    SignIns::Account account;
    bool found = false;
    QString error;
    if (!SignIns::loadById(db, auth.userId, &account, &found, &error) || !found)
        return ServerContext::storeError();
    // Before any attempt: a weak new password costs neither a code nor an attempt.
    QString problem = PasswordPolicy::problem(next, account.email);
    if (problem.isEmpty() && next == current)
        problem = QStringLiteral("The new password must differ from the current one.");
    if (!problem.isEmpty())
        return HttpResponse::error(400, QStringLiteral("weak_password"), problem);
    SignInAttempt attempt(m_context, request, account);
    if (auto refused = attempt.admit())
        return *refused;
    QByteArray currentBytes = current.toUtf8();
    const bool currentOk = PasswordHasher::verify(account.passwordHash, currentBytes);
    protocol::Crypto::wipe(currentBytes);
    if (!currentOk)
        return attempt.fail(QStringLiteral("password_change_failed"),
                            HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                                                QStringLiteral("The current password is wrong.")));
    // After an admin's one-time password the sign-in has just passed both factors.
    if (!account.mustChangePassword) {
        if (auto refused = attempt.checkCode(account.totpSecret, code, QStringLiteral("password_change_failed")))
            return *refused;
    }
    QByteArray nextBytes = next.toUtf8();
    const QString hash = PasswordHasher::hash(nextBytes);
    protocol::Crypto::wipe(nextBytes);
    if (!SignIns::setPassword(db, account.id, hash, false, &error) ||
        !m_context.sessions.revokeOthersOfUser(account.id, auth.sessionId, &error))
        return ServerContext::storeError();
    Audit::record(db, m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("password_changed"), {}, &error);
    return HttpResponse::json(200, QByteArray(R"({"changed":true})"));
}

HttpResponse AccountApi::regenerateRecoveryCodes(const HttpRequest& request)
{
    AuthContext auth;
    // A TOTP code, not a recovery code: whoever holds only those cannot mint more.
    if (auto refused = confirmWithCode(request, &auth, QStringLiteral("recovery_codes_failed"), false))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QString error;
    const QStringList codes = RecoveryCodes::generate();
    if (!RecoveryCodes::replace(db, auth.userId, codes, &error))
        return ServerContext::storeError();
    Audit::record(db, m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("recovery_codes_regenerated"), {}, &error);
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(codes)}}));
}

} // namespace leadscope::server
