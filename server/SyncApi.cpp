#include "SyncApi.h"

#include "Audit.h"
#include "ChangeLog.h"
#include "Clock.h"
#include "DpaRegistry.h"
#include "JsonBody.h"
#include "Router.h"
#include "ServerContext.h"
#include "Sql.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace leadscope::server {

SyncApi::SyncApi(const ServerContext& context)
    : m_context(context)
{
}

const QStringList& SyncApi::statuses()
{
    static const QStringList values{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                                    QStringLiteral("customer"), QStringLiteral("not_interested")};
    return values;
}

void SyncApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/sync"),
               [this](const HttpRequest& r, const QStringList&) { return sync(r); });
    router.add("PUT", QStringLiteral("/api/v1/companies/{id}/annotation"),
               [this](const HttpRequest& r, const QStringList& args) { return putAnnotation(r, args.value(0)); });
}

std::optional<HttpResponse> SyncApi::requireDpa(const QString& orgId) const
{
    QVariantList row;
    bool found = false;
    QString error;
    if (!Sql::fetchOne(m_context.store.connection(),
                       QStringLiteral("SELECT 1 FROM dpa_acceptances WHERE org_id = ? AND version = ?"),
                       {orgId, m_context.dpa.current().version}, &row, &found, &error))
        return ServerContext::storeError();
    if (found)
        return std::nullopt;
    return HttpResponse::error(451, QStringLiteral("dpa_required"),
                               QStringLiteral("An admin of your organisation must accept the Data Processing "
                                              "Agreement (version %1) before visit data is shown.")
                                   .arg(m_context.dpa.current().version));
}

HttpResponse SyncApi::sync(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, Role::Sales, &auth))
        return *refused;
    if (auto refused = requireDpa(auth.orgId))
        return *refused;
    qint64 afterSeq = 0;
    if (!ChangeLog::decodeCursor(request.query.queryItemValue(QStringLiteral("cursor")), &afterSeq))
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"cursor\" is not a cursor this server handed out."));
    int limit = kDefaultLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"limit\" must be a number from 1 to %1.").arg(kMaxLimit));
    }
    ChangeLog::Page page;
    bool expired = false;
    QString error;
    if (!ChangeLog::read(m_context.store.connection(), auth.orgId, afterSeq, limit, &page, &expired, &error))
        return ServerContext::storeError();
    if (expired)
        return HttpResponse::error(410, QStringLiteral("cursor_expired"),
                                   QStringLiteral("This cursor is older than the change log; sync again from the "
                                                  "start."));
    // About how many changes follow this page, for the client's progress:
    // the sequence numbers still ahead, thinned as densely as this page was
    // (compaction leaves gaps). One primary-key lookup.
    qint64 remaining = 0;
    if (page.hasMore) {
        QVariantList latest;
        bool found = false;
        if (!Sql::fetchOne(m_context.store.connection(),
                           QStringLiteral("SELECT max(seq) FROM changes WHERE org_id = ?"), {auth.orgId}, &latest,
                           &found, &error))
            return ServerContext::storeError();
        const qint64 ahead = found ? latest[0].toLongLong() - page.lastSeq : 0;
        const qint64 span = std::max<qint64>(1, page.lastSeq - afterSeq);
        remaining = std::max<qint64>(0, ahead * page.count / std::max<qint64>(span, page.count));
    }
    QByteArray body;
    body.reserve(page.changesJson.size() + 120);
    body.append("{\"changes\":").append(page.changesJson);
    body.append(",\"cursor\":\"").append(ChangeLog::encodeCursor(page.lastSeq).toLatin1());
    body.append("\",\"remaining\":").append(QByteArray::number(remaining));
    body.append(",\"has_more\":").append(page.hasMore ? "true" : "false").append('}');
    return HttpResponse::json(200, body);
}

HttpResponse SyncApi::putAnnotation(const HttpRequest& request, const QString& companyId)
{
    AuthContext auth;
    if (auto refused = m_context.authorize(request, Role::Sales, &auth))
        return *refused;
    if (auto refused = requireDpa(auth.orgId))
        return *refused;
    if (!ChangeLog::isValidId(companyId))
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("That is not a company id."));
    JsonBody body(request);
    const QStringList tags = body.optionalStringList(QStringLiteral("tags"), 50, 64).value_or(QStringList());
    const QString note = body.optionalString(QStringLiteral("note"), 10'000).value_or(QString());
    const QString status = body.optionalString(QStringLiteral("status"), 32).value_or(QStringLiteral("new"));
    const std::optional<QString> assignee = body.optionalString(QStringLiteral("assignee"), 64);
    if (!body.ok())
        return body.errorResponse();
    if (!statuses().contains(status))
        return HttpResponse::error(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("\"status\" must be one of: %1.").arg(statuses().join(QStringLiteral(", "))));

    QSqlDatabase db = m_context.store.connection();
    QString error;
    if (assignee && !assignee->isEmpty()) {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM users WHERE id = ? AND org_id = ?"),
                           {*assignee, auth.orgId}, &row, &found, &error))
            return ServerContext::storeError();
        if (!found)
            return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"assignee\" is not a user of your organisation."));
    }
    const qint64 now = m_context.clock.nowMs();
    const QString updatedAt = Clock::iso(now);
    const QJsonObject annotation{
        {QStringLiteral("company_id"), companyId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("note"), note},
        {QStringLiteral("status"), status},
        {QStringLiteral("assignee"), assignee && !assignee->isEmpty() ? QJsonValue(*assignee) : QJsonValue()},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("updated_by"), auth.userId},
    };
    const QByteArray payload = QJsonDocument(annotation).toJson(QJsonDocument::Compact);
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    // Last writer wins, by the server's clock.
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO annotations (org_id, company_id, tags, note, status, assignee, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, company_id) DO "
                           "UPDATE SET tags = excluded.tags, note = excluded.note, status = excluded.status, "
                           "assignee = excluded.assignee, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"),
            {auth.orgId, companyId,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact)), note,
             status, assignee && !assignee->isEmpty() ? QVariant(*assignee) : QVariant(), now, auth.userId},
            &error) ||
        !ChangeLog::append(db, auth.orgId, {{ChangeLog::Entity::Annotation, ChangeLog::Op::Upsert, companyId, payload}},
                           now, &error) ||
        !transaction.commit(&error))
        return ServerContext::storeError();
    return HttpResponse::json(200, payload);
}

} // namespace leadscope::server
