#include "server/api/ReadApi.h"

#include "server/api/ServerContext.h"
#include "server/api/SignInAttempt.h"
#include "server/base/Clock.h"
#include "server/domain/LeadRecords.h"
#include "server/domain/Segments.h"
#include "server/http/Router.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadscope::server {

namespace {

HttpResponse badLimit(int most)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               QStringLiteral("limit: a whole number from 1 to %1").arg(most));
}

// Cursors are opaque to callers: base64url of what the server continues from.
QString cursor(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> fromCursor(const QString& cursorText)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursorText.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

HttpResponse badCursor(const char* name)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"),
                               QStringLiteral("%1: not a cursor this API gave out").arg(QLatin1String(name)));
}

} // namespace

ReadApi::ReadApi(const ServerContext& context)
    : m_context(context)
{
}

void ReadApi::registerRoutes(Router& router)
{
    const QString base = QStringLiteral("/api/v1/read");
    router.add("GET", base + QStringLiteral("/companies"),
               [this](const HttpRequest& r, const QStringList&) { return companies(r); });
    router.add("GET", base + QStringLiteral("/companies/{id}"),
               [this](const HttpRequest& r, const QStringList& a) { return company(r, a.value(0)); });
    router.add("GET", base + QStringLiteral("/companies/{id}/visits"),
               [this](const HttpRequest& r, const QStringList& a) { return visits(r, a.value(0)); });
    router.add("GET", base + QStringLiteral("/segments"),
               [this](const HttpRequest& r, const QStringList&) { return segments(r); });
    router.add("GET", base + QStringLiteral("/segments/{id}/companies"),
               [this](const HttpRequest& r, const QStringList& a) { return segmentCompanies(r, a.value(0)); });
}

std::optional<HttpResponse> ReadApi::admit(const HttpRequest& request, const QString& scope, ApiTokens::Token* token)
{
    if (auto limited = SignInAttempt::sourceLimited(m_context, request))
        return limited;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ")) {
        HttpResponse response = HttpResponse::error(
            401, QStringLiteral("unauthenticated"),
            QStringLiteral("Send an API token of your organisation (Authorization: Bearer lst_…)."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    QString presented = QString::fromLatin1(header.mid(7).trimmed());
    bool valid = false;
    QString error;
    const qint64 now = m_context.clock.nowMs();
    const bool read = ApiTokens::authenticate(m_context.store.connection(), now, presented, token, &valid, &error);
    protocol::Crypto::wipe(presented);
    if (!read)
        return ServerContext::storeError("API token lookup", error);
    if (!valid) {
        SignInAttempt::countSourceFailure(m_context, request);
        HttpResponse response = HttpResponse::error(401, QStringLiteral("invalid_token"),
                                                    QStringLiteral("The API token is unknown, revoked or expired."));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    if (!token->scopes.contains(scope))
        return HttpResponse::error(
            403, QStringLiteral("insufficient_scope"),
            QStringLiteral("This API token may not read %1; an admin can create one that may.").arg(scope));
    if (auto refused = m_context.requireDpa(token->orgId))
        return refused;
    const QByteArray key = token->id.toUtf8();
    if (const int wait = m_perToken.retryAfterSeconds(key, now); wait > 0)
        return HttpResponse::tooManyRequests(QStringLiteral("rate_limited"),
                                             QStringLiteral("This API token made %1 requests in a minute, the most it "
                                                            "may; wait a little.")
                                                 .arg(kPerMinute),
                                             wait);
    m_perToken.record(key, now);
    return std::nullopt;
}

bool ReadApi::sharedSegments(const QString& orgId, QList<Segments::Segment>* shared) const
{
    // As nobody in particular sees them: a personal segment is not the organisation's.
    QList<Segments::Segment> visible;
    QString error;
    if (!Segments::visible(m_context.store.connection(), {orgId, QString(), false}, &visible, &error))
        return false;
    shared->clear();
    for (const Segments::Segment& segment : std::as_const(visible)) {
        if (segment.sharing != Segments::Sharing::Private)
            shared->append(segment);
    }
    return true;
}

HttpResponse ReadApi::companyPage(const HttpRequest& request, const QString& orgId,
                                  const std::optional<protocol::LeadFilter>& filter)
{
    const std::optional<int> limit = ServerContext::limitOf(request, 100, kMaxCompanies);
    if (!limit)
        return badLimit(kMaxCompanies);
    QString after;
    if (request.query.hasQueryItem(QStringLiteral("after"))) {
        const std::optional<QString> decoded = fromCursor(request.query.queryItemValue(QStringLiteral("after")));
        if (!decoded)
            return badCursor("after");
        after = *decoded;
    }
    QJsonArray page;
    QString next;
    QString error;
    if (!LeadRecords::companies(m_context.store.connection(), orgId, m_context.clock.nowMs(), filter, after, *limit,
                                &page, &next, &error))
        return ServerContext::storeError();
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{{QStringLiteral("companies"), page},
                                  {QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(cursor(next))}}));
}

HttpResponse ReadApi::companies(const HttpRequest& request)
{
    ApiTokens::Token token;
    if (auto refused = admit(request, QStringLiteral("leads"), &token))
        return *refused;
    std::optional<protocol::LeadFilter> filter;
    if (request.query.hasQueryItem(QStringLiteral("filter"))) {
        QJsonParseError parse{};
        const QJsonDocument json = QJsonDocument::fromJson(
            request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).toUtf8(), &parse);
        QString why;
        if (parse.error == QJsonParseError::NoError && json.isObject())
            filter = protocol::LeadFilter::parse(json.object(), &why);
        if (!filter)
            return HttpResponse::error(400, QStringLiteral("invalid_filter"),
                                       QStringLiteral("filter: %1")
                                           .arg(why.isEmpty() ? QStringLiteral("not a JSON "
                                                                               "filter object")
                                                              : why));
    }
    return companyPage(request, token.orgId, filter);
}

HttpResponse ReadApi::company(const HttpRequest& request, const QString& id)
{
    ApiTokens::Token token;
    if (auto refused = admit(request, QStringLiteral("leads"), &token))
        return *refused;
    QJsonObject company;
    bool found = false;
    QString error;
    if (!LeadRecords::company(m_context.store.connection(), token.orgId, id, &company, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("Your organisation has no visits from a company with that id."));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("company"), company}}));
}

HttpResponse ReadApi::visits(const HttpRequest& request, const QString& companyId)
{
    ApiTokens::Token token;
    if (auto refused = admit(request, QStringLiteral("visits"), &token))
        return *refused;
    const std::optional<int> limit = ServerContext::limitOf(request, 50, kMaxVisits);
    if (!limit)
        return badLimit(kMaxVisits);
    qint64 beforeMs = 0;
    QString beforeId;
    if (request.query.hasQueryItem(QStringLiteral("before"))) {
        const std::optional<QString> decoded = fromCursor(request.query.queryItemValue(QStringLiteral("before")));
        bool ok = false;
        if (decoded)
            beforeMs = decoded->section(u'|', 0, 0).toLongLong(&ok);
        if (!ok || beforeMs <= 0)
            return badCursor("before");
        beforeId = decoded->section(u'|', 1);
    }
    QSqlDatabase db = m_context.store.connection();
    QJsonObject company;
    bool found = false;
    QString error;
    if (!LeadRecords::company(db, token.orgId, companyId, &company, &found, &error))
        return ServerContext::storeError();
    if (!found)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("Your organisation has no visits from a company with that id."));
    QList<LeadRecords::Visit> list;
    if (!LeadRecords::visitsOfCompany(db, token.orgId, companyId, beforeMs, beforeId, *limit, &list, &error))
        return ServerContext::storeError();
    QJsonArray out;
    for (const LeadRecords::Visit& v : std::as_const(list))
        out.append(LeadRecords::visitJson(v));
    const QJsonValue next = list.size() < *limit
                                ? QJsonValue()
                                : QJsonValue(cursor(QString::number(list.last().startedAt) + u'|' + list.last().id));
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("visits"), out}, {QStringLiteral("next"), next}}));
}

HttpResponse ReadApi::segments(const HttpRequest& request)
{
    ApiTokens::Token token;
    if (auto refused = admit(request, QStringLiteral("segments"), &token))
        return *refused;
    QList<Segments::Segment> shared;
    if (!sharedSegments(token.orgId, &shared))
        return ServerContext::storeError();
    QJsonArray out;
    for (const Segments::Segment& segment : std::as_const(shared)) {
        out.append(QJsonObject{{QStringLiteral("id"), segment.id},
                               {QStringLiteral("name"), segment.name},
                               {QStringLiteral("filter"), segment.filter.toJsonObject()},
                               {QStringLiteral("updated_at"), Clock::iso(segment.updatedAt)}});
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("segments"), out}}));
}

HttpResponse ReadApi::segmentCompanies(const HttpRequest& request, const QString& segmentId)
{
    ApiTokens::Token token;
    if (auto refused = admit(request, QStringLiteral("segments"), &token))
        return *refused;
    QList<Segments::Segment> shared;
    if (!sharedSegments(token.orgId, &shared))
        return ServerContext::storeError();
    for (const Segments::Segment& segment : std::as_const(shared)) {
        if (segment.id == segmentId)
            return companyPage(request, token.orgId, segment.filter);
    }
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("Your organisation has no shared segment with that id."));
}

} // namespace leadscope::server
