#include "server/api/ExportsApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Audit.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace leadscope::server {

ExportsApi::ExportsApi(const ServerContext& context)
    : m_context(context)
{
}

void ExportsApi::registerRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/exports"),
               [this](const HttpRequest& r, const QStringList&) { return grant(r); });
}

HttpResponse ExportsApi::grant(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Manager, &auth))
        return *refused;
    JsonBody body(request);
    const QString format = body.string(QStringLiteral("format"), 8);
    const QString segment = body.optionalString(QStringLiteral("segment"), 200).value_or(QString());
    if (!body.ok())
        return body.errorResponse();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("pdf"))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"format\" must be csv, xlsx or pdf."));
    // Row counts arrive as JSON numbers; JsonBody reads strings, so read this one directly.
    const QJsonObject object = QJsonDocument::fromJson(request.body).object();
    const QJsonValue rows = object.value(QStringLiteral("rows"));
    if (!rows.isDouble() || rows.toDouble() < 0 || rows.toDouble() > kMaxRows ||
        rows.toDouble() != static_cast<double>(rows.toInteger()))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"rows\" must be a whole number from 0 to %1.").arg(kMaxRows));
    const QString grantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                       QStringLiteral("export"),
                       QJsonObject{{QStringLiteral("grant_id"), grantId},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("rows"), rows.toInteger()},
                                   {QStringLiteral("segment"), segment}},
                       &error))
        return ServerContext::storeError();
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("grant_id"), grantId}}));
}

} // namespace leadscope::server
