#include "server/api/AdminApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Audit.h"
#include "server/domain/PasswordHasher.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

namespace {
HttpResponse fromAccounts(const Accounts::Result& result)
{
    switch (result.failure) {
    case Accounts::Failure::None:
        return HttpResponse::json(200, QByteArray("{}"));
    case Accounts::Failure::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), result.message);
    case Accounts::Failure::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), result.message);
    case Accounts::Failure::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), result.message);
    case Accounts::Failure::Unavailable:
        return HttpResponse::error(409, QStringLiteral("unavailable"), result.message);
    case Accounts::Failure::LastAdmin:
        return HttpResponse::error(409, QStringLiteral("last_admin"), result.message);
    case Accounts::Failure::Store:
        break;
    }
    return ServerContext::storeError();
}

qint64 parseTime(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    *ok = time.isValid();
    return time.toMSecsSinceEpoch();
}
} // namespace

AdminApi::AdminApi(const ServerContext& context)
    : m_context(context)
{
}

void AdminApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/users"),
               [this](const HttpRequest& r, const QStringList&) { return listUsers(r); });
    router.add("POST", QStringLiteral("/api/v1/users"),
               [this](const HttpRequest& r, const QStringList&) { return addUser(r); });
    router.add("PATCH", QStringLiteral("/api/v1/users/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return updateUser(r, args.value(0)); });
    router.add("DELETE", QStringLiteral("/api/v1/users/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return deleteUser(r, args.value(0)); });
    router.add("GET", QStringLiteral("/api/v1/audit"),
               [this](const HttpRequest& r, const QStringList&) { return audit(r); });
    router.add("PATCH", QStringLiteral("/api/v1/organisation"),
               [this](const HttpRequest& r, const QStringList&) { return updateOrganisation(r); });
    router.add("POST", QStringLiteral("/api/v1/websites"),
               [this](const HttpRequest& r, const QStringList&) { return addWebsite(r); });
    router.add("PATCH", QStringLiteral("/api/v1/websites/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return changeWebsite(r, args.value(0)); });
    router.add("DELETE", QStringLiteral("/api/v1/websites/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return removeWebsite(r, args.value(0)); });
}

HttpResponse AdminApi::updateOrganisation(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<QString> mode = body.optionalString(QStringLiteral("tracking_mode"), 32);
    const std::optional<int> retention = body.optionalInt(QStringLiteral("retention_months"));
    if (!body.ok())
        return body.errorResponse();
    if (!mode && !retention)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Give \"tracking_mode\" or \"retention_months\" to change."));
    const Accounts::Result result = m_context.accounts.updateOrganisation(auth.orgId, mode, retention);
    if (!result.ok())
        return fromAccounts(result);
    QJsonObject detail;
    if (mode)
        detail.insert(QStringLiteral("tracking_mode"), *mode);
    if (retention)
        detail.insert(QStringLiteral("retention_months"), *retention);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("organisation_changed"), detail, &error);
    const auto org = m_context.accounts.organisation(auth.orgId, &error);
    if (!org)
        return ServerContext::storeError();
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject{{QStringLiteral("tracking_mode"), org->trackingMode},
                                                        {QStringLiteral("retention_months"), org->retentionMonths}}));
}

std::optional<HttpResponse> AdminApi::refusalsLimited(const AuthContext& auth) const
{
    const int retry = m_refusals.retryAfterSeconds(auth.userId.toUtf8(), m_context.clock.nowMs());
    if (retry <= 0)
        return std::nullopt;
    return HttpResponse::tooManyRequests(
        QStringLiteral("too_many_attempts"),
        QStringLiteral("Too many addresses or domains that cannot be added; try again later."), retry);
}

HttpResponse AdminApi::refused(const AuthContext& auth, const QString& kind, const Accounts::Result& result)
{
    if (result.failure == Accounts::Failure::Unavailable) {
        m_refusals.record(auth.userId.toUtf8(), m_context.clock.nowMs());
        QString error;
        // The kind only: the refused address or domain is someone else's.
        Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                      QStringLiteral("add_refused"), QJsonObject{{QStringLiteral("kind"), kind}}, &error);
    }
    return fromAccounts(result);
}

HttpResponse AdminApi::addWebsite(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    if (auto limited = refusalsLimited(auth))
        return *limited;
    JsonBody body(request);
    const QString domain = body.string(QStringLiteral("domain"), 253);
    if (!body.ok())
        return body.errorResponse();
    Accounts::Site site;
    const Accounts::Result result = m_context.accounts.addSite(auth.orgId, domain, &site);
    if (!result.ok())
        return refused(auth, QStringLiteral("website"), result);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("website_added"),
                  QJsonObject{{QStringLiteral("site_id"), site.id}, {QStringLiteral("domain"), site.domain}}, &error);
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("website"),
                                                              QJsonObject{{QStringLiteral("id"), site.id},
                                                                          {QStringLiteral("domain"), site.domain}}}}));
}

HttpResponse AdminApi::changeWebsite(const HttpRequest& request, const QString& siteId)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<bool> record = body.optionalBool(QStringLiteral("record_automated"));
    if (!body.ok())
        return body.errorResponse();
    if (!record)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Give \"record_automated\" (true or false) to change."));
    Accounts::Site site;
    const Accounts::Result result = m_context.accounts.setRecordAutomated(auth.orgId, siteId, *record, &site);
    if (!result.ok())
        return fromAccounts(result);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("website_changed"),
                  QJsonObject{{QStringLiteral("site_id"), site.id},
                              {QStringLiteral("domain"), site.domain},
                              {QStringLiteral("record_automated"), site.recordAutomated}},
                  &error);
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("website"),
                                        QJsonObject{{QStringLiteral("id"), site.id},
                                                    {QStringLiteral("domain"), site.domain},
                                                    {QStringLiteral("record_automated"), site.recordAutomated}}}}));
}

HttpResponse AdminApi::removeWebsite(const HttpRequest& request, const QString& siteId)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    QString domain;
    const Accounts::Result result = m_context.accounts.removeSite(auth.orgId, siteId, &domain);
    if (!result.ok())
        return fromAccounts(result);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("website_removed"),
                  QJsonObject{{QStringLiteral("site_id"), siteId}, {QStringLiteral("domain"), domain}}, &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse AdminApi::listUsers(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    QString error;
    const QList<Accounts::User> users = m_context.accounts.users(auth.orgId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    QJsonArray array;
    for (const Accounts::User& user : users)
        array.append(user.toJson());
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("users"), array}}));
}

HttpResponse AdminApi::addUser(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    if (auto limited = refusalsLimited(auth))
        return *limited;
    JsonBody body(request);
    const QString email = body.string(QStringLiteral("email"), 254);
    const QString roleText = body.string(QStringLiteral("role"), 16);
    if (!body.ok())
        return body.errorResponse();
    const auto role = protocol::roleFromName(roleText);
    if (!role)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"role\" must be sales, manager or admin."));
    // The one-time password is shown once to the admin, never stored in clear.
    QByteArray password = PasswordHasher::generatePassword();
    Accounts::User user;
    const Accounts::Result result =
        m_context.accounts.addUser(auth.orgId, email, *role, PasswordHasher::hash(password), &user, true);
    if (!result.ok()) {
        protocol::Crypto::wipe(password);
        return refused(auth, QStringLiteral("user"), result);
    }
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("user_added"),
                  QJsonObject{{QStringLiteral("user_id"), user.id},
                              {QStringLiteral("user_email"), user.email},
                              {QStringLiteral("role"), protocol::roleName(user.role)}},
                  &error);
    const QJsonObject answer{{QStringLiteral("user"), user.toJson()},
                             {QStringLiteral("one_time_password"), QString::fromLatin1(password)}};
    protocol::Crypto::wipe(password);
    return HttpResponse::json(201, QJsonDocument(answer));
}

HttpResponse AdminApi::updateUser(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<QString> roleText = body.optionalString(QStringLiteral("role"), 16);
    const std::optional<bool> disabled = body.optionalBool(QStringLiteral("disabled"));
    if (!body.ok())
        return body.errorResponse();
    std::optional<protocol::Role> role;
    if (roleText) {
        role = protocol::roleFromName(*roleText);
        if (!role)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"role\" must be sales, manager or admin."));
    }
    if (!role && !disabled)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Give \"role\" or \"disabled\" to change."));
    Accounts::User user;
    const Accounts::Result result = m_context.accounts.updateUser(auth.orgId, userId, role, disabled, &user);
    if (!result.ok())
        return fromAccounts(result);
    // Which colleague: the log names them, not only their account id.
    QJsonObject detail{{QStringLiteral("user_id"), userId}, {QStringLiteral("user_email"), user.email}};
    if (role)
        detail.insert(QStringLiteral("role"), protocol::roleName(*role));
    if (disabled)
        detail.insert(QStringLiteral("disabled"), *disabled);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("user_changed"), detail, &error);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("user"), user.toJson()}}));
}

HttpResponse AdminApi::deleteUser(const HttpRequest& request, const QString& userId)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    QString error;
    const std::optional<Accounts::User> target = m_context.accounts.user(userId, &error);
    const Accounts::Result result = m_context.accounts.deleteUser(auth.orgId, userId);
    if (!result.ok())
        return fromAccounts(result);
    QJsonObject detail{{QStringLiteral("user_id"), userId}};
    if (target && target->orgId == auth.orgId)
        detail.insert(QStringLiteral("user_email"), target->email);
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("user_deleted"), detail, &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse AdminApi::audit(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    Audit::Filter filter;
    filter.action = request.query.queryItemValue(QStringLiteral("action"));
    filter.actorId = request.query.queryItemValue(QStringLiteral("user"));
    bool fromOk = false;
    bool toOk = false;
    filter.fromMs = parseTime(request.query.queryItemValue(QStringLiteral("from")), &fromOk);
    filter.toMs = parseTime(request.query.queryItemValue(QStringLiteral("to")), &toOk);
    if (!fromOk || !toOk)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"from\" and \"to\" must be ISO 8601 times."));
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 5000)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"limit\" must be a number from 1 to 5000."));
    }
    if (request.query.hasQueryItem(QStringLiteral("before")))
        filter.beforeId = request.query.queryItemValue(QStringLiteral("before")).toLongLong();
    QJsonArray rows;
    QString error;
    if (!Audit::list(m_context.store.connection(), auth.orgId, filter, &rows, &error))
        return ServerContext::storeError();
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("entries"), rows}}));
}

} // namespace leadscope::server
