#include "OlderVisits.h"

#include "protocol/LeadFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace leadscope::core {

namespace {
bool timeOf(const QJsonObject& o, const char* field, qint64* ms)
{
    const QDateTime at = QDateTime::fromString(o.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    *ms = at.toMSecsSinceEpoch();
    return true;
}

QString text(const QJsonObject& o, const char* field)
{
    return o.value(QLatin1String(field)).toString();
}

bool visitOf(const QJsonObject& o, CompanyQuery::Visit* v)
{
    v->id = text(o, "id");
    v->visitorKey = text(o, "visitor_key");
    v->website = text(o, "website");
    v->pageviewCount = o.value(QLatin1String("pageviews")).toInteger();
    v->referrerClass = text(o, "referrer_class");
    v->referrerHost = text(o, "referrer_host");
    v->utmSource = text(o, "utm_source");
    v->utmMedium = text(o, "utm_medium");
    v->utmCampaign = text(o, "utm_campaign");
    v->landingPage = text(o, "landing_page");
    v->device = text(o, "device");
    const QJsonObject match = o.value(QLatin1String("match")).toObject();
    if (!match.isEmpty()) {
        v->match = QString::fromUtf8(QJsonDocument(match).toJson(QJsonDocument::Compact));
        v->confidence = protocol::LeadFilter::confidenceLevel(match.value(QLatin1String("confidence")).toString());
    }
    if (v->id.isEmpty() || !timeOf(o, "started_at", &v->startedAt) || !timeOf(o, "ended_at", &v->endedAt))
        return false;
    for (const QJsonValue& value : o.value(QLatin1String("pages")).toArray()) {
        const QJsonObject p = value.toObject();
        CompanyQuery::Pageview page{text(p, "path"), text(p, "title"), 0,
                                    p.value(QLatin1String("seconds")).toInteger()};
        if (!timeOf(p, "viewed_at", &page.viewedAt))
            return false;
        v->pageviews.append(page);
    }
    return true;
}
} // namespace

QString OlderVisits::path(const QString& companyId, qint64 beforeMs, const QString& beforeId, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("before"),
                       QDateTime::fromMSecsSinceEpoch(beforeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
    if (!beforeId.isEmpty())
        query.addQueryItem(QStringLiteral("before_id"), beforeId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return QStringLiteral("/api/v1/companies/%1/visits?").arg(QString::fromLatin1(QUrl::toPercentEncoding(companyId))) +
           query.toString(QUrl::FullyEncoded);
}

bool OlderVisits::parse(const QJsonObject& answer, Page* page, QString* error)
{
    const QJsonValue visits = answer.value(QLatin1String("visits"));
    if (!visits.isArray()) {
        *error = tr("The server's answer about older visits was not understood.");
        return false;
    }
    for (const QJsonValue& value : visits.toArray()) {
        CompanyQuery::Visit visit;
        if (!visitOf(value.toObject(), &visit)) {
            *error = tr("The server sent an older visit that was not understood.");
            return false;
        }
        page->visits.append(visit);
    }
    page->more = answer.value(QLatin1String("has_more")).toBool();
    const QJsonObject next = answer.value(QLatin1String("next")).toObject();
    if (page->more &&
        (!timeOf(next, "before", &page->nextBeforeMs) || (page->nextBeforeId = text(next, "before_id")).isEmpty())) {
        *error = tr("The server's answer about older visits was not understood.");
        return false;
    }
    return true;
}

} // namespace leadscope::core
