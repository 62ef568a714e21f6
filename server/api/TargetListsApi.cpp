#include "server/api/TargetListsApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Audit.h"
#include "server/domain/TargetLists.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

namespace {

HttpResponse fromResult(const TargetLists::Result& result)
{
    switch (result.failure) {
    case TargetLists::Failure::None:
        return HttpResponse::json(200, QByteArray("{}"));
    case TargetLists::Failure::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), result.message);
    case TargetLists::Failure::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), result.message);
    case TargetLists::Failure::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), result.message);
    case TargetLists::Failure::Limit:
        return HttpResponse::error(409, QStringLiteral("limit_reached"), result.message);
    case TargetLists::Failure::Store:
        break;
    }
    return ServerContext::storeError();
}

QJsonObject toJson(const TargetLists::List& list)
{
    return {{QStringLiteral("id"), list.id},
            {QStringLiteral("name"), list.name},
            {QStringLiteral("created_by"), list.createdBy},
            {QStringLiteral("created_at"), Clock::iso(list.createdAt)},
            {QStringLiteral("companies"), QJsonArray::fromStringList(list.companies)}};
}

void audit(const ServerContext& context, const AuthContext& auth, const QString& action, QJsonObject detail)
{
    QString error;
    Audit::record(context.store.connection(), context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, action,
                  detail, &error);
}

} // namespace

TargetListsApi::TargetListsApi(const ServerContext& context)
    : m_context(context)
{
}

void TargetListsApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/target-lists"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", QStringLiteral("/api/v1/target-lists"),
               [this](const HttpRequest& r, const QStringList&) { return create(r); });
    router.add("DELETE", QStringLiteral("/api/v1/target-lists/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return remove(r, args.value(0)); });
    router.add("POST", QStringLiteral("/api/v1/target-lists/{id}/companies"),
               [this](const HttpRequest& r, const QStringList& args) { return addCompanies(r, args.value(0)); });
    router.add("DELETE", QStringLiteral("/api/v1/target-lists/{id}/companies"),
               [this](const HttpRequest& r, const QStringList& args) { return removeCompanies(r, args.value(0)); });
    router.add("POST", QStringLiteral("/api/v1/target-lists/{id}/import"),
               [this](const HttpRequest& r, const QStringList& args) { return import(r, args.value(0)); });
}

HttpResponse TargetListsApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    QList<TargetLists::List> lists;
    QString error;
    if (!TargetLists::all(m_context.store.connection(), auth.orgId, &lists, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const TargetLists::List& list : std::as_const(lists))
        array.append(toJson(list));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("lists"), array}}));
}

HttpResponse TargetListsApi::create(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    const QString name = body.string(QStringLiteral("name"), TargetLists::kMaxName * 4);
    if (!body.ok())
        return body.errorResponse();
    TargetLists::List created;
    const TargetLists::Result result = TargetLists::create(m_context.store.connection(), m_context.clock.nowMs(),
                                                           auth.orgId, auth.userId, name, &created);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("target_list_created"),
          {{QStringLiteral("list_id"), created.id}, {QStringLiteral("name"), created.name}});
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("list"), toJson(created)}}));
}

HttpResponse TargetListsApi::remove(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    TargetLists::List removed;
    const TargetLists::Result result = TargetLists::remove(m_context.store.connection(), auth.orgId, id, &removed);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("target_list_deleted"),
          {{QStringLiteral("list_id"), removed.id}, {QStringLiteral("name"), removed.name}});
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse TargetListsApi::addCompanies(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<QStringList> ids =
        body.optionalStringList(QStringLiteral("company_ids"), TargetLists::kMaxEntries, 128);
    if (!body.ok())
        return body.errorResponse();
    if (!ids || ids->isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"company_ids\" lists the companies to add."));
    int added = 0;
    const TargetLists::Result result = TargetLists::addCompanies(m_context.store.connection(), m_context.clock.nowMs(),
                                                                 auth.orgId, auth.userId, id, *ids, &added);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("target_list_changed"),
          {{QStringLiteral("list_id"), id}, {QStringLiteral("added"), added}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("added"), added}}));
}

HttpResponse TargetListsApi::removeCompanies(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<QStringList> ids =
        body.optionalStringList(QStringLiteral("company_ids"), TargetLists::kMaxEntries, 128);
    if (!body.ok())
        return body.errorResponse();
    int removed = 0;
    const TargetLists::Result result = TargetLists::removeCompanies(m_context.store.connection(), auth.orgId, id,
                                                                    ids.value_or(QStringList()), &removed);
    if (!result.ok())
        return fromResult(result);
    audit(m_context, auth, QStringLiteral("target_list_changed"),
          {{QStringLiteral("list_id"), id}, {QStringLiteral("removed"), removed}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("removed"), removed}}));
}

HttpResponse TargetListsApi::import(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    const std::optional<QStringList> rows =
        body.optionalStringList(QStringLiteral("rows"), TargetLists::kMaxImportRows, 300);
    if (!body.ok())
        return body.errorResponse();
    if (!rows)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"rows\" lists registry numbers or websites."));
    TargetLists::Report report;
    const TargetLists::Result result = TargetLists::import(m_context.store.connection(), m_context.clock.nowMs(),
                                                           auth.orgId, auth.userId, id, *rows, &report);
    if (!result.ok())
        return fromResult(result);
    QJsonArray problems;
    for (const TargetLists::Report::Problem& problem : std::as_const(report.problems))
        problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                    {QStringLiteral("value"), problem.value},
                                    {QStringLiteral("why"), problem.why}});
    audit(m_context, auth, QStringLiteral("target_list_imported"),
          {{QStringLiteral("list_id"), id},
           {QStringLiteral("rows"), report.rows},
           {QStringLiteral("matched"), report.matched},
           {QStringLiteral("added"), report.added}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("rows"), report.rows},
                                                             {QStringLiteral("matched"), report.matched},
                                                             {QStringLiteral("added"), report.added},
                                                             {QStringLiteral("unmatched"), problems}}));
}

} // namespace leadscope::server
