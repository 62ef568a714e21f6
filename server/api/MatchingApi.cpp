#include "server/api/MatchingApi.h"

#include "server/api/ServerContext.h"
#include "server/base/Clock.h"
#include "server/domain/MatchCorrections.h"
#include "server/domain/TrafficCounts.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/Store.h"
#include "server/tracking/MatchProvenance.h"
#include "server/tracking/RegistryMatcher.h"
#include "server/tracking/VisitRecorder.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace leadscope::server {

namespace {

QJsonObject toJson(const MatchCorrections::Report& r)
{
    const auto nullable = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reported_company_id"), r.reportedCompanyId},
            {QStringLiteral("reported_company_name"), r.reportedCompanyName},
            {QStringLiteral("verdict"), r.verdict},
            {QStringLiteral("company_id"), nullable(r.companyId)},
            {QStringLiteral("company_name"), nullable(r.companyName)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("relabelled"), r.relabelled},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("resolution"), r.resolution},
            {QStringLiteral("resolved_at"), r.resolvedAt > 0 ? QJsonValue(Clock::iso(r.resolvedAt)) : QJsonValue()},
            {QStringLiteral("by"),
             QJsonObject{{QStringLiteral("id"), r.createdBy}, {QStringLiteral("email"), nullable(r.createdByEmail)}}},
            {QStringLiteral("at"), Clock::iso(r.createdAt)}};
}

std::optional<QString> dayParameter(const HttpRequest& request, const QString& name, const QString& fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const QString text = request.query.queryItemValue(name);
    if (!QDate::fromString(text, Qt::ISODate).isValid() || text.size() != 10)
        return std::nullopt;
    return text;
}

} // namespace

MatchingApi::MatchingApi(const ServerContext& context, const RegistryMatcher& matcher)
    : m_context(context)
    , m_matcher(matcher)
{
}

void MatchingApi::registerRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/traffic"),
               [this](const HttpRequest& r, const QStringList&) { return traffic(r); });
    router.add("GET", QStringLiteral("/api/v1/corrections"),
               [this](const HttpRequest& r, const QStringList&) { return corrections(r); });
    router.add("POST", QStringLiteral("/api/v1/corrections"),
               [this](const HttpRequest& r, const QStringList&) { return report(r); });
    router.add("DELETE", QStringLiteral("/api/v1/corrections/{id}"),
               [this](const HttpRequest& r, const QStringList& args) { return withdraw(r, args.value(0)); });
    router.add("GET", QStringLiteral("/api/v1/registry/companies"),
               [this](const HttpRequest& r, const QStringList&) { return registerSearch(r); });
}

HttpResponse MatchingApi::traffic(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs(), QTimeZone::utc()).date();
    const auto from = dayParameter(request, QStringLiteral("from"), today.addDays(-90).toString(Qt::ISODate));
    const auto to = dayParameter(request, QStringLiteral("to"), today.toString(Qt::ISODate));
    if (!from || !to || *from > *to ||
        QDate::fromString(*from, Qt::ISODate).daysTo(QDate::fromString(*to, Qt::ISODate)) > kMaxTrafficDays)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"from\" and \"to\" must be days (YYYY-MM-DD), from before to, "
                                                  "at most %1 days apart.")
                                       .arg(kMaxTrafficDays));
    QList<TrafficCounts::Row> rows;
    QString error;
    if (!TrafficCounts::list(m_context.store.connection(), auth.orgId, *from, *to, &rows, &error))
        return ServerContext::storeError();
    QJsonArray days;
    for (const TrafficCounts::Row& row : std::as_const(rows))
        days.append(QJsonObject{{QStringLiteral("site_id"), row.siteId},
                                {QStringLiteral("website"), row.website},
                                {QStringLiteral("day"), row.day},
                                {QStringLiteral("kind"), row.kind},
                                {QStringLiteral("hits"), row.hits}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("from"), *from},
                                                             {QStringLiteral("to"), *to},
                                                             {QStringLiteral("traffic"), days}}));
}

HttpResponse MatchingApi::corrections(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    QList<MatchCorrections::Report> reports;
    QString error;
    if (!MatchCorrections::list(m_context.store.connection(), auth.orgId, &reports, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const MatchCorrections::Report& r : std::as_const(reports))
        array.append(toJson(r));
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("corrections"), array}}));
}

HttpResponse MatchingApi::report(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    JsonBody body(request);
    const QString visitId = body.optionalString(QStringLiteral("visit_id"), 128).value_or(QString());
    const QString companyOfReport = body.optionalString(QStringLiteral("company_id"), 128).value_or(QString());
    MatchCorrections::Report r;
    r.verdict = body.string(QStringLiteral("verdict"), 20);
    r.companyId = body.optionalString(QStringLiteral("correct_company_id"), 128).value_or(QString());
    r.note = body.optionalString(QStringLiteral("note"), MatchCorrections::kMaxNote).value_or(QString());
    const bool relabel = body.optionalBool(QStringLiteral("relabel_past")).value_or(false);
    if (!body.ok())
        return body.errorResponse();
    const auto invalid = [](const QString& message) {
        return HttpResponse::error(400, QStringLiteral("invalid_request"), message);
    };
    if (visitId.isEmpty() == companyOfReport.isEmpty())
        return invalid(QStringLiteral("Give either \"visit_id\" or \"company_id\"."));
    if (!MatchCorrections::isVerdict(r.verdict))
        return invalid(QStringLiteral("\"verdict\" must be isp, other_company or not_company."));
    if ((r.verdict == QLatin1String("other_company")) == r.companyId.isEmpty())
        return invalid(QStringLiteral("\"correct_company_id\" names the right company, and only for other_company."));
    if (relabel && auth.role == protocol::Role::Sales)
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Only managers and admins can re-label past visits."));
    QSqlDatabase db = m_context.store.connection();
    QString error;
    QString rangeKey;
    bool found = false;
    if (!MatchCorrections::rangeOfVisit(db, auth.orgId, visitId, companyOfReport, &rangeKey, &r.reportedCompanyId,
                                        &found, &error))
        return ServerContext::storeError();
    if (!found)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no such visit, or it was matched before Leadscope kept "
                                                  "how visits are matched."));
    if (r.companyId == r.reportedCompanyId)
        return invalid(QStringLiteral("That is the company the visit is already matched to."));
    bool exists = true;
    if (!r.companyId.isEmpty() && !MatchCorrections::companyExists(db, r.companyId, &exists, &error))
        return ServerContext::storeError();
    if (!exists)
        return invalid(QStringLiteral("\"correct_company_id\" is not a company of the register."));
    const auto index = m_matcher.index();
    const IpRangeIndex::Range* range = index->findByKey(rangeKey.toULongLong(nullptr, 16));
    if (!range)
        return HttpResponse::error(409, QStringLiteral("range_gone"),
                                   QStringLiteral("The network this visit was matched through is no longer in the "
                                                  "register, so there is nothing left to correct."));
    const qint64 now = m_context.clock.nowMs();
    r.createdAt = now;
    r.createdBy = auth.userId;
    r.createdByEmail = auth.email;
    if (!MatchCorrections::save(
            db, auth.orgId,
            {rangeKey, range->start.toBytes(), range->end.toBytes(), rangeKindName(range->kind), range->networkName},
            relabel, &r, &error))
        return ServerContext::storeError();
    if (relabel) {
        if (!VisitRecorder::relabel(db, auth.orgId, rangeKey, r.reportedCompanyId, r.companyId, now, &r.relabelled,
                                    &error) ||
            !MatchCorrections::setRelabelled(db, auth.orgId, r.id, r.relabelled, &error))
            return ServerContext::storeError();
    }
    return HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("correction"), toJson(r)}}));
}

HttpResponse MatchingApi::withdraw(const HttpRequest& request, const QString& id)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    QSqlDatabase db = m_context.store.connection();
    MatchCorrections::Report found;
    bool exists = false;
    QString error;
    if (!MatchCorrections::find(db, auth.orgId, id, &found, &exists, &error))
        return ServerContext::storeError();
    if (!exists)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("There is no such report."));
    if (auth.role == protocol::Role::Sales && found.createdBy != auth.userId)
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Only its author, a manager or an admin can withdraw a report."));
    if (!MatchCorrections::remove(db, m_context.clock.nowMs(), auth.orgId, auth.userId, auth.email, found, &error))
        return ServerContext::storeError();
    return HttpResponse::json(200, QByteArray("{}"));
}

HttpResponse MatchingApi::registerSearch(const HttpRequest& request)
{
    AuthContext auth;
    if (auto refused = m_context.admit(request, protocol::Role::Sales, &auth))
        return *refused;
    const QString text = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (text.size() < 2 || text.size() > 100)
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("\"q\" must be 2 to 100 characters: a name or a registry number."));
    QList<MatchCorrections::RegisterCompany> companies;
    QString error;
    if (!MatchCorrections::searchRegister(m_context.store.connection(), text, 20, &companies, &error))
        return ServerContext::storeError();
    QJsonArray array;
    for (const MatchCorrections::RegisterCompany& c : std::as_const(companies))
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("registry_number"), c.registryNumber},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("city"), c.city}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("companies"), array}}));
}

} // namespace leadscope::server
