#include "server/api/AlertsApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/AlertPreferences.h"
#include "server/domain/Audit.h"
#include "server/domain/MailOutbox.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadscope::server {

namespace {

QJsonObject toJson(const MailOutbox::Message& m)
{
    return {{QStringLiteral("id"), QString::number(m.id)},
            {QStringLiteral("to"), m.email},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("last_error"), m.lastError},
            {QStringLiteral("next_attempt"), m.state == QLatin1String("failed") ? QJsonValue() : Clock::iso(m.nextAt)},
            {QStringLiteral("created_at"), Clock::iso(m.createdAt)}};
}

} // namespace

AlertsApi::AlertsApi(const ServerContext& context, bool mailConfigured)
    : m_context(context)
    , m_mailConfigured(mailConfigured)
{
}

void AlertsApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/account/alerts"),
               [this](const HttpRequest& r, const QStringList&) { return preferences(r); });
    router.add("PUT", QStringLiteral("/api/v1/account/alerts"),
               [this](const HttpRequest& r, const QStringList&) { return changePreferences(r); });
    router.add("GET", QStringLiteral("/api/v1/admin/mail"),
               [this](const HttpRequest& r, const QStringList&) { return mail(r); });
    router.add("POST", QStringLiteral("/api/v1/admin/mail/{id}/retry"),
               [this](const HttpRequest& r, const QStringList& args) { return retry(r, args.value(0)); });
}

HttpResponse AlertsApi::answer(const AlertPreferences::Prefs& prefs, const AuthContext& auth) const
{
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("preferences"), prefs.toJson()},
                                                             {QStringLiteral("email"), auth.email},
                                                             {QStringLiteral("mail_configured"), m_mailConfigured}}));
}

HttpResponse AlertsApi::preferences(const HttpRequest& request)
{
    // The user's own settings: no data of the organisation, so no DPA needed yet.
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    AlertPreferences::Prefs prefs;
    QString error;
    if (!AlertPreferences::read(m_context.store.connection(), auth.orgId, auth.userId, &prefs, &error))
        return ServerContext::storeError();
    return answer(prefs, auth);
}

HttpResponse AlertsApi::changePreferences(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, protocol::Role::Sales, &auth))
        return *refused;
    QJsonParseError parse{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parse);
    if (parse.error != QJsonParseError::NoError || !body.isObject())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("The body is not a JSON object."));
    QSqlDatabase db = m_context.store.connection();
    AlertPreferences::Prefs prefs;
    QString error;
    if (!AlertPreferences::read(db, auth.orgId, auth.userId, &prefs, &error))
        return ServerContext::storeError();
    if (!prefs.merge(body.object(), &error))
        return HttpResponse::error(400, QStringLiteral("invalid_request"), error);
    const qint64 now = m_context.clock.nowMs();
    if (!AlertPreferences::write(db, now, prefs, &error))
        return ServerContext::storeError();
    Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("alert_preferences_changed"),
                  prefs.toJson(), &error);
    return answer(prefs, auth);
}

HttpResponse AlertsApi::mail(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    QList<MailOutbox::Message> messages;
    int queued = 0;
    int failed = 0;
    int sent = 0;
    QString error;
    if (!MailOutbox::counts(db, auth.orgId, &queued, &failed, &sent, m_context.clock.nowMs(), &error) ||
        !MailOutbox::undelivered(db, auth.orgId, 100, &messages, &error))
        return ServerContext::storeError();
    QJsonArray undelivered;
    for (const MailOutbox::Message& m : std::as_const(messages))
        undelivered.append(toJson(m));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("configured"), m_mailConfigured},
                                                             {QStringLiteral("queued"), queued},
                                                             {QStringLiteral("failed"), failed},
                                                             {QStringLiteral("sent_last_day"), sent},
                                                             {QStringLiteral("undelivered"), undelivered}}));
}

HttpResponse AlertsApi::retry(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Admin, &auth))
        return *refused;
    bool numeric = false;
    const qint64 messageId = id.toLongLong(&numeric);
    bool retried = false;
    QString error;
    if (numeric && !MailOutbox::retry(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, messageId,
                                      &retried, &error))
        return ServerContext::storeError();
    if (!retried)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No failed e-mail of your organisation has that id."));
    Audit::record(m_context.store.connection(), m_context.clock.nowMs(), auth.orgId, {auth.userId, auth.email},
                  QStringLiteral("mail_retried"), QJsonObject{{QStringLiteral("mail_id"), id}}, &error);
    return HttpResponse::json(200, QByteArray("{}"));
}

} // namespace leadscope::server
