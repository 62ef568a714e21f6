#include "server/tracking/VisitRecorder.h"

#include "server/base/Clock.h"
#include "server/base/JsonObjectWriter.h"
#include "server/domain/ChangeLog.h"
#include "server/domain/MatchCorrections.h"
#include "server/domain/Retention.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"
#include "server/tracking/RuleEngine.h"

#include "protocol/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace leadscope::server {

namespace {
// Time-ordered ids (48-bit milliseconds, then 80 random bits, in hex):
// new rows land at the right edge of the primary-key index instead of on a
// random page, which keeps the pages a batch dirties few.
QString newId(const char* prefix, qint64 nowMs)
{
    return QLatin1String(prefix) +
           QStringLiteral("%1").arg(quint64(nowMs) & 0xffffffffffffULL, 12, 16, QLatin1Char('0')) +
           QString::fromLatin1(protocol::Crypto::randomBytes(10).toHex());
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
    if (!Sql::fetchOneCached(m_store.connection(),
                             QStringLiteral("SELECT s.id, s.org_id, s.domain, o.visitor_secret, o.identify_education, "
                                            "o.identify_government, o.tracking_mode, "
                                            "(SELECT COUNT(*) FROM dpa_acceptances d WHERE d.org_id = o.id), "
                                            "s.record_automated "
                                            "FROM sites s JOIN organisations o ON o.id = s.org_id WHERE s.id = ?"),
                             {siteId}, &row, found, error))
        return false;
    if (*found)
        *site = Site{row[0].toString(),
                     row[1].toString(),
                     row[2].toString(),
                     row[3].toByteArray(),
                     row[4].toInt() != 0,
                     row[5].toInt() != 0,
                     row[6].toString() == QLatin1String("consent"),
                     row[7].toLongLong() > 0,
                     row[8].toInt() != 0};
    return true;
}

bool VisitRecorder::noteHit(const QString& siteId, qint64 nowMs, QString* error) const
{
    return Sql::execCached(m_store.connection(), QStringLiteral("UPDATE sites SET last_hit_at = ? WHERE id = ?"),
                           {nowMs, siteId}, error) != nullptr;
}

namespace {
struct Visit
{
    QString id, orgId, siteId, companyId;
    QByteArray visitorKey, sessionKey;
    qint64 startedAt = 0, lastAt = 0;
    int pageviews = 0;
    QString referrerClass, referrerHost, utmSource, utmMedium, utmCampaign, landing, device, website;
    int lastPageview = -1; // index into the batch's page views
    bool changed = false;
    MatchProvenance match;
};

struct Pageview
{
    QString id, visitId, orgId, path, title;
    qint64 viewedAt = 0;
    int seconds = 0;
    bool changed = false;
    bool added = false; // by this batch (not a visit's last page read back for its time on page)
};

const QStringList& visitColumns()
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("org_id"),
                                     QStringLiteral("site_id"),
                                     QStringLiteral("company_id"),
                                     QStringLiteral("visitor_key"),
                                     QStringLiteral("session_key"),
                                     QStringLiteral("started_at"),
                                     QStringLiteral("last_at"),
                                     QStringLiteral("pageviews"),
                                     QStringLiteral("referrer_class"),
                                     QStringLiteral("referrer_host"),
                                     QStringLiteral("utm_source"),
                                     QStringLiteral("utm_medium"),
                                     QStringLiteral("utm_campaign"),
                                     QStringLiteral("landing_path"),
                                     QStringLiteral("device_class"),
                                     QStringLiteral("match_confidence"),
                                     QStringLiteral("match_range"),
                                     QStringLiteral("match_source"),
                                     QStringLiteral("match_prefix"),
                                     QStringLiteral("match_ip_version"),
                                     QStringLiteral("match_kind"),
                                     QStringLiteral("match_linked_by")};
    return columns;
}

const QStringList& pageviewColumns()
{
    static const QStringList columns{QStringLiteral("id"),     QStringLiteral("visit_id"), QStringLiteral("org_id"),
                                     QStringLiteral("path"),   QStringLiteral("title"),    QStringLiteral("viewed_at"),
                                     QStringLiteral("seconds")};
    return columns;
}

QByteArray visitSlot(const QString& orgId, const QByteArray& sessionKey, const QString& companyId)
{
    return orgId.toUtf8() + '\x1f' + sessionKey + '\x1f' + companyId.toUtf8();
}

// The visit's change-log payload: the keys in order, as QJsonDocument would write them.
QByteArray visitPayload(const Visit& v)
{
    QByteArray out;
    out.reserve(640);
    JsonObjectWriter o(&out);
    o.add(QLatin1StringView("company_id"), v.companyId)
        .add(QLatin1StringView("device"), v.device)
        .addAscii(QLatin1StringView("ended_at"), Clock::isoAscii(v.lastAt))
        .add(QLatin1StringView("id"), v.id)
        .add(QLatin1StringView("landing_page"), v.landing);
    if (v.match.confidence > 0)
        o.addJson(QLatin1StringView("match"), v.match.toJsonText());
    o.add(QLatin1StringView("pageviews"), v.pageviews)
        .add(QLatin1StringView("referrer_class"), v.referrerClass)
        .add(QLatin1StringView("referrer_host"), v.referrerHost)
        .add(QLatin1StringView("site_id"), v.siteId)
        .addAscii(QLatin1StringView("started_at"), Clock::isoAscii(v.startedAt))
        .add(QLatin1StringView("utm_campaign"), v.utmCampaign)
        .add(QLatin1StringView("utm_medium"), v.utmMedium)
        .add(QLatin1StringView("utm_source"), v.utmSource)
        .add(QLatin1StringView("visitor_key"), QString::fromLatin1(v.visitorKey.toHex()))
        .add(QLatin1StringView("website"), v.website);
    o.close();
    return out;
}

QByteArray pageviewPayload(const Pageview& p)
{
    QByteArray out;
    out.reserve(256);
    JsonObjectWriter(&out)
        .add(QLatin1StringView("id"), p.id)
        .add(QLatin1StringView("path"), p.path)
        .add(QLatin1StringView("seconds"), p.seconds)
        .add(QLatin1StringView("title"), p.title)
        .addAscii(QLatin1StringView("viewed_at"), Clock::isoAscii(p.viewedAt))
        .add(QLatin1StringView("visit_id"), p.visitId);
    return out;
}
} // namespace

namespace {

// One batch on its way through recordBatch's steps.
struct Batch
{
    std::map<std::tuple<QString, QString, QString, QString>, qint64> traffic; // org, site, day, kind → hits
    QList<VisitRecorder::Input*> identified;
    std::map<QString, QSet<QByteArray>> sessionsByOrg;
    std::set<std::pair<QString, QString>> newCompanies; // org, company
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = 0;
    std::map<QString, QList<ChangeLog::Change>> changes;
    std::vector<Visit> visits;
    std::vector<Pageview> pageviews;
    QHash<QByteArray, int> openVisit; // slot → index into visits
};

// Why a hit of this range is not tied to a company ('' : it is).
QString unidentifiedKind(const VisitRecorder::Input& in)
{
    const IpRangeIndex::Range* range = in.range;
    if (!range)
        return QStringLiteral("unknown");
    if (range->companyId.isEmpty() ||
        !(range->kind == RangeKind::Company || (range->kind == RangeKind::Education && in.site.identifyEducation) ||
          (range->kind == RangeKind::Government && in.site.identifyGovernment)))
        return range->kind == RangeKind::Company ? QStringLiteral("unregistered") : rangeKindName(range->kind);
    return {};
}

// The organisation's own correction of the hit's range, if any: the company it
// named (provenance "correction"), or the kind of traffic it said this is.
bool applyCorrection(QSqlDatabase db, VisitRecorder::Input* in, QHash<QString, MatchCorrections::Active>* byOrg,
                     QString* kind, QString* error)
{
    if (!in->range)
        return true;
    auto overrides = byOrg->constFind(in->site.orgId);
    if (overrides == byOrg->cend()) {
        MatchCorrections::Active active;
        if (!MatchCorrections::active(db, in->site.orgId, &active, error))
            return false;
        overrides = byOrg->insert(in->site.orgId, active);
    }
    if ((*overrides)->isEmpty())
        return true;
    const auto found = (*overrides)->constFind(MatchProvenance::rangeKeyText(in->range->key));
    if (found == (*overrides)->cend())
        return true;
    if (found->verdict != QLatin1String("other_company")) {
        *kind = found->verdict; // isp, not_company
        return true;
    }
    kind->clear();
    in->companyId = found->companyId;
    in->companyKnown = false; // another company than the range's: inserted if new (idempotent)
    // The range as it is (also one the register no longer ties to a company), corrected.
    in->match = MatchProvenance::ofRange(in->index, *in->range);
    in->match.markCorrected();
    return true;
}

// 1. Classify. Only identifiable companies go further; the rest is a count.
bool classify(QSqlDatabase db, const QList<VisitRecorder::Input*>& inputs, Batch* b, QString* error)
{
    QHash<QString, MatchCorrections::Active> corrections;
    for (VisitRecorder::Input* in : inputs) {
        in->identified = false;
        in->companyId.clear();
        b->earliest = qMin(b->earliest, in->nowMs);
        b->latest = qMax(b->latest, in->nowMs);
        const QString day = Clock::iso(in->nowMs).left(10);
        if (!in->botReason.isEmpty()) {
            ++b->traffic[{in->site.orgId, in->site.id, day, QStringLiteral("bot:") + in->botReason}];
            continue;
        }
        QString kind = unidentifiedKind(*in);
        if (kind.isEmpty()) {
            in->companyId = in->range->companyId;
            in->match = MatchProvenance::ofRange(in->index, *in->range);
        }
        if (!applyCorrection(db, in, &corrections, &kind, error))
            return false;
        if (!kind.isEmpty()) {
            ++b->traffic[{in->site.orgId, in->site.id, day, kind}];
            continue;
        }
        ++b->traffic[{in->site.orgId, in->site.id, day, QStringLiteral("company")}];
        in->identified = true;
        b->identified.append(in);
        if (in->sessionKey.isEmpty())
            in->sessionKey = VisitRecorder::keyedId(in->site.orgSecret, "s:", in->hit->sessionId);
        b->sessionsByOrg[in->site.orgId].insert(in->sessionKey);
        if (!in->companyKnown)
            b->newCompanies.insert({in->site.orgId, in->companyId});
    }
    return true;
}

bool countTraffic(QSqlDatabase db, const Batch& b, QString* error)
{
    for (const auto& [key, hits] : b.traffic) {
        const auto& [orgId, siteId, day, kind] = key;
        if (!Sql::execCached(
                db,
                QStringLiteral("INSERT INTO traffic_counts (org_id, site_id, day, kind, hits) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (org_id, site_id, day, kind) DO UPDATE SET hits = traffic_counts.hits + "
                               "excluded.hits"),
                {orgId, siteId, day, kind, hits}, error))
            return false;
    }
    return true;
}

// 2. The companies, the first time an organisation sees them.
bool logNewCompanies(QSqlDatabase db, Batch* b, QString* error)
{
    for (const auto& [orgId, companyId] : b->newCompanies) {
        QSqlQuery* query = Sql::execCached(
            db,
            QStringLiteral("INSERT INTO org_companies (org_id, company_id, first_seen) VALUES (?, ?, ?) "
                           "ON CONFLICT (org_id, company_id) DO NOTHING"),
            {orgId, companyId, b->earliest}, error);
        if (!query)
            return false;
        if (query->numRowsAffected() == 1) {
            const QByteArray company = companyJson(db, companyId, error);
            if (company.isEmpty())
                return false;
            b->changes[orgId].append({ChangeLog::Entity::Company, ChangeLog::Op::Upsert, companyId, company});
        }
    }
    return true;
}

// A stored visit: its columns, then its source's format, file and date.
Visit visitFromRow(const QSqlQuery& q)
{
    Visit v;
    v.id = q.value(0).toString();
    v.orgId = q.value(1).toString();
    v.siteId = q.value(2).toString();
    v.companyId = q.value(3).toString();
    v.visitorKey = q.value(4).toByteArray();
    v.sessionKey = q.value(5).toByteArray();
    v.startedAt = q.value(6).toLongLong();
    v.lastAt = q.value(7).toLongLong();
    v.pageviews = q.value(8).toInt();
    v.referrerClass = q.value(9).toString();
    v.referrerHost = q.value(10).toString();
    v.utmSource = q.value(11).toString();
    v.utmMedium = q.value(12).toString();
    v.utmCampaign = q.value(13).toString();
    v.landing = q.value(14).toString();
    v.device = q.value(15).toString();
    MatchProvenance& m = v.match;
    m.confidence = q.value(16).toInt();
    m.rangeKey = q.value(17).toString();
    m.sourceId = q.value(18).toLongLong();
    m.prefixLength = q.value(19).toInt();
    m.ipVersion = q.value(20).toInt();
    m.rangeKind = q.value(21).toString();
    m.linkedBy = q.value(22).toString();
    m.sourceFormat = m.linkedBy == QLatin1String("correction") ? m.linkedBy : q.value(23).toString();
    m.sourceFile = q.value(24).toString();
    m.sourceAt = q.value(25).toLongLong();
    return v;
}

// 3. The open visits of the batch's sessions, each with its last page view.
bool loadOpenVisits(QSqlDatabase db, Batch* b, QString* error)
{
    const QString select =
        QStringLiteral("SELECT v.") + visitColumns().join(QStringLiteral(",v.")) +
        QStringLiteral(",rs.format,rs.file,rs.imported_at,p.id,p.path,p.title,p.viewed_at,p.seconds FROM visits v "
                       "LEFT JOIN registry_sources rs ON rs.id = v.match_source "
                       "LEFT JOIN pageviews p ON p.id = (SELECT id FROM pageviews "
                       "WHERE visit_id = v.id ORDER BY viewed_at DESC LIMIT 1) "
                       "WHERE v.org_id = ? AND v.last_at >= ? AND v.session_key IN (");
    const auto keep = [b](const QSqlQuery& row) {
        Visit v = visitFromRow(row);
        const QByteArray slot = visitSlot(v.orgId, v.sessionKey, v.companyId);
        const auto existing = b->openVisit.constFind(slot);
        if (existing != b->openVisit.cend() && b->visits[*existing].lastAt >= v.lastAt)
            return;               // the latest visit of a session and company is the open one
        constexpr int kPage = 26; // the last page view's columns
        if (!row.value(kPage).isNull() && !row.value(kPage).toString().isEmpty()) {
            v.lastPageview = int(b->pageviews.size());
            b->pageviews.push_back(Pageview{row.value(kPage).toString(), v.id, v.orgId, row.value(kPage + 1).toString(),
                                            row.value(kPage + 2).toString(), row.value(kPage + 3).toLongLong(),
                                            row.value(kPage + 4).toInt(), false});
        }
        b->openVisit.insert(slot, int(b->visits.size()));
        b->visits.push_back(std::move(v));
    };
    for (const auto& [orgId, sessions] : b->sessionsByOrg) {
        if (!Sql::eachInChunks(db, select, {orgId, b->earliest - VisitRecorder::kSessionGapMs}, sessions.values(), {},
                               error, keep))
            return false;
    }
    return true;
}

// 4. The hits, in order, in memory.
void applyHits(Batch* b)
{
    for (const VisitRecorder::Input* in : std::as_const(b->identified)) {
        const Hit& hit = *in->hit;
        const QString& companyId = in->companyId;
        const QByteArray& sessionKey = in->sessionKey; // (classify worked it out)
        const QByteArray slot = visitSlot(in->site.orgId, sessionKey, companyId);
        const auto open = b->openVisit.constFind(slot);
        int index = -1;
        if (open != b->openVisit.cend() && b->visits[*open].lastAt >= in->nowMs - VisitRecorder::kSessionGapMs) {
            index = *open;
            Visit& v = b->visits[index];
            v.lastAt = qMax(v.lastAt, in->nowMs);
            ++v.pageviews;
            if (v.lastPageview >= 0) {
                Pageview& previous = b->pageviews[v.lastPageview];
                previous.seconds =
                    static_cast<int>(qBound(qint64(0), (in->nowMs - previous.viewedAt) / 1000, qint64(1800)));
                previous.changed = true;
            }
        } else {
            index = int(b->visits.size());
            Visit v;
            v.id = newId("v-", in->nowMs);
            v.orgId = in->site.orgId;
            v.siteId = in->site.id;
            v.companyId = companyId;
            v.visitorKey = in->visitorKey.isEmpty() ? VisitRecorder::keyedId(in->site.orgSecret, "v:", hit.visitorId)
                                                    : in->visitorKey;
            v.sessionKey = sessionKey;
            v.startedAt = in->nowMs;
            v.lastAt = in->nowMs;
            v.pageviews = 1;
            v.referrerClass = hit.referrerClass;
            v.referrerHost = hit.referrerHost;
            v.utmSource = hit.utmSource;
            v.utmMedium = hit.utmMedium;
            v.utmCampaign = hit.utmCampaign;
            v.landing = hit.path;
            v.device = hit.device;
            v.match = in->match; // how its first hit was matched
            b->visits.push_back(std::move(v));
            b->openVisit.insert(slot, index);
        }
        Visit& v = b->visits[index];
        v.changed = true;
        v.website = in->site.domain;
        v.lastPageview = int(b->pageviews.size());
        b->pageviews.push_back(
            Pageview{newId("p-", in->nowMs), v.id, v.orgId, hit.path, hit.title, in->nowMs, 0, true, true});
    }
}

// 5. Written with a few multi-row upserts; each final state logged once.
bool write(QSqlDatabase db, Batch* b, QString* error)
{
    QList<QVariantList> visitRows, pageviewRows;
    for (const Visit& v : b->visits) {
        if (!v.changed)
            continue;
        visitRows.append({v.id,
                          v.orgId,
                          v.siteId,
                          v.companyId,
                          v.visitorKey,
                          v.sessionKey,
                          v.startedAt,
                          v.lastAt,
                          v.pageviews,
                          v.referrerClass,
                          v.referrerHost,
                          v.utmSource,
                          v.utmMedium,
                          v.utmCampaign,
                          v.landing,
                          v.device,
                          v.match.confidence,
                          v.match.rangeKey,
                          v.match.sourceId,
                          v.match.prefixLength,
                          v.match.ipVersion,
                          v.match.rangeKind,
                          v.match.linkedBy});
        b->changes[v.orgId].append({ChangeLog::Entity::Visit, ChangeLog::Op::Upsert, v.id, visitPayload(v)});
    }
    for (const Pageview& p : b->pageviews) {
        if (!p.changed)
            continue;
        pageviewRows.append({p.id, p.visitId, p.orgId, p.path, p.title, p.viewedAt, p.seconds});
        b->changes[p.orgId].append({ChangeLog::Entity::Pageview, ChangeLog::Op::Upsert, p.id, pageviewPayload(p)});
    }
    if (!Sql::insertMany(db, QStringLiteral("visits"), visitColumns(), visitRows,
                         QStringLiteral("ON CONFLICT (id) DO UPDATE SET last_at = excluded.last_at, "
                                        "pageviews = excluded.pageviews"),
                         error) ||
        !Sql::insertMany(db, QStringLiteral("pageviews"), pageviewColumns(), pageviewRows,
                         QStringLiteral("ON CONFLICT (id) DO UPDATE SET seconds = excluded.seconds"), error))
        return false;
    // The rules, over the visits as they now stand (their changes follow the visits' in the log).
    QHash<QString, QStringList> addedPaths; // visit → the pages this batch added, in order
    for (const Pageview& p : b->pageviews) {
        if (p.added)
            addedPaths[p.visitId].append(p.path);
    }
    QList<RuleEngine::Visit> grown;
    grown.reserve(visitRows.size());
    for (const Visit& v : b->visits) {
        if (v.changed)
            grown.append({v.id, v.orgId, v.companyId, v.website, v.referrerClass, v.utmCampaign, v.startedAt, v.lastAt,
                          v.pageviews, addedPaths.value(v.id), v.match.confidence});
    }
    if (!RuleEngine::run(db, grown, b->latest, &b->changes, error))
        return false;
    // A change is never older than the visit it carries, so that a sync that
    // leaves out changes before a day (ChangeLog::Reading::sinceMs) keeps every
    // visit active since. (Live hits arrive in order and this is their batch's
    // time; backdated demo traffic can extend a visit with an older hit.)
    qint64 stamp = b->latest;
    for (const Visit& v : b->visits) {
        if (v.changed)
            stamp = qMax(stamp, v.lastAt);
    }
    for (const auto& [orgId, orgChanges] : b->changes) {
        if (!ChangeLog::append(db, orgId, orgChanges, stamp, error))
            return false;
    }
    return true;
}

} // namespace

bool VisitRecorder::recordBatch(QSqlDatabase db, const QList<Input*>& inputs, QString* error) const
{
    Batch batch;
    if (!classify(db, inputs, &batch, error) || !countTraffic(db, batch, error))
        return false;
    if (batch.identified.isEmpty())
        return true;
    if (!logNewCompanies(db, &batch, error) || !loadOpenVisits(db, &batch, error))
        return false;
    applyHits(&batch);
    return write(db, &batch, error);
}

bool VisitRecorder::visitsBefore(QSqlDatabase db, const QString& orgId, const QString& companyId, qint64 beforeMs,
                                 const QString& beforeId, int limit, QJsonArray* visits, bool* more, QString* error)
{
    *more = false;
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT v.") + visitColumns().join(QStringLiteral(",v.")) +
                       QStringLiteral(",rs.format,rs.file,rs.imported_at,s.domain FROM visits v "
                                      "LEFT JOIN registry_sources rs ON rs.id = v.match_source "
                                      "LEFT JOIN sites s ON s.id = v.site_id "
                                      "WHERE v.org_id = ? AND v.company_id = ? AND (v.started_at < ? OR "
                                      "(v.started_at = ? AND v.id < ?)) ORDER BY v.started_at DESC, v.id DESC "
                                      "LIMIT ?"),
                   {orgId, companyId, beforeMs, beforeId.isEmpty() ? qint64(-1) : beforeMs, beforeId, limit + 1},
                   error))
        return false;
    std::vector<Visit> found;
    while (query.next()) {
        if (int(found.size()) == limit) {
            *more = true;
            break;
        }
        Visit v = visitFromRow(query);
        v.website = query.value(26).toString();
        found.push_back(std::move(v));
    }
    query.finish();
    for (const Visit& v : found) {
        if (!Sql::exec(query,
                       QStringLiteral("SELECT id, path, title, viewed_at, seconds FROM pageviews WHERE visit_id = ? "
                                      "ORDER BY viewed_at, id"),
                       {v.id}, error))
            return false;
        QJsonArray pages;
        while (query.next()) {
            const Pageview p{query.value(0).toString(),
                             v.id,
                             v.orgId,
                             query.value(1).toString(),
                             query.value(2).toString(),
                             query.value(3).toLongLong(),
                             query.value(4).toInt(),
                             false,
                             false};
            pages.append(QJsonDocument::fromJson(pageviewPayload(p)).object());
        }
        query.finish();
        QJsonObject visit = QJsonDocument::fromJson(visitPayload(v)).object();
        visit.insert(QStringLiteral("pages"), pages);
        visits->append(visit);
    }
    return true;
}

bool VisitRecorder::relabel(QSqlDatabase db, const QString& orgId, const QString& rangeKey, const QString& fromCompany,
                            const QString& toCompany, qint64 nowMs, qint64* count, QString* error)
{
    *count = 0;
    if (toCompany.isEmpty()) {
        // Not a company's: those visits were never a company's visits.
        QSqlQuery query(db);
        if (!Sql::exec(query,
                       QStringLiteral("SELECT id FROM visits WHERE org_id = ? AND match_range = ? AND company_id = ?"),
                       {orgId, rangeKey, fromCompany}, error))
            return false;
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        query.finish();
        Retention::Report erased;
        *count = ids.size();
        return ids.isEmpty() || Retention::eraseVisits(db, orgId, ids, nowMs, &erased, error);
    }
    Sql::Transaction transaction(db);
    Batch batch;
    batch.earliest = nowMs;
    batch.newCompanies.insert({orgId, toCompany});
    if (!logNewCompanies(db, &batch, error))
        return false;
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT v.") + visitColumns().join(QStringLiteral(",v.")) +
                       QStringLiteral(",'','',0 FROM visits v WHERE v.org_id = ? AND v.match_range = ? AND "
                                      "v.company_id = ?"),
                   {orgId, rangeKey, fromCompany}, error))
        return false;
    while (query.next()) {
        Visit v = visitFromRow(query);
        v.companyId = toCompany;
        v.match.markCorrected();
        batch.visits.push_back(std::move(v));
    }
    query.finish();
    // Each visit's website as it was sent (the site's domain).
    QHash<QString, QString> domains;
    if (!Sql::exec(query, QStringLiteral("SELECT id, domain FROM sites WHERE org_id = ?"), {orgId}, error))
        return false;
    while (query.next())
        domains.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    // The same visits, in one statement (inside this transaction nothing else moves them).
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE visits SET company_id = ?, match_confidence = ?, match_linked_by = "
                                  "'correction', match_source = 0 WHERE org_id = ? AND match_range = ? AND "
                                  "company_id = ?"),
                   {toCompany, int(MatchProvenance::High), orgId, rangeKey, fromCompany}, error))
        return false;
    QList<ChangeLog::Change>& changes = batch.changes[orgId];
    for (Visit& v : batch.visits) {
        v.website = domains.value(v.siteId);
        changes.append({ChangeLog::Entity::Visit, ChangeLog::Op::Upsert, v.id, visitPayload(v)});
    }
    *count = qint64(batch.visits.size());
    return ChangeLog::append(db, orgId, changes, nowMs, error) && transaction.commit(error);
}

} // namespace leadscope::server
