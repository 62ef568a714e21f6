#include "AdminClient.h"

#include "core/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>

namespace leadscope::core {

namespace {

QDateTime isoTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Runs handle(body object) on success, or fail(failure); nothing when context is gone.
void call(Session* session, QObject* context, const QByteArray& method, const QString& path, const QJsonObject& body,
          std::function<void(const QJsonObject&)> handle, std::function<void(const ApiFailure&)> fail)
{
    QPointer<QObject> guard(context);
    session->request(method, path, body.isEmpty() ? QJsonDocument() : QJsonDocument(body),
                     [guard, handle = std::move(handle), fail = std::move(fail)](const Session::Reply& reply) {
                         if (!guard)
                             return;
                         if (!reply.ok()) {
                             fail(reply.failure);
                             return;
                         }
                         QJsonParseError parsed{};
                         const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parsed);
                         if (!reply.body.isEmpty() && !document.isObject()) {
                             fail(ApiFailure::protocolError(AdminClient::tr("The server's answer was not JSON.")));
                             return;
                         }
                         handle(document.object());
                     });
}

// The weekdays as the API names them, Monday first (Qt's day 1).
const QStringList& weekdayNames()
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    return days;
}

AdminClient::AlertPreferences parseAlertPreferences(const QJsonObject& o)
{
    AdminClient::AlertPreferences p;
    const QJsonObject prefs = o.value(QStringLiteral("preferences")).toObject();
    p.emailAlerts = prefs.value(QStringLiteral("email_alerts")).toBool();
    p.digest = prefs.value(QStringLiteral("digest")).toString(QStringLiteral("off"));
    p.digestHour = prefs.value(QStringLiteral("digest_hour")).toInt(8);
    const QStringList& days = weekdayNames();
    p.digestDays.clear();
    for (const QJsonValue& day : prefs.value(QStringLiteral("digest_days")).toArray()) {
        if (const qsizetype at = days.indexOf(day.toString()); at >= 0)
            p.digestDays << int(at) + 1;
    }
    const QJsonObject quiet = prefs.value(QStringLiteral("quiet_hours")).toObject();
    p.quietFrom = quiet.isEmpty() ? -1 : quiet.value(QStringLiteral("from")).toInt();
    p.quietTo = quiet.isEmpty() ? -1 : quiet.value(QStringLiteral("to")).toInt();
    p.language = prefs.value(QStringLiteral("language")).toString();
    p.timeZone = prefs.value(QStringLiteral("time_zone")).toString();
    p.email = o.value(QStringLiteral("email")).toString();
    p.mailConfigured = o.value(QStringLiteral("mail_configured")).toBool();
    return p;
}

} // namespace

QJsonObject AdminClient::AlertPreferences::toJson() const
{
    const QStringList& days = weekdayNames();
    QJsonArray dayNames;
    for (int day : digestDays) {
        if (day >= 1 && day <= 7)
            dayNames.append(days.at(day - 1));
    }
    QJsonObject json{{QStringLiteral("email_alerts"), emailAlerts},
                     {QStringLiteral("digest"), digest},
                     {QStringLiteral("digest_hour"), digestHour},
                     {QStringLiteral("digest_days"), dayNames},
                     {QStringLiteral("quiet_hours"), quietFrom < 0
                                                         ? QJsonValue()
                                                         : QJsonValue(QJsonObject{{QStringLiteral("from"), quietFrom},
                                                                                  {QStringLiteral("to"), quietTo}})}};
    if (!language.isEmpty())
        json.insert(QStringLiteral("language"), language);
    if (!timeZone.isEmpty())
        json.insert(QStringLiteral("time_zone"), timeZone);
    return json;
}

void AdminClient::alertPreferences(QObject* context, Done<AlertPreferences> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/account/alerts"), {},
        [done](const QJsonObject& o) { done(parseAlertPreferences(o), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::saveAlertPreferences(QObject* context, const AlertPreferences& preferences,
                                       Done<AlertPreferences> done)
{
    call(
        m_session, context, "PUT", QStringLiteral("/api/v1/account/alerts"), preferences.toJson(),
        [done](const QJsonObject& o) { done(parseAlertPreferences(o), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::mailStatus(QObject* context, Done<MailStatus> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/admin/mail"), {},
        [done](const QJsonObject& o) {
            MailStatus status;
            status.configured = o.value(QStringLiteral("configured")).toBool();
            status.queued = o.value(QStringLiteral("queued")).toInt();
            status.failed = o.value(QStringLiteral("failed")).toInt();
            status.sentLastDay = o.value(QStringLiteral("sent_last_day")).toInt();
            for (const QJsonValue& value : o.value(QStringLiteral("undelivered")).toArray()) {
                const QJsonObject m = value.toObject();
                status.undelivered.append(
                    {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("to")).toString(),
                     m.value(QStringLiteral("kind")).toString(), m.value(QStringLiteral("state")).toString(),
                     m.value(QStringLiteral("attempts")).toInt(), m.value(QStringLiteral("last_error")).toString(),
                     isoTime(m.value(QStringLiteral("next_attempt"))), isoTime(m.value(QStringLiteral("created_at")))});
            }
            done(status, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::retryMail(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "POST",
        QStringLiteral("/api/v1/admin/mail/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
            QStringLiteral("/retry"),
        {}, [done](const QJsonObject&) { done({}); }, done);
}

namespace {

QString hookPath(const QString& id, const QString& tail = {})
{
    return QStringLiteral("/api/v1/admin/webhooks/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + tail;
}

AdminClient::Webhook parseWebhook(const QJsonObject& o)
{
    AdminClient::Webhook hook;
    hook.id = o.value(QStringLiteral("id")).toString();
    hook.name = o.value(QStringLiteral("name")).toString();
    hook.kind = o.value(QStringLiteral("kind")).toString(hook.kind);
    hook.language = o.value(QStringLiteral("language")).toString(hook.language);
    hook.url = o.value(QStringLiteral("url")).toString();
    for (const QJsonValue& event : o.value(QStringLiteral("events")).toArray())
        hook.events << event.toString();
    hook.filter = o.value(QStringLiteral("filter")).toObject();
    hook.createdBy = o.value(QStringLiteral("created_by")).toString();
    hook.createdAt = isoTime(o.value(QStringLiteral("created_at")));
    hook.failures = o.value(QStringLiteral("failures")).toInt();
    hook.pausedAt = isoTime(o.value(QStringLiteral("paused_at")));
    hook.pausedReason = o.value(QStringLiteral("paused_reason")).toString();
    hook.previousSecretUntil = isoTime(o.value(QStringLiteral("previous_secret_until")));
    hook.tokenHint = o.value(QStringLiteral("token_hint")).toString();
    return hook;
}

} // namespace

namespace {

AdminClient::ApiToken parseApiToken(const QJsonObject& o)
{
    AdminClient::ApiToken token;
    token.id = o.value(QStringLiteral("id")).toString();
    token.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue& scope : o.value(QStringLiteral("scopes")).toArray())
        token.scopes << scope.toString();
    token.hint = o.value(QStringLiteral("hint")).toString();
    token.state = o.value(QStringLiteral("state")).toString();
    token.expiresAt = isoTime(o.value(QStringLiteral("expires_at")));
    token.createdAt = isoTime(o.value(QStringLiteral("created_at")));
    token.lastUsedAt = isoTime(o.value(QStringLiteral("last_used_at")));
    return token;
}

} // namespace

void AdminClient::apiTokens(QObject* context, Done<QList<ApiToken>> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/admin/api-tokens"), {},
        [done](const QJsonObject& o) {
            QList<ApiToken> tokens;
            for (const QJsonValue& value : o.value(QStringLiteral("tokens")).toArray())
                tokens.append(parseApiToken(value.toObject()));
            done(tokens, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::createApiToken(QObject* context, const QString& name, const QStringList& scopes, int days,
                                 const QString& code,
                                 std::function<void(const ApiToken&, const QString&, const ApiFailure&)> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/admin/api-tokens"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
         {QStringLiteral("expires_in_days"), days},
         {QStringLiteral("code"), code}},
        [done](const QJsonObject& o) {
            done(parseApiToken(o.value(QStringLiteral("token")).toObject()),
                 o.value(QStringLiteral("secret")).toString(), {});
        },
        [done](const ApiFailure& failure) { done({}, {}, failure); });
}

void AdminClient::revokeApiToken(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/admin/api-tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::webhooks(QObject* context, Done<QList<Webhook>> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/admin/webhooks"), {},
        [done](const QJsonObject& o) {
            QList<Webhook> hooks;
            for (const QJsonValue& value : o.value(QStringLiteral("webhooks")).toArray())
                hooks.append(parseWebhook(value.toObject()));
            done(hooks, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::addWebhook(QObject* context, const QJsonObject& hook, const QString& code,
                             std::function<void(const Webhook&, const QString&, const ApiFailure&)> done)
{
    QJsonObject body = hook;
    body.insert(QStringLiteral("code"), code);
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/admin/webhooks"), body,
        [done](const QJsonObject& o) {
            done(parseWebhook(o.value(QStringLiteral("webhook")).toObject()),
                 o.value(QStringLiteral("secret")).toString(), {});
        },
        [done](const ApiFailure& failure) { done({}, {}, failure); });
}

void AdminClient::rotateWebhookSecret(QObject* context, const QString& id, const QString& code,
                                      std::function<void(const QString&, const ApiFailure&)> done)
{
    call(
        m_session, context, "POST", hookPath(id, QStringLiteral("/rotate")), {{QStringLiteral("code"), code}},
        [done](const QJsonObject& o) { done(o.value(QStringLiteral("secret")).toString(), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::webhookAction(QObject* context, const QString& id, const QString& action, Finished done)
{
    call(
        m_session, context, "POST", hookPath(id, u'/' + action), {}, [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::changeWebhook(QObject* context, const QString& id, const QJsonObject& hook, Finished done)
{
    call(
        m_session, context, "PUT", hookPath(id), hook, [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::removeWebhook(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE", hookPath(id), {}, [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::webhookDeliveries(QObject* context, const QString& id, Done<QList<WebhookDelivery>> done)
{
    call(
        m_session, context, "GET", hookPath(id, QStringLiteral("/deliveries")), {},
        [done](const QJsonObject& o) {
            QList<WebhookDelivery> deliveries;
            for (const QJsonValue& value : o.value(QStringLiteral("deliveries")).toArray()) {
                const QJsonObject d = value.toObject();
                deliveries.append(
                    {d.value(QStringLiteral("id")).toString(), d.value(QStringLiteral("event")).toString(),
                     d.value(QStringLiteral("state")).toString(), d.value(QStringLiteral("attempts")).toInt(),
                     d.value(QStringLiteral("status")).toInt(), d.value(QStringLiteral("latency_ms")).toInt(),
                     d.value(QStringLiteral("last_error")).toString(), isoTime(d.value(QStringLiteral("next_attempt"))),
                     isoTime(d.value(QStringLiteral("created_at"))), isoTime(d.value(QStringLiteral("delivered_at")))});
            }
            done(deliveries, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::hubSpotCompanies(QObject* context, const QString& id, Done<QList<HubSpotCompany>> done)
{
    call(
        m_session, context, "GET", hookPath(id, QStringLiteral("/hubspot-companies")), {},
        [done](const QJsonObject& o) {
            QList<HubSpotCompany> companies;
            for (const QJsonValue& value : o.value(QStringLiteral("companies")).toArray()) {
                const QJsonObject c = value.toObject();
                companies.append(
                    {c.value(QStringLiteral("company_id")).toString(),
                     c.value(QStringLiteral("company_name")).toString(),
                     c.value(QStringLiteral("hubspot_id")).toString(), c.value(QStringLiteral("matched_by")).toString(),
                     c.value(QStringLiteral("owner_id")).toString(), isoTime(c.value(QStringLiteral("first_at"))),
                     isoTime(c.value(QStringLiteral("updated_at")))});
            }
            done(companies, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::redeliverWebhook(QObject* context, const QString& id, const QString& deliveryId, Finished done)
{
    call(
        m_session, context, "POST",
        hookPath(id, QStringLiteral("/deliveries/") + QString::fromLatin1(QUrl::toPercentEncoding(deliveryId)) +
                         QStringLiteral("/redeliver")),
        {}, [done](const QJsonObject&) { done({}); }, done);
}

AdminClient::AdminClient(Session* session)
    : m_session(session)
{
}

AdminClient::DpaStatus AdminClient::parseDpaStatus(const QJsonObject& object)
{
    DpaStatus status;
    status.currentVersion = object.value(QStringLiteral("current_version")).toString();
    status.accepted = object.value(QStringLiteral("accepted")).toBool();
    const QJsonObject acceptance = object.value(QStringLiteral("acceptance")).toObject();
    status.acceptedVersion = acceptance.value(QStringLiteral("version")).toString();
    status.acceptedBy = acceptance.value(QStringLiteral("accepted_by")).toString();
    status.acceptedAt = isoTime(acceptance.value(QStringLiteral("accepted_at")));
    return status;
}

AdminClient::User AdminClient::parseUser(const QJsonObject& object)
{
    User user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.email = object.value(QStringLiteral("email")).toString();
    user.role = object.value(QStringLiteral("role")).toString();
    user.disabled = object.value(QStringLiteral("disabled")).toBool();
    user.enrolled = object.value(QStringLiteral("mfa_enrolled")).toBool();
    user.createdAt = isoTime(object.value(QStringLiteral("created_at")));
    return user;
}

void AdminClient::me(QObject* context, Done<Me> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/me"), {},
        [done](const QJsonObject& o) {
            Me me;
            const QJsonObject user = o.value(QStringLiteral("user")).toObject();
            me.userId = user.value(QStringLiteral("id")).toString();
            me.email = user.value(QStringLiteral("email")).toString();
            me.role = user.value(QStringLiteral("role")).toString();
            const QJsonObject org = o.value(QStringLiteral("organisation")).toObject();
            me.organisationId = org.value(QStringLiteral("id")).toString();
            me.organisationName = org.value(QStringLiteral("name")).toString();
            me.trackingMode = org.value(QStringLiteral("tracking_mode")).toString();
            me.retentionMonths = org.value(QStringLiteral("retention_months")).toInt(13);
            for (const QJsonValue& value : o.value(QStringLiteral("websites")).toArray()) {
                const QJsonObject site = value.toObject();
                const QDateTime lastHit =
                    QDateTime::fromString(site.value(QStringLiteral("last_hit_at")).toString(), Qt::ISODateWithMs);
                me.websites.append({site.value(QStringLiteral("id")).toString(),
                                    site.value(QStringLiteral("domain")).toString(),
                                    lastHit.isValid() ? lastHit.toMSecsSinceEpoch() : 0});
            }
            for (const QJsonValue& admin : o.value(QStringLiteral("admins")).toArray())
                me.admins << admin.toString();
            me.dpa = parseDpaStatus(o.value(QStringLiteral("dpa")).toObject());
            done(me, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::dpa(QObject* context, Done<Dpa> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/dpa?lang=") + QLocale().name().left(2), {},
        [done](const QJsonObject& o) {
            Dpa dpa{o.value(QStringLiteral("version")).toString(), o.value(QStringLiteral("text")).toString(),
                    o.value(QStringLiteral("translated_text")).toString(),
                    o.value(QStringLiteral("language")).toString(), parseDpaStatus(o)};
            if (dpa.version.isEmpty() || dpa.markdown.isEmpty()) {
                done({}, ApiFailure::protocolError(tr("The server sent no agreement text.")));
                return;
            }
            done(dpa, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::acceptDpa(QObject* context, const QString& version, Done<DpaStatus> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/dpa/accept"), {{QStringLiteral("version"), version}},
        [done](const QJsonObject& o) { done(parseDpaStatus(o), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::updateOrganisation(QObject* context, std::optional<QString> trackingMode,
                                     std::optional<int> retentionMonths, Finished done)
{
    QJsonObject body;
    if (trackingMode)
        body.insert(QStringLiteral("tracking_mode"), *trackingMode);
    if (retentionMonths)
        body.insert(QStringLiteral("retention_months"), *retentionMonths);
    call(
        m_session, context, "PATCH", QStringLiteral("/api/v1/organisation"), body,
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::addWebsite(QObject* context, const QString& domain, Done<Website> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/websites"), {{QStringLiteral("domain"), domain}},
        [done](const QJsonObject& o) {
            const QJsonObject site = o.value(QStringLiteral("website")).toObject();
            done({site.value(QStringLiteral("id")).toString(), site.value(QStringLiteral("domain")).toString()}, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::removeWebsite(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/websites/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::addSegment(QObject* context, const QString& name, const protocol::LeadFilter& filter,
                             const QString& sharing, Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/segments"),
        {{QStringLiteral("name"), name},
         {QStringLiteral("filter"), filter.toJsonObject()},
         {QStringLiteral("sharing"), sharing}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::changeSegment(QObject* context, const QString& id, const QJsonObject& change, Finished done)
{
    call(
        m_session, context, "PATCH",
        QStringLiteral("/api/v1/segments/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), change,
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::addRule(QObject* context, const QJsonObject& rule, Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/rules"), rule, [done](const QJsonObject&) { done({}); },
        done);
}

void AdminClient::changeRule(QObject* context, const QString& id, const QJsonObject& change, Finished done)
{
    call(
        m_session, context, "PATCH",
        QStringLiteral("/api/v1/rules/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), change,
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::removeRule(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/rules/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::addIgnored(QObject* context, const QJsonObject& entry, Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/ignored"), entry, [done](const QJsonObject&) { done({}); },
        done);
}

void AdminClient::reportMatch(QObject* context, const QJsonObject& report, Done<qint64> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/corrections"), report,
        [done](const QJsonObject& o) {
            done(o.value(QStringLiteral("correction")).toObject().value(QStringLiteral("relabelled")).toInteger(), {});
        },
        [done](const ApiFailure& failure) { done(0, failure); });
}

void AdminClient::withdrawMatchReport(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/corrections/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::searchRegister(QObject* context, const QString& text, Done<QList<RegisterCompany>> done)
{
    call(
        m_session, context, "GET",
        QStringLiteral("/api/v1/registry/companies?q=") + QString::fromLatin1(QUrl::toPercentEncoding(text)), {},
        [done](const QJsonObject& o) {
            QList<RegisterCompany> companies;
            for (const QJsonValue& value : o.value(QStringLiteral("companies")).toArray()) {
                const QJsonObject c = value.toObject();
                companies.append(
                    {c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("registry_number")).toString(),
                     c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("city")).toString()});
            }
            done(companies, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::olderVisits(QObject* context, const QString& companyId, qint64 beforeMs, const QString& beforeId,
                              Done<OlderVisits::Page> done)
{
    call(
        m_session, context, "GET", OlderVisits::path(companyId, beforeMs, beforeId, 50), {},
        [done, companyId](const QJsonObject& o) {
            OlderVisits::Page page;
            page.companyId = companyId;
            QString error;
            if (!OlderVisits::parse(o, &page, &error))
                done({}, ApiFailure::protocolError(error));
            else
                done(page, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::removeIgnored(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/ignored/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

namespace {
QString targetListPath(const QString& id, const char* tail = "")
{
    return QStringLiteral("/api/v1/target-lists/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
           QLatin1String(tail);
}
} // namespace

void AdminClient::createTargetList(QObject* context, const QString& name, Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/target-lists"), {{QStringLiteral("name"), name}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::removeTargetList(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE", targetListPath(id), {}, [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::addToTargetList(QObject* context, const QString& id, const QStringList& companyIds, Finished done)
{
    call(
        m_session, context, "POST", targetListPath(id, "/companies"),
        {{QStringLiteral("company_ids"), QJsonArray::fromStringList(companyIds)}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::removeFromTargetList(QObject* context, const QString& id, const QStringList& companyIds,
                                       Finished done)
{
    call(
        m_session, context, "DELETE", targetListPath(id, "/companies"),
        {{QStringLiteral("company_ids"), QJsonArray::fromStringList(companyIds)}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::importTargetList(QObject* context, const QString& id, const QStringList& rows, ImportDone done)
{
    call(
        m_session, context, "POST", targetListPath(id, "/import"),
        {{QStringLiteral("rows"), QJsonArray::fromStringList(rows)}},
        [done](const QJsonObject& report) { done(report, {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::removeSegment(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/segments/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::users(QObject* context, Done<QList<User>> done)
{
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/users"), {},
        [done](const QJsonObject& o) {
            QList<User> users;
            for (const QJsonValue& user : o.value(QStringLiteral("users")).toArray())
                users << parseUser(user.toObject());
            done(users, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::addUser(QObject* context, const QString& email, const QString& role,
                          std::function<void(const User&, const QString&, const ApiFailure&)> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/users"),
        {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}},
        [done](const QJsonObject& o) {
            done(parseUser(o.value(QStringLiteral("user")).toObject()),
                 o.value(QStringLiteral("one_time_password")).toString(), {});
        },
        [done](const ApiFailure& failure) { done({}, {}, failure); });
}

void AdminClient::updateUser(QObject* context, const QString& id, std::optional<QString> role,
                             std::optional<bool> disabled, Done<User> done)
{
    QJsonObject body;
    if (role)
        body.insert(QStringLiteral("role"), *role);
    if (disabled)
        body.insert(QStringLiteral("disabled"), *disabled);
    call(
        m_session, context, "PATCH",
        QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), body,
        [done](const QJsonObject& o) { done(parseUser(o.value(QStringLiteral("user")).toObject()), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::removeUser(QObject* context, const QString& id, Finished done)
{
    call(
        m_session, context, "DELETE",
        QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::audit(QObject* context, const AuditFilter& filter, Done<QList<AuditEntry>> done)
{
    QUrlQuery query;
    if (!filter.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), filter.action);
    if (!filter.userId.isEmpty())
        query.addQueryItem(QStringLiteral("user"), filter.userId);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toUTC().toString(Qt::ISODateWithMs));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));
    call(
        m_session, context, "GET", QStringLiteral("/api/v1/audit?") + query.toString(QUrl::FullyEncoded), {},
        [done](const QJsonObject& o) {
            QList<AuditEntry> entries;
            for (const QJsonValue& value : o.value(QStringLiteral("entries")).toArray()) {
                const QJsonObject entry = value.toObject();
                entries.append({entry.value(QStringLiteral("id")).toInteger(),
                                isoTime(entry.value(QStringLiteral("at"))),
                                entry.value(QStringLiteral("actor_email")).toString(),
                                entry.value(QStringLiteral("action")).toString(),
                                entry.value(QStringLiteral("detail")).toObject()});
            }
            done(entries, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::requestExportGrant(QObject* context, const QString& format, const QString& segment, qint64 rows,
                                     Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/exports"),
        {{QStringLiteral("format"), format},
         {QStringLiteral("segment"), segment.left(200)},
         {QStringLiteral("rows"), rows}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::deleteAccount(QObject* context, const QString& code, Finished done)
{
    call(
        m_session, context, "DELETE", QStringLiteral("/api/v1/account"), {{QStringLiteral("code"), code}},
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::changePassword(QObject* context, protocol::SecretBytes current, protocol::SecretBytes next,
                                 const QString& code, Finished done)
{
    QJsonObject body{{QStringLiteral("current_password"), QString::fromUtf8(current.bytes())},
                     {QStringLiteral("new_password"), QString::fromUtf8(next.bytes())}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    current.clear();
    next.clear();
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/account/password"), body,
        [done](const QJsonObject&) { done({}); }, done);
}

void AdminClient::newRecoveryCodes(QObject* context, const QString& code, Done<QStringList> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/account/recovery-codes"), {{QStringLiteral("code"), code}},
        [done](const QJsonObject& answer) {
            QStringList codes;
            for (const QJsonValue& value : answer.value(QStringLiteral("recovery_codes")).toArray())
                codes << value.toString();
            done(codes, {});
        },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::resetPassword(QObject* context, const QString& userId, const QString& code, Done<QString> done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/users/%1/reset-password").arg(userId),
        {{QStringLiteral("code"), code}},
        [done](const QJsonObject& answer) { done(answer.value(QStringLiteral("one_time_password")).toString(), {}); },
        [done](const ApiFailure& failure) { done({}, failure); });
}

void AdminClient::resetSecondFactor(QObject* context, const QString& userId, const QString& code, Finished done)
{
    call(
        m_session, context, "POST", QStringLiteral("/api/v1/users/%1/reset-mfa").arg(userId),
        {{QStringLiteral("code"), code}}, [done](const QJsonObject&) { done({}); }, done);
}

QString AdminClient::roleLabel(const QString& role)
{
    const std::optional<protocol::Role> known = protocol::roleFromName(role);
    if (!known)
        return role;
    switch (*known) {
    case protocol::Role::Sales:
        return tr("Sales");
    case protocol::Role::Manager:
        return tr("Manager");
    case protocol::Role::Admin:
        return tr("Admin");
    }
    return role;
}

QString AdminClient::trackingModeLabel(const QString& mode)
{
    if (mode == QLatin1String("consent"))
        return tr("Only after consent");
    if (mode == QLatin1String("legitimate-interest"))
        return tr("Legitimate interest");
    return mode;
}

QStringList AdminClient::auditActions()
{
    return {QStringLiteral("login"),
            QStringLiteral("login_failed"),
            QStringLiteral("account_locked"),
            QStringLiteral("logout"),
            QStringLiteral("unlock"),
            QStringLiteral("mfa_enrolled"),
            QStringLiteral("dpa_accepted"),
            QStringLiteral("export"),
            QStringLiteral("user_added"),
            QStringLiteral("user_changed"),
            QStringLiteral("user_deleted"),
            QStringLiteral("account_deleted"),
            QStringLiteral("website_added"),
            QStringLiteral("website_removed"),
            QStringLiteral("organisation_changed"),
            QStringLiteral("refresh_token_reused"),
            QStringLiteral("suspicious_activity"),
            QStringLiteral("session_locked"),
            QStringLiteral("password_changed"),
            QStringLiteral("password_reset"),
            QStringLiteral("mfa_reset"),
            QStringLiteral("recovery_code_used"),
            QStringLiteral("full_sync"),
            QStringLiteral("sync_limited"),
            QStringLiteral("add_refused"),
            QStringLiteral("rule_created"),
            QStringLiteral("rule_changed"),
            QStringLiteral("rule_deleted"),
            QStringLiteral("company_hidden"),
            QStringLiteral("company_shown"),
            QStringLiteral("target_list_imported"),
            QStringLiteral("alert_preferences_changed"),
            QStringLiteral("mail_retried"),
            QStringLiteral("webhook_added"),
            QStringLiteral("webhook_changed"),
            QStringLiteral("webhook_removed"),
            QStringLiteral("webhook_secret_rotated"),
            QStringLiteral("webhook_paused"),
            QStringLiteral("webhook_resumed"),
            QStringLiteral("webhook_redelivered"),
            QStringLiteral("webhook_code_failed"),
            QStringLiteral("api_token_created"),
            QStringLiteral("api_token_revoked"),
            QStringLiteral("api_token_code_failed")};
}

QString AdminClient::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("login_password_ok"), QT_TR_NOOP("Password accepted")},
        {QStringLiteral("mfa_replay"), QT_TR_NOOP("Reused 2FA code refused")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("Account locked after failed sign-ins")},
        {QStringLiteral("logout"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Unlocked")},
        {QStringLiteral("mfa_enrolled"), QT_TR_NOOP("Set up two-factor authentication")},
        {QStringLiteral("dpa_accepted"), QT_TR_NOOP("Accepted the DPA")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported leads")},
        {QStringLiteral("user_added"), QT_TR_NOOP("Added a user")},
        {QStringLiteral("user_changed"), QT_TR_NOOP("Changed a user")},
        {QStringLiteral("user_deleted"), QT_TR_NOOP("Removed a user")},
        {QStringLiteral("account_deleted"), QT_TR_NOOP("Deleted own account")},
        {QStringLiteral("website_added"), QT_TR_NOOP("Added a website")},
        {QStringLiteral("website_removed"), QT_TR_NOOP("Removed a website")},
        {QStringLiteral("organisation_changed"), QT_TR_NOOP("Changed tracking settings")},
        {QStringLiteral("refresh_token_reused"), QT_TR_NOOP("Stolen session detected and ended")},
        {QStringLiteral("refresh_token_reuse"), QT_TR_NOOP("Stolen session detected and ended")},
        {QStringLiteral("suspicious_activity"), QT_TR_NOOP("Burst of failed sign-ins (possible attack)")},
        {QStringLiteral("mfa_failed"), QT_TR_NOOP("Wrong 2FA code")},
        {QStringLiteral("unlock_failed"), QT_TR_NOOP("Failed unlock")},
        {QStringLiteral("session_locked"), QT_TR_NOOP("Locked (idle)")},
        {QStringLiteral("account_delete_failed"), QT_TR_NOOP("Wrong code to delete an account")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("Changed own password")},
        {QStringLiteral("password_change_failed"), QT_TR_NOOP("Failed password change")},
        {QStringLiteral("password_reset"), QT_TR_NOOP("Gave a user a one-time password")},
        {QStringLiteral("mfa_reset"), QT_TR_NOOP("Reset a user's two-factor authentication")},
        {QStringLiteral("admin_reset_failed"), QT_TR_NOOP("Wrong code for a reset")},
        {QStringLiteral("recovery_code_used"), QT_TR_NOOP("Signed in with a recovery code")},
        {QStringLiteral("recovery_codes_regenerated"), QT_TR_NOOP("Made new recovery codes")},
        {QStringLiteral("recovery_codes_failed"), QT_TR_NOOP("Wrong code for new recovery codes")},
        {QStringLiteral("full_sync"), QT_TR_NOOP("Downloaded all leads (full sync)")},
        {QStringLiteral("sync_limited"), QT_TR_NOOP("Stopped: too many full downloads today")},
        {QStringLiteral("add_refused"), QT_TR_NOOP("Refused: address or domain cannot be added")},
        {QStringLiteral("rule_created"), QT_TR_NOOP("Created a rule")},
        {QStringLiteral("rule_changed"), QT_TR_NOOP("Changed a rule")},
        {QStringLiteral("rule_deleted"), QT_TR_NOOP("Deleted a rule")},
        {QStringLiteral("segment_created"), QT_TR_NOOP("Saved a segment")},
        {QStringLiteral("segment_changed"), QT_TR_NOOP("Changed a segment")},
        {QStringLiteral("segment_shared"), QT_TR_NOOP("Shared a segment")},
        {QStringLiteral("segment_deleted"), QT_TR_NOOP("Deleted a segment")},
        {QStringLiteral("company_hidden"), QT_TR_NOOP("Hid a company or industry")},
        {QStringLiteral("company_shown"), QT_TR_NOOP("Showed a hidden company again")},
        {QStringLiteral("target_list_created"), QT_TR_NOOP("Created a target list")},
        {QStringLiteral("target_list_changed"), QT_TR_NOOP("Changed a target list")},
        {QStringLiteral("target_list_deleted"), QT_TR_NOOP("Deleted a target list")},
        {QStringLiteral("target_list_imported"), QT_TR_NOOP("Imported into a target list")},
        {QStringLiteral("alert_preferences_changed"), QT_TR_NOOP("Changed own e-mail alerts")},
        {QStringLiteral("mail_retried"), QT_TR_NOOP("Sent a failed e-mail again")},
        {QStringLiteral("webhook_added"), QT_TR_NOOP("Added a webhook")},
        {QStringLiteral("webhook_changed"), QT_TR_NOOP("Changed a webhook")},
        {QStringLiteral("webhook_removed"), QT_TR_NOOP("Removed a webhook")},
        {QStringLiteral("webhook_secret_rotated"), QT_TR_NOOP("Gave a webhook a new secret")},
        {QStringLiteral("webhook_paused"), QT_TR_NOOP("Paused a webhook")},
        {QStringLiteral("webhook_resumed"), QT_TR_NOOP("Resumed a webhook")},
        {QStringLiteral("webhook_redelivered"), QT_TR_NOOP("Sent a webhook delivery again")},
        {QStringLiteral("webhook_code_failed"), QT_TR_NOOP("Wrong code for a webhook change")},
        {QStringLiteral("api_token_created"), QT_TR_NOOP("Created an API token")},
        {QStringLiteral("api_token_revoked"), QT_TR_NOOP("Revoked an API token")},
        {QStringLiteral("api_token_code_failed"), QT_TR_NOOP("Wrong code for a new API token")},
    };
    const auto it = labels.constFind(action);
    return it != labels.cend() ? tr(it.value()) : action;
}

} // namespace leadscope::core
