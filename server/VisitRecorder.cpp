#include "VisitRecorder.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "RegistryImport.h"
#include "Sql.h"
#include "Store.h"

#include "core/protocol/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace leadscope::server {

namespace {
QString newId(const char* prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray companyJson(QSqlDatabase db, const QString& companyId, QString* error)
{
    QSqlQuery q(db);
    QStringList columns = RegistryImport::companyColumns();
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, ") + columns.join(u',') + QStringLiteral(" FROM companies WHERE id = ?"),
                   {companyId}, error) ||
        !q.next())
        return {};
    QJsonObject o{{QStringLiteral("id"), q.value(0).toString()}};
    for (int i = 0; i < columns.size(); ++i)
        o.insert(columns[i], q.value(i + 1).toString());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

VisitRecorder::VisitRecorder(const Store& store)
    : m_store(store)
{
}

QByteArray VisitRecorder::keyedId(const QByteArray& orgSecret, const QByteArray& label, const QByteArray& cookieId)
{
    // HMAC-SHA256(organisation secret, cookie id) truncated to 128 bits:
    // stable within one organisation, useless outside it.
    return protocol::Crypto::hmacSha256(orgSecret, QByteArray(label + cookieId)).left(16);
}

bool VisitRecorder::findSite(const QString& siteId, Site* site, bool* found, QString* error) const
{
    QVariantList row;
    if (!Sql::fetchOneCached(
            m_store.connection(),
            QStringLiteral("SELECT s.id, s.org_id, s.domain, o.visitor_secret, o.identify_education, "
                           "o.identify_government FROM sites s JOIN organisations o ON o.id = s.org_id "
                           "WHERE s.id = ?"),
            {siteId}, &row, found, error))
        return false;
    if (*found)
        *site = Site{row[0].toString(),    row[1].toString(),   row[2].toString(),
                     row[3].toByteArray(), row[4].toInt() != 0, row[5].toInt() != 0};
    return true;
}

bool VisitRecorder::countUnidentified(QSqlDatabase db, const Site& site, const QString& kind, qint64 nowMs,
                                      QString* error) const
{
    const QString day = Clock::iso(nowMs).left(10);
    return nullptr !=
           Sql::execCached(
               db,
               QStringLiteral("INSERT INTO unidentified_hits (org_id, day, kind, hits) VALUES (?, ?, ?, 1) "
                              "ON CONFLICT (org_id, day, kind) DO UPDATE SET hits = unidentified_hits.hits + 1"),
               {site.orgId, day, kind}, error);
}

bool VisitRecorder::recordInTransaction(QSqlDatabase db, const Site& site, const Hit& hit,
                                        const IpRangeIndex::Range* range, qint64 nowMs, bool companyKnown,
                                        bool* identified, QList<ChangeLog::Change>* pending, QString* error) const
{
    *identified = false;
    if (!range)
        return countUnidentified(db, site, QStringLiteral("unknown"), nowMs, error);
    const bool identifiable =
        !range->companyId.isEmpty() &&
        (range->kind == RangeKind::Company || (range->kind == RangeKind::Education && site.identifyEducation) ||
         (range->kind == RangeKind::Government && site.identifyGovernment));
    if (!identifiable) {
        const QString kind = range->kind == RangeKind::Company && range->companyId.isEmpty()
                                 ? QStringLiteral("unregistered")
                                 : rangeKindName(range->kind);
        return countUnidentified(db, site, kind, nowMs, error);
    }
    *identified = true;

    const QByteArray visitorKey = keyedId(site.orgSecret, "v:", hit.visitorId);
    const QByteArray sessionKey = keyedId(site.orgSecret, "s:", hit.sessionId);
    QList<ChangeLog::Change> changes;

    // The company, the first time this organisation sees it.
    QSqlQuery* query = nullptr;
    if (!companyKnown) {
        if (!(query = Sql::execCached(
                  db,
                  QStringLiteral("INSERT INTO org_companies (org_id, company_id, first_seen) VALUES (?, ?, ?) "
                                 "ON CONFLICT (org_id, company_id) DO NOTHING"),
                  {site.orgId, range->companyId, nowMs}, error)))
            return false;
        if (query->numRowsAffected() == 1) {
            const QByteArray company = companyJson(db, range->companyId, error);
            if (company.isEmpty())
                return false;
            changes.append({ChangeLog::Entity::Company, ChangeLog::Op::Upsert, range->companyId, company});
        }
    }

    // The visit: this session's, unless 30 minutes passed or the company changed.
    QVariantList visit;
    bool found = false;
    if (!Sql::fetchOneCached(
            db,
            QStringLiteral("SELECT id, started_at, pageviews, referrer_class, referrer_host, utm_source, "
                           "utm_medium, utm_campaign, landing_path, device_class FROM visits "
                           "WHERE org_id = ? AND session_key = ? AND company_id = ? AND last_at >= ? "
                           "ORDER BY last_at DESC LIMIT 1"),
            {site.orgId, sessionKey, range->companyId, nowMs - kSessionGapMs}, &visit, &found, error))
        return false;
    QString visitId;
    qint64 startedAt = nowMs;
    int pageviews = 1;
    QString referrerClass = hit.referrerClass, referrerHost = hit.referrerHost, utmSource = hit.utmSource,
            utmMedium = hit.utmMedium, utmCampaign = hit.utmCampaign, landing = hit.path, device = hit.device;
    if (found) {
        visitId = visit[0].toString();
        startedAt = visit[1].toLongLong();
        pageviews = visit[2].toInt() + 1;
        referrerClass = visit[3].toString();
        referrerHost = visit[4].toString();
        utmSource = visit[5].toString();
        utmMedium = visit[6].toString();
        utmCampaign = visit[7].toString();
        landing = visit[8].toString();
        device = visit[9].toString();
        if (!(query = Sql::execCached(db, QStringLiteral("UPDATE visits SET last_at = ?, pageviews = ? WHERE id = ?"),
                                      {nowMs, pageviews, visitId}, error)))
            return false;
        // The previous page view now knows how long it was looked at.
        QVariantList previous;
        bool hasPrevious = false;
        if (!Sql::fetchOneCached(db,
                                 QStringLiteral("SELECT id, path, title, viewed_at FROM pageviews WHERE visit_id = ? "
                                                "ORDER BY viewed_at DESC LIMIT 1"),
                                 {visitId}, &previous, &hasPrevious, error))
            return false;
        if (hasPrevious) {
            const int seconds =
                static_cast<int>(qBound(qint64(0), (nowMs - previous[3].toLongLong()) / 1000, qint64(1800)));
            if (!(query = Sql::execCached(db, QStringLiteral("UPDATE pageviews SET seconds = ? WHERE id = ?"),
                                          {seconds, previous[0]}, error)))
                return false;
            changes.append(
                {ChangeLog::Entity::Pageview, ChangeLog::Op::Upsert, previous[0].toString(),
                 QJsonDocument(QJsonObject{{QStringLiteral("id"), previous[0].toString()},
                                           {QStringLiteral("visit_id"), visitId},
                                           {QStringLiteral("path"), previous[1].toString()},
                                           {QStringLiteral("title"), previous[2].toString()},
                                           {QStringLiteral("viewed_at"), Clock::iso(previous[3].toLongLong())},
                                           {QStringLiteral("seconds"), seconds}})
                     .toJson(QJsonDocument::Compact)});
        }
    } else {
        visitId = newId("v-");
        if (!(query = Sql::execCached(
                  db,
                  QStringLiteral("INSERT INTO visits (id, org_id, site_id, company_id, visitor_key, session_key, "
                                 "started_at, last_at, pageviews, referrer_class, referrer_host, utm_source, "
                                 "utm_medium, utm_campaign, landing_path, device_class) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"),
                  {visitId, site.orgId, site.id, range->companyId, visitorKey, sessionKey, nowMs, nowMs, referrerClass,
                   referrerHost, utmSource, utmMedium, utmCampaign, landing, device},
                  error)))
            return false;
    }
    const QString pageviewId = newId("p-");
    if (!(query = Sql::execCached(
              db,
              QStringLiteral("INSERT INTO pageviews (id, visit_id, org_id, path, title, viewed_at, seconds) "
                             "VALUES (?, ?, ?, ?, ?, ?, 0)"),
              {pageviewId, visitId, site.orgId, hit.path, hit.title, nowMs}, error)))
        return false;
    changes.append({ChangeLog::Entity::Visit, ChangeLog::Op::Upsert, visitId,
                    QJsonDocument(QJsonObject{{QStringLiteral("id"), visitId},
                                              {QStringLiteral("company_id"), range->companyId},
                                              {QStringLiteral("visitor_key"), QString::fromLatin1(visitorKey.toHex())},
                                              {QStringLiteral("site_id"), site.id},
                                              {QStringLiteral("website"), site.domain},
                                              {QStringLiteral("started_at"), Clock::iso(startedAt)},
                                              {QStringLiteral("ended_at"), Clock::iso(nowMs)},
                                              {QStringLiteral("pageviews"), pageviews},
                                              {QStringLiteral("referrer_class"), referrerClass},
                                              {QStringLiteral("referrer_host"), referrerHost},
                                              {QStringLiteral("utm_source"), utmSource},
                                              {QStringLiteral("utm_medium"), utmMedium},
                                              {QStringLiteral("utm_campaign"), utmCampaign},
                                              {QStringLiteral("landing_page"), landing},
                                              {QStringLiteral("device"), device}})
                        .toJson(QJsonDocument::Compact)});
    changes.append({ChangeLog::Entity::Pageview, ChangeLog::Op::Upsert, pageviewId,
                    QJsonDocument(QJsonObject{{QStringLiteral("id"), pageviewId},
                                              {QStringLiteral("visit_id"), visitId},
                                              {QStringLiteral("path"), hit.path},
                                              {QStringLiteral("title"), hit.title},
                                              {QStringLiteral("viewed_at"), Clock::iso(nowMs)},
                                              {QStringLiteral("seconds"), 0}})
                        .toJson(QJsonDocument::Compact)});
    if (pending) {
        pending->append(changes); // the caller appends a whole batch at once
        return true;
    }
    return ChangeLog::append(db, site.orgId, changes, nowMs, error);
}

} // namespace leadscope::server
