#include "DpaApi.h"

#include "Audit.h"
#include "Clock.h"
#include "DpaRegistry.h"
#include "JsonBody.h"
#include "Router.h"
#include "ServerContext.h"
#include "Sql.h"
#include "Store.h"

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
    QVariantList row;
    bool found = false;
    QJsonObject out{{QStringLiteral("current_version"), current},
                    {QStringLiteral("accepted"), false},
                    {QStringLiteral("acceptance"), QJsonValue()}};
    // The newest acceptance, of whichever version.
    if (!Sql::fetchOne(context.store.connection(),
                       QStringLiteral("SELECT version, user_email, accepted_at FROM dpa_acceptances WHERE org_id = ? "
                                      "ORDER BY accepted_at DESC LIMIT 1"),
                       {orgId}, &row, &found, error))
        return out;
    if (found) {
        out.insert(QStringLiteral("accepted"), row[0].toString() == current);
        out.insert(QStringLiteral("acceptance"),
                   QJsonObject{{QStringLiteral("version"), row[0].toString()},
                               {QStringLiteral("accepted_by"), row[1].toString()},
                               {QStringLiteral("accepted_at"), Clock::iso(row[2].toLongLong())}});
    }
    return out;
}

HttpResponse DpaApi::get(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, Role::Sales, &auth))
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
    if (auto refused = m_context.authorize(request, Role::Admin, &auth))
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
    QSqlDatabase db = m_context.store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    QString error;
    const qint64 now = m_context.clock.nowMs();
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO dpa_acceptances (org_id, version, user_id, user_email, accepted_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (org_id, version) DO NOTHING"),
                   {auth.orgId, version, auth.userId, auth.email, now}, &error))
        return ServerContext::storeError();
    const bool inserted = query.numRowsAffected() == 1;
    if ((inserted && !Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("dpa_accepted"),
                                    QJsonObject{{QStringLiteral("version"), version}}, &error)) ||
        !transaction.commit(&error))
        return ServerContext::storeError();
    const QJsonObject answer = status(m_context, auth.orgId, &error);
    return HttpResponse::json(200, QJsonDocument(answer));
}

} // namespace leadscope::server
