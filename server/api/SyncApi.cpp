#include "server/api/SyncApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/Annotations.h"
#include "server/domain/Audit.h"
#include "server/domain/ChangeLog.h"
#include "server/domain/DpaAcceptances.h"
#include "server/domain/DpaRegistry.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"
#include "server/tracking/VisitRecorder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace leadscope::server {

namespace {
// A time in a query: a day (YYYY-MM-DD, its start in UTC) or an ISO 8601 time
// with its offset, as the server writes them ("2026-05-04T09:15:00.000Z").
std::optional<qint64> timeParameter(const QString& text)
{
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

HttpResponse badLimit(int most)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               QStringLiteral("\"limit\" must be a number from 1 to %1.").arg(most));
}
} // namespace

SyncApi::SyncApi(const ServerContext& context)
    : m_context(context)
{
}

void SyncApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/sync"),
               [this](const HttpRequest& r, const QStringList&) { return sync(r); });
    router.add("GET", QStringLiteral("/api/v1/companies/{id}/visits"),
               [this](const HttpRequest& r, const QStringList& args) { return olderVisits(r, args.value(0)); });
    router.add("PUT", QStringLiteral("/api/v1/companies/{id}/annotation"),
               [this](const HttpRequest& r, const QStringList& args) { return putAnnotation(r, args.value(0)); });
}

HttpResponse SyncApi::sync(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    qint64 afterSeq = 0;
    if (!ChangeLog::decodeCursor(request.query.queryItemValue(QStringLiteral("cursor")), &afterSeq))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"cursor\" is not a cursor this server handed out."));
    ChangeLog::Reading reading;
    const std::optional<int> limit = ServerContext::limitOf(request, kDefaultLimit, kMaxLimit);
    if (!limit)
        return badLimit(kMaxLimit);
    reading.limit = *limit;
    if (request.query.hasQueryItem(QStringLiteral("max_bytes"))) {
        bool ok = false;
        reading.maxBytes = request.query.queryItemValue(QStringLiteral("max_bytes")).toLongLong(&ok);
        if (!ok || reading.maxBytes < kMinPageBytes || reading.maxBytes > kMaxPageBytes)
            return HttpResponse::error(
                400, QStringLiteral("invalid_request"),
                QStringLiteral("\"max_bytes\" must be a number from %1 to %2.").arg(kMinPageBytes).arg(kMaxPageBytes));
    }
    if (request.query.hasQueryItem(QStringLiteral("since"))) {
        const std::optional<qint64> since = timeParameter(request.query.queryItemValue(QStringLiteral("since")));
        if (!since || *since <= 0)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"since\" must be a day (YYYY-MM-DD)."));
        reading.sinceMs = *since;
    }
    const QStringList with = request.query.queryItemValue(QStringLiteral("with")).split(u',');
    reading.withActivity = with.contains(QLatin1String("activity"));
    reading.withFirings = with.contains(QLatin1String("rule_firings"));
    ChangeLog::Page page;
    bool expired = false;
    QString error;
    if (!ChangeLog::read(m_context.store.connection(), auth.orgId, afterSeq, reading, &page, &expired, &error))
        return ServerContext::storeError("reading the change log", error);
    if (expired)
        return HttpResponse::error(410, QStringLiteral("cursor_expired"),
                                   QStringLiteral("This cursor is older than the change log; sync again from the "
                                                  "start."));
    // About how many changes follow this page, for the client's progress:
    // the sequence numbers still ahead, thinned as densely as this page was
    // (compaction leaves gaps). One primary-key lookup.
    qint64 latest = 0;
    bool found = false;
    if (!ChangeLog::latestSeq(m_context.store.connection(), auth.orgId, &latest, &found, &error))
        return ServerContext::storeError("finding the latest change", error);
    if (auto refused = limitVolume(auth, afterSeq, latest, page.count))
        return *refused;
    qint64 remaining = 0;
    if (page.hasMore) {
        const qint64 ahead = found ? latest - page.lastSeq : 0;
        const qint64 span = std::max<qint64>(1, page.lastSeq - afterSeq);
        remaining = std::max<qint64>(0, ahead * page.count / std::max<qint64>(span, page.count));
    }
    QByteArray body;
    body.reserve(page.changesJson.size() + 120);
    body.append("{\"changes\":").append(page.changesJson);
    body.append(",\"cursor\":\"").append(ChangeLog::encodeCursor(page.lastSeq).toLatin1());
    body.append("\",\"remaining\":").append(QByteArray::number(remaining));
    body.append(",\"has_more\":").append(page.hasMore ? "true" : "false").append('}');
    HttpResponse response = HttpResponse::json(200, body);
    // The next page's cursor up front, so that a client can ask for it while it stores this one.
    if (page.hasMore)
        response.setHeader("Leadscope-Next-Cursor", ChangeLog::encodeCursor(page.lastSeq).toLatin1());
    return response;
}

std::optional<HttpResponse> SyncApi::limitVolume(const AuthContext& auth, qint64 afterSeq, qint64 latestSeq,
                                                 qint64 pageChanges) const
{
    QSqlDatabase db = m_context.store.connection();
    const qint64 now = m_context.clock.nowMs();
    QString error;
    // Every download from the start is in the audit log, with its size.
    if (afterSeq == 0)
        Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("full_sync"),
                      QJsonObject{{QStringLiteral("changes"), latestSeq}}, &error);
    // Only sales accounts are limited, and only pages with changes count:
    // the empty polls of every client every few minutes write nothing.
    if (auth.role != protocol::Role::Sales || pageChanges == 0)
        return std::nullopt;
    qint64 windowTotal = 0;
    if (!m_context.accounts.addSyncedChanges(auth.userId, now, pageChanges, &windowTotal, &error))
        return ServerContext::storeError("counting a sync page", error);
    const qint64 budget = kFullCopiesPerDay * latestSeq + kSyncSlackChanges;
    if (windowTotal <= budget)
        return std::nullopt;
    // Audited once, when the budget is first crossed.
    if (windowTotal - pageChanges <= budget)
        Audit::record(db, now, auth.orgId, {auth.userId, auth.email}, QStringLiteral("sync_limited"),
                      QJsonObject{{QStringLiteral("changes_today"), windowTotal - pageChanges}}, &error);
    return HttpResponse::tooManyRequests(
        QStringLiteral("sync_limited"),
        QStringLiteral("You downloaded all leads %1 times today, the most a sales account may. Syncing works again "
                       "tomorrow; an admin can see this in the audit log.")
            .arg(kFullCopiesPerDay),
        3600);
}

std::optional<HttpResponse> SyncApi::admitForCompany(const HttpRequest& request, const QString& companyId,
                                                     AuthContext* auth) const
{
    if (auto refused = m_context.admit(request, protocol::Role::Sales, auth))
        return refused;
    if (!ChangeLog::isValidId(companyId))
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("That is not a company id."));
    return std::nullopt;
}

HttpResponse SyncApi::olderVisits(const HttpRequest& request, const QString& companyId)
{
    AuthContext auth;
    if (auto refused = admitForCompany(request, companyId, &auth))
        return *refused;
    const std::optional<qint64> before = timeParameter(request.query.queryItemValue(QStringLiteral("before")));
    const QString beforeId = request.query.queryItemValue(QStringLiteral("before_id"));
    if (!before || (!beforeId.isEmpty() && !ChangeLog::isValidId(beforeId)))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"before\" must be a day (YYYY-MM-DD) or an ISO 8601 time, "
                                                  "\"before_id\" a visit id."));
    const std::optional<int> limit = ServerContext::limitOf(request, kDefaultVisits, kMaxVisits);
    if (!limit)
        return badLimit(kMaxVisits);
    QJsonArray visits;
    bool more = false;
    QString error;
    if (!VisitRecorder::visitsBefore(m_context.store.connection(), auth.orgId, companyId, *before, beforeId, *limit,
                                     &visits, &more, &error))
        return ServerContext::storeError("reading older visits", error);
    QJsonObject body{{QStringLiteral("visits"), visits}, {QStringLiteral("has_more"), more}};
    if (more) {
        const QJsonObject last = visits.last().toObject();
        body.insert(QStringLiteral("next"),
                    QJsonObject{{QStringLiteral("before"), last.value(QStringLiteral("started_at"))},
                                {QStringLiteral("before_id"), last.value(QStringLiteral("id"))}});
    }
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse SyncApi::putAnnotation(const HttpRequest& request, const QString& companyId)
{
    AuthContext auth;
    if (auto refused = admitForCompany(request, companyId, &auth))
        return *refused;
    JsonBody body(request);
    const QStringList tags = body.optionalStringList(QStringLiteral("tags"), 50, 64).value_or(QStringList());
    const QString note = body.optionalString(QStringLiteral("note"), 10'000).value_or(QString());
    const QString status = body.optionalString(QStringLiteral("status"), 32).value_or(QStringLiteral("new"));
    const std::optional<QString> assignee = body.optionalString(QStringLiteral("assignee"), 64);
    if (!body.ok())
        return body.errorResponse();
    if (!Annotations::statuses().contains(status))
        return HttpResponse::error(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("\"status\" must be one of: %1.").arg(Annotations::statuses().join(QStringLiteral(", "))));

    QString error;
    if (assignee && !assignee->isEmpty()) {
        bool member = false;
        if (!m_context.accounts.isMember(auth.orgId, *assignee, &member, &error))
            return ServerContext::storeError("looking up an assignee", error);
        if (!member)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"assignee\" is not a user of your organisation."));
    }
    const qint64 now = m_context.clock.nowMs();
    const Annotations::Annotation stored{companyId, tags, note, status, assignee.value_or(QString())};
    const QByteArray payload = Annotations::payload(stored, now, auth.userId);
    if (!Annotations::put(m_context.store.connection(), now, auth.orgId, auth.userId, stored, payload, &error))
        return ServerContext::storeError("storing an annotation", error);
    return HttpResponse::json(200, payload);
}

} // namespace leadscope::server
