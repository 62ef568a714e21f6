#include "server/api/SegmentsApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Audit.h"
#include "server/domain/Segments.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::server {

namespace {

HttpResponse fromSegments(const Segments::Result& result)
{
    switch (result.failure) {
    case Segments::Failure::None:
        return HttpResponse::json(200, QByteArray("{}"));
    case Segments::Failure::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), result.message);
    case Segments::Failure::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), result.message);
    case Segments::Failure::Forbidden:
        return HttpResponse::error(403, QStringLiteral("forbidden"), result.message);
    case Segments::Failure::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), result.message);
    case Segments::Failure::Limit:
        return HttpResponse::error(409, QStringLiteral("limit_reached"), result.message);
    case Segments::Failure::Store:
        break;
    }
    return ServerContext::storeError();
}

Segments::Viewer viewerOf(const AuthContext& auth)
{
    return {auth.orgId, auth.userId, auth.role == protocol::Role::Admin};
}

std::optional<Segments::Sharing> sharingOf(JsonBody& body, bool* bad)
{
    const std::optional<QString> name = body.optionalString(QStringLiteral("sharing"), 16);
    *bad = false;
    if (!name)
        return std::nullopt;
    const std::optional<Segments::Sharing> sharing = Segments::sharingFromName(*name);
    *bad = !sharing;
    return sharing;
}

HttpResponse badSharing()
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               QStringLiteral("\"sharing\" must be one of: private, view, edit."));
}

} // namespace

SegmentsApi::SegmentsApi(const ServerContext& context)
    : m_context(context)
{
}

void SegmentsApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/segments"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("POST", QStringLiteral("/api/v1/segments"),
               [this](const HttpRequest& r, const QStringList&) { return add(r); });
    router.add("PATCH", QStringLiteral("/api/v1/segments/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return change(r, args.value(0)); });
    router.add("DELETE", QStringLiteral("/api/v1/segments/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return remove(r, args.value(0)); });
}

std::optional<HttpResponse> SegmentsApi::admit(const HttpRequest& request, AuthContext* auth) const
{
    return m_context.admit(request, protocol::Role::Sales, auth);
}

HttpResponse SegmentsApi::list(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = admit(request, &auth))
        return *refused;
    QList<Segments::Segment> segments;
    QString error;
    if (!Segments::visible(m_context.store.connection(), viewerOf(auth), &segments, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const Segments::Segment& segment : std::as_const(segments))
        array.append(Segments::toJson(segment, viewerOf(auth)));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("segments"), array}}));
}

HttpResponse SegmentsApi::add(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = admit(request, &auth))
        return *refused;
    JsonBody body(request);
    const QString name = body.string(QStringLiteral("name"), Segments::kMaxName * 4);
    const std::optional<protocol::LeadFilter> filter = body.optionalFilter(QStringLiteral("filter"));
    bool badName = false;
    const std::optional<Segments::Sharing> sharing = sharingOf(body, &badName);
    if (!body.ok())
        return body.errorResponse();
    if (badName)
        return badSharing();
    if (!filter)
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("\"filter\" is required."));
    Segments::Segment added;
    const qint64 now = m_context.clock.nowMs();
    const Segments::Result result = Segments::add(m_context.store.connection(), now, viewerOf(auth), name, *filter,
                                                  sharing.value_or(Segments::Sharing::Private), &added);
    if (!result.ok())
        return fromSegments(result);
    QString error;
    Audit::record(m_context.store.connection(), now, auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("segment_created"),
                  QJsonObject{{QStringLiteral("segment_id"), added.id},
                              {QStringLiteral("name"), added.name},
                              {QStringLiteral("sharing"), Segments::sharingName(added.sharing)}},
                  &error);
    return HttpResponse::json(
        201, QJsonDocument(QJsonObject{{QStringLiteral("segment"), Segments::toJson(added, viewerOf(auth))}}));
}

HttpResponse SegmentsApi::change(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = admit(request, &auth))
        return *refused;
    JsonBody body(request);
    Segments::Change change;
    change.name = body.optionalString(QStringLiteral("name"), Segments::kMaxName * 4);
    change.filter = body.optionalFilter(QStringLiteral("filter"));
    bool badName = false;
    change.sharing = sharingOf(body, &badName);
    if (!body.ok())
        return body.errorResponse();
    if (badName)
        return badSharing();
    if (!change.name && !change.filter && !change.sharing)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Give \"name\", \"filter\" or \"sharing\" to change."));
    Segments::Segment changed;
    const qint64 now = m_context.clock.nowMs();
    const Segments::Result result =
        Segments::change(m_context.store.connection(), now, viewerOf(auth), id, change, &changed);
    if (!result.ok())
        return fromSegments(result);
    QJsonObject detail{{QStringLiteral("segment_id"), changed.id}, {QStringLiteral("name"), changed.name}};
    QStringList what;
    if (change.name)
        what << QStringLiteral("name");
    if (change.filter)
        what << QStringLiteral("filter");
    if (change.sharing)
        detail.insert(QStringLiteral("sharing"), Segments::sharingName(changed.sharing));
    if (!what.isEmpty())
        detail.insert(QStringLiteral("changed"), QJsonArray::fromStringList(what));
    QString error;
    Audit::record(m_context.store.connection(), now, auth.orgId, {auth.userId, auth.email},
                  change.sharing ? QStringLiteral("segment_shared") : QStringLiteral("segment_changed"), detail,
                  &error);
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("segment"), Segments::toJson(changed, viewerOf(auth))}}));
}

HttpResponse SegmentsApi::remove(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = admit(request, &auth))
        return *refused;
    Segments::Segment removed;
    const Segments::Result result = Segments::remove(m_context.store.connection(), viewerOf(auth), id, &removed);
    if (!result.ok())
        return fromSegments(result);
    QString error;
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("segment_deleted"),
                  QJsonObject{{QStringLiteral("segment_id"), removed.id}, {QStringLiteral("name"), removed.name}},
                  &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
