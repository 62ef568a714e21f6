#include "server/api/DpaApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/DpaAcceptances.h"
#include "server/domain/DpaRegistry.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace leadscope::server {

DpaApi::DpaApi(const ServerContext& context)
    : m_context(context)
{
}

void DpaApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/dpa"),
               [this](const HttpRequest& r, const QStringList&) { return get(r); });
    router.add("POST", QStringLiteral("/api/v1/dpa/accept"),
               [this](const HttpRequest& r, const QStringList&) { return accept(r); });
}

QJsonObject DpaApi::status(const ServerContext& context, const QString& orgId, QString* error)
{
    const QString current = context.dpa.current().version;
    DpaAcceptances::Acceptance acceptance;
    bool found = false;
    QJsonObject out{{QStringLiteral("current_version"), current},
                    {QStringLiteral("accepted"), false},
                    {QStringLiteral("acceptance"), QJsonValue()}};
    // The newest acceptance, of whichever version.
    if (!DpaAcceptances::latest(context.store.connection(), orgId, &acceptance, &found, error))
        return out;
    if (found) {
        out.insert(QStringLiteral("accepted"), acceptance.version == current);
        out.insert(QStringLiteral("acceptance"),
                   QJsonObject{{QStringLiteral("version"), acceptance.version},
                               {QStringLiteral("accepted_by"), acceptance.acceptedBy},
                               {QStringLiteral("accepted_at"), Clock::iso(acceptance.acceptedAtMs)}});
    }
    return out;
}

HttpResponse DpaApi::get(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QString error;
    QJsonObject answer = status(m_context, auth.orgId, &error);
    if (!error.isEmpty())
        return ServerContext::storeError();
    answer.insert(QStringLiteral("version"), m_context.dpa.current().version);
    answer.insert(QStringLiteral("text"), m_context.dpa.current().text);
    answer.insert(QStringLiteral("format"), QStringLiteral("markdown"));
    // ?lang=nl|de: a translation beside the binding English text, when there is one.
    const QString language = request.query.queryItemValue(QStringLiteral("lang")).left(2).toLower();
    if (const auto it = m_context.dpa.current().translations.constFind(language);
        it != m_context.dpa.current().translations.cend()) {
        answer.insert(QStringLiteral("language"), language);
        answer.insert(QStringLiteral("translated_text"), it.value());
    }
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse DpaApi::accept(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Admin, &auth))
        return *refused;
    JsonBody body(request);
    const QString version = body.string(QStringLiteral("version"), 32);
    if (!body.ok())
        return body.errorResponse();
    const QString current = m_context.dpa.current().version;
    if (version != current)
        return HttpResponse::error(409, QStringLiteral("dpa_version_mismatch"),
                                   QStringLiteral("Version %1 is not the current DPA (%2); read the current text and "
                                                  "accept that.")
                                       .arg(version, current));
    QString error;
    if (!DpaAcceptances::accept(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId,
                                {auth.userId, auth.email}, version, &error))
        return ServerContext::storeError();
    const QJsonObject answer = status(m_context, auth.orgId, &error);
    return HttpResponse::json(200, QJsonDocument(answer));
}

} // namespace leadscope::server
