#include "server/api/IgnoreApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Audit.h"
#include "server/domain/IgnoreList.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

namespace {

QJsonObject toJson(const IgnoreList::Entry& e)
{
    const auto nullable = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("company_id"), nullable(e.companyId)},
            {QStringLiteral("company_name"), nullable(e.companyName)},
            {QStringLiteral("sbi_prefix"), nullable(e.sbiPrefix)},
            {QStringLiteral("category"), e.category},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("by"),
             QJsonObject{{QStringLiteral("id"), e.byId}, {QStringLiteral("email"), nullable(e.byEmail)}}},
            {QStringLiteral("at"), Clock::iso(e.at)}};
}

HttpResponse fromResult(const IgnoreList::Result& result)
{
    switch (result.failure) {
    case IgnoreList::Failure::None:
        return HttpResponse::json(200, QByteArray("{}"));
    case IgnoreList::Failure::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), result.message);
    case IgnoreList::Failure::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), result.message);
    case IgnoreList::Failure::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), result.message);
    case IgnoreList::Failure::Limit:
        return HttpResponse::error(409, QStringLiteral("limit_reached"), result.message);
    case IgnoreList::Failure::Store:
        break;
    }
    return ServerContext::storeError();
}

void audit(const ServerContext& context, const AuthContext& auth, const QString& action, const IgnoreList::Entry& e)
{
    QString error;
    Audit::record(context.store.connection(), context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, action,
                  QJsonObject{{QStringLiteral("entry_id"), e.id},
                              {QStringLiteral("company_id"), e.companyId},
                              {QStringLiteral("sbi_prefix"), e.sbiPrefix},
                              {QStringLiteral("category"), e.category},
                              {QStringLiteral("reason"), e.reason}},
                  &error);
}

} // namespace

IgnoreApi::IgnoreApi(const ServerContext& context)
    : m_context(context)
{
}

void IgnoreApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/ignored"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", QStringLiteral("/api/v1/ignored"),
               [this](const HttpRequest& r, const QStringList&) { return add(r); });
    router.add("DELETE", QStringLiteral("/api/v1/ignored/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return remove(r, args.value(0)); });
}

HttpResponse IgnoreApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    QList<IgnoreList::Entry> entries;
    QString error;
    if (!IgnoreList::list(m_context.store.connection(), auth.orgId, &entries, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const IgnoreList::Entry& entry : std::as_const(entries))
        array.append(toJson(entry));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ignored"), array}}));
}

HttpResponse IgnoreApi::add(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    IgnoreList::Entry entry;
    entry.companyId = body.optionalString(QStringLiteral("company_id"), 128).value_or(QString());
    entry.sbiPrefix = body.optionalString(QStringLiteral("sbi_prefix"), 6).value_or(QString());
    entry.category = body.string(QStringLiteral("category"), 20);
    entry.reason = body.optionalString(QStringLiteral("reason"), IgnoreList::kMaxReason).value_or(QString());
    if (!body.ok())
        return body.errorResponse();
    IgnoreList::Entry added;
    const IgnoreList::Result result =
        IgnoreList::add(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, auth.userId, entry, &added);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("company_hidden"), added);
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("entry"), toJson(added)}}));
}

HttpResponse IgnoreApi::remove(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    IgnoreList::Entry removed;
    const IgnoreList::Result result = IgnoreList::remove(m_context.store.connection(), auth.orgId, id, &removed);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("company_shown"), removed);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
