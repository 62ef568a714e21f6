#include "server/api/RulesApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Audit.h"
#include "server/domain/Rules.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

namespace {

HttpResponse fromRules(const Rules::Result& result)
{
    switch (result.failure) {
    case Rules::Failure::None:
        return HttpResponse::json(200, QByteArray("{}"));
    case Rules::Failure::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), result.message);
    case Rules::Failure::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), result.message);
    case Rules::Failure::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), result.message);
    case Rules::Failure::Limit:
        return HttpResponse::error(409, QStringLiteral("limit_reached"), result.message);
    case Rules::Failure::Store:
        break;
    }
    return ServerContext::storeError();
}

std::optional<Rules::Actions> actionsOf(JsonBody& body, QString* problem)
{
    const std::optional<QJsonObject> json = body.optionalObject(QStringLiteral("actions"));
    if (!json)
        return std::nullopt;
    return Rules::Actions::parse(*json, problem);
}

void audit(const ServerContext& context, const AuthContext& auth, const QString& action, const Rules::Rule& rule,
           QJsonObject detail = {})
{
    detail.insert(QStringLiteral("rule_id"), rule.id);
    detail.insert(QStringLiteral("name"), rule.name);
    QString error;
    Audit::record(context.store.connection(), context.clock.nowMs(), auth.orgId, {auth.userId, auth.email}, action,
                  detail, &error);
}

} // namespace

RulesApi::RulesApi(const ServerContext& context, int maxPerOrganisation)
    : m_context(context)
    , m_maxPerOrganisation(maxPerOrganisation)
{
}

void RulesApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/rules"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", QStringLiteral("/api/v1/rules"),
               [this](const HttpRequest& r, const QStringList&) { return add(r); });
    router.add("PATCH", QStringLiteral("/api/v1/rules/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return change(r, args.value(0)); });
    router.add("DELETE", QStringLiteral("/api/v1/rules/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return remove(r, args.value(0)); });
}

std::optional<HttpResponse> RulesApi::admit(const HttpRequest& request, bool write, AuthContext* auth) const
{
    return m_context.admit(request, write ? protocol::Role::Manager : protocol::Role::Sales, auth);
}

std::optional<HttpResponse> RulesApi::checkPeople(const QString& orgId, const QStringList& ids) const
{
    for (const QString& id : ids) {
        bool member = false;
        QString error;
        if (!m_context.accounts.isMember(orgId, id, &member, &error))
            return ServerContext::storeError();
        if (!member)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\u201c%1\u201d is not a user of this organisation.").arg(id));
    }
    return std::nullopt;
}

HttpResponse RulesApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = admit(request, false, &auth))
        return *refused;
    QList<Rules::Rule> rules;
    QString error;
    if (!Rules::list(m_context.store.connection(), auth.orgId, &rules, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const Rules::Rule& rule : std::as_const(rules))
        array.append(Rules::toJson(rule));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("rules"), array},
                                                             {QStringLiteral("max"), m_maxPerOrganisation}}));
}

HttpResponse RulesApi::add(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = admit(request, true, &auth))
        return *refused;
    JsonBody body(request);
    Rules::Rule rule;
    rule.name = body.string(QStringLiteral("name"), Rules::kMaxName * 4);
    const std::optional<protocol::LeadFilter> filter = body.optionalFilter(QStringLiteral("filter"));
    QString problem;
    const std::optional<Rules::Actions> actions = actionsOf(body, &problem);
    rule.enabled = body.optionalBool(QStringLiteral("enabled")).value_or(true);
    if (!body.ok())
        return body.errorResponse();
    if (!problem.isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_request"), problem);
    if (!filter || !actions)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("A rule needs \"filter\" and \"actions\"."));
    rule.filter = *filter;
    rule.actions = *actions;
    if (auto refused = checkPeople(auth.orgId, rule.actions.people()))
        return *refused;
    Rules::Rule added;
    const Rules::Result result = Rules::add(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId,
                                            auth.userId, rule, m_maxPerOrganisation, &added);
    if (!result.ok())
        return fromRules(result);
    audit(
        m_context, auth, QStringLiteral("rule_created"), added,
        {{QStringLiteral("filter"), added.filter.toJsonObject()}, {QStringLiteral("actions"), added.actions.toJson()}});
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("rule"), Rules::toJson(added)}}));
}

HttpResponse RulesApi::change(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = admit(request, true, &auth))
        return *refused;
    JsonBody body(request);
    Rules::Change change;
    change.name = body.optionalString(QStringLiteral("name"), Rules::kMaxName * 4);
    change.filter = body.optionalFilter(QStringLiteral("filter"));
    QString problem;
    change.actions = actionsOf(body, &problem);
    change.enabled = body.optionalBool(QStringLiteral("enabled"));
    if (!body.ok())
        return body.errorResponse();
    if (!problem.isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_request"), problem);
    if (!change.name && !change.filter && !change.actions && !change.enabled)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Give \"name\", \"filter\", \"actions\" or \"enabled\" to change."));
    if (change.actions) {
        if (auto refused = checkPeople(auth.orgId, change.actions->people()))
            return *refused;
    }
    Rules::Rule changed;
    const Rules::Result result = Rules::change(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId,
                                               auth.userId, id, change, &changed);
    if (!result.ok())
        return fromRules(result);
    QJsonObject detail;
    if (change.filter)
        detail.insert(QStringLiteral("filter"), changed.filter.toJsonObject());
    if (change.actions)
        detail.insert(QStringLiteral("actions"), changed.actions.toJson());
    if (change.enabled)
        detail.insert(QStringLiteral("enabled"), changed.enabled);
    audit(m_context, auth, QStringLiteral("rule_changed"), changed, detail);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("rule"), Rules::toJson(changed)}}));
}

HttpResponse RulesApi::remove(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = admit(request, true, &auth))
        return *refused;
    Rules::Rule removed;
    const Rules::Result result = Rules::remove(m_context.store.connection(), auth.orgId, id, &removed);
    if (!result.ok())
        return fromRules(result);
    audit(m_context, auth, QStringLiteral("rule_deleted"), removed);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
