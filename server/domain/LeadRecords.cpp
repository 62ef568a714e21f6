#include "server/domain/LeadRecords.h"

#include "server/base/Clock.h"
#include "server/domain/CompanyFacts.h"
#include "server/domain/IgnoreList.h"
#include "server/store/Sql.h"

#include <limits>

namespace leadscope::server {

namespace {

const QString kVisitColumns =
    QStringLiteral("v.id, v.company_id, s.domain, v.referrer_class, v.utm_medium, v.utm_campaign, v.utm_source, "
                   "v.landing_path, v.device_class, v.started_at, v.last_at, v.pageviews");

LeadRecords::Visit visitOf(const QSqlQuery& q)
{
    LeadRecords::Visit v;
    v.id = q.value(0).toString();
    v.companyId = q.value(1).toString();
    v.website = q.value(2).toString();
    v.source = q.value(3).toString();
    v.medium = q.value(4).toString();
    v.campaign = q.value(5).toString();
    v.utmSource = q.value(6).toString();
    v.landing = q.value(7).toString();
    v.device = q.value(8).toString();
    v.startedAt = q.value(9).toLongLong();
    v.lastAt = q.value(10).toLongLong();
    v.pageviews = q.value(11).toInt();
    return v;
}

} // namespace

protocol::LeadMatcher::Visit LeadRecords::Visit::forMatcher() const
{
    return {website, source, campaign, startedAt, lastAt, pageviews, paths};
}

QJsonObject LeadRecords::companyJson(const protocol::LeadMatcher::Company& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("registry_number"), c.registryNumber},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("trade_name"), c.tradeName},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("website"), c.website},
            {QStringLiteral("industry"), c.industry},
            {QStringLiteral("sbi_code"), c.sbiCode},
            {QStringLiteral("size_band"), c.sizeBand},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("assignee"), c.assignee},
            {QStringLiteral("link"), QString(QStringLiteral("leadscope://company/") + c.id)}};
}

QJsonObject LeadRecords::visitJson(const Visit& v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("website"), v.website},
            {QStringLiteral("started_at"), Clock::iso(v.startedAt)},
            {QStringLiteral("ended_at"), Clock::iso(v.lastAt)},
            {QStringLiteral("pageviews"), v.pageviews},
            {QStringLiteral("seconds"), (v.lastAt - v.startedAt) / 1000},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("utm_source"), v.utmSource},
            {QStringLiteral("utm_medium"), v.medium},
            {QStringLiteral("utm_campaign"), v.campaign},
            {QStringLiteral("landing_page"), v.landing},
            {QStringLiteral("device"), v.device},
            {QStringLiteral("pages"), v.pages}};
}

bool LeadRecords::readPages(QSqlDatabase db, Visit* v, QString* error)
{
    QSqlQuery* pages = Sql::execCached(
        db,
        QStringLiteral("SELECT path, title, viewed_at, seconds FROM pageviews WHERE visit_id = ? ORDER BY viewed_at"),
        {v->id}, error);
    if (!pages)
        return false;
    while (pages->next()) {
        v->paths << pages->value(0).toString();
        v->pages.append(QJsonObject{{QStringLiteral("path"), pages->value(0).toString()},
                                    {QStringLiteral("title"), pages->value(1).toString()},
                                    {QStringLiteral("viewed_at"), Clock::iso(pages->value(2).toLongLong())},
                                    {QStringLiteral("seconds"), pages->value(3).toInt()}});
    }
    return true;
}

bool LeadRecords::readVisits(QSqlDatabase db, const QStringList& ids, QHash<QString, Visit>* visits, QString* error)
{
    for (const QString& id : ids) {
        QSqlQuery* q = Sql::execCached(
            db, u"SELECT " + kVisitColumns + u" FROM visits v JOIN sites s ON s.id = v.site_id WHERE v.id = ?", {id},
            error);
        if (!q)
            return false;
        if (!q->next())
            continue; // purged or erased meanwhile
        Visit v = visitOf(*q);
        q->finish();
        if (!readPages(db, &v, error))
            return false;
        visits->insert(id, v);
    }
    return true;
}

bool LeadRecords::visitsOfCompanies(QSqlDatabase db, const QString& orgId, const QStringList& companyIds,
                                    bool withPages, QHash<QString, QList<Visit>>* visits, QString* error)
{
    for (const QString& companyId : companyIds) {
        QSqlQuery* q = Sql::execCached(db,
                                       u"SELECT " + kVisitColumns +
                                           u" FROM visits v JOIN sites s ON s.id = v.site_id WHERE v.org_id = ? AND "
                                           u"v.company_id = ? ORDER BY v.started_at DESC",
                                       {orgId, companyId}, error);
        if (!q)
            return false;
        QList<Visit> list;
        while (q->next())
            list.append(visitOf(*q));
        q->finish();
        if (withPages) {
            for (Visit& v : list) {
                if (!readPages(db, &v, error))
                    return false;
            }
        }
        visits->insert(companyId, list);
    }
    return true;
}

bool LeadRecords::visitsOfCompany(QSqlDatabase db, const QString& orgId, const QString& companyId, qint64 beforeMs,
                                  const QString& beforeId, int limit, QList<Visit>* visits, QString* error)
{
    QSqlQuery q(db);
    const qint64 before = beforeMs > 0 ? beforeMs : std::numeric_limits<qint64>::max();
    if (!Sql::exec(q,
                   u"SELECT " + kVisitColumns +
                       u" FROM visits v JOIN sites s ON s.id = v.site_id WHERE v.org_id = ? AND v.company_id = ? AND "
                       u"(v.started_at < ? OR (v.started_at = ? AND v.id < ?)) ORDER BY v.started_at DESC, v.id DESC "
                       u"LIMIT ?",
                   {orgId, companyId, before, before, beforeId, limit}, error))
        return false;
    visits->clear();
    while (q.next())
        visits->append(visitOf(q));
    for (Visit& v : *visits) {
        if (!readPages(db, &v, error))
            return false;
    }
    return true;
}

QJsonObject LeadRecords::listedJson(const protocol::LeadMatcher::Company& company, qint64 firstSeen,
                                    const QList<Visit>& visits)
{
    QJsonObject json = companyJson(company);
    json.insert(QStringLiteral("first_seen"), Clock::iso(firstSeen));
    json.insert(QStringLiteral("visits"), int(visits.size()));
    json.insert(QStringLiteral("last_visit_at"), Clock::iso(visits.first().lastAt)); // (newest first)
    return json;
}

bool LeadRecords::companies(QSqlDatabase db, const QString& orgId, qint64 nowMs,
                            const std::optional<protocol::LeadFilter>& filter, const QString& after, int limit,
                            QJsonArray* page, QString* next, QString* error)
{
    IgnoreList::Active hidden;
    if (!IgnoreList::active(db, orgId, &hidden, error))
        return false;
    std::optional<protocol::LeadMatcher> matcher;
    if (filter)
        matcher.emplace(*filter, nowMs);
    // Page views are read only for a filter that looks at them.
    const bool withPages = filter && (!filter->visitedPage.isEmpty() || !filter->visit.page.isEmpty());
    next->clear();
    QString cursor = after;
    int scanned = 0;
    while (scanned < kScanPerPage) {
        QSqlQuery chunk(db);
        if (!Sql::exec(
                chunk,
                QStringLiteral("SELECT company_id, first_seen FROM org_companies WHERE org_id = ? AND company_id "
                               "> ? ORDER BY company_id LIMIT ?"),
                {orgId, cursor, qMin(500, kScanPerPage - scanned)}, error))
            return false;
        QStringList ids;
        QHash<QString, qint64> firstSeen;
        while (chunk.next()) {
            ids << chunk.value(0).toString();
            firstSeen.insert(ids.last(), chunk.value(1).toLongLong());
        }
        if (ids.isEmpty())
            return true; // the end: no next
        scanned += int(ids.size());
        QHash<QString, protocol::LeadMatcher::Company> facts;
        QHash<QString, Annotations::Annotation> notes;
        QHash<QString, QList<Visit>> visits;
        if (!CompanyFacts::read(db, orgId, ids, filter && !filter->onList.isEmpty(), &facts, &notes, error) ||
            !visitsOfCompanies(db, orgId, ids, withPages, &visits, error))
            return false;
        for (const QString& id : std::as_const(ids)) {
            cursor = id;
            auto company = facts.find(id);
            const QList<Visit>& seen = visits[id];
            if (company == facts.end() || seen.isEmpty() || hidden->hides(id, company->sbiCode))
                continue;
            if (matcher) {
                for (const Visit& v : seen)
                    company->visits.append(v.forMatcher());
                if (!matcher->matches(*company))
                    continue;
            }
            page->append(listedJson(*company, firstSeen.value(id), seen));
            if (page->size() >= limit) {
                *next = id;
                return true;
            }
        }
    }
    *next = cursor; // looked at enough for one request: go on from here
    return true;
}

bool LeadRecords::company(QSqlDatabase db, const QString& orgId, const QString& companyId, QJsonObject* out,
                          bool* found, QString* error)
{
    *found = false;
    QVariantList row;
    bool seen = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT first_seen FROM org_companies WHERE org_id = ? AND company_id = ?"),
                       {orgId, companyId}, &row, &seen, error))
        return false;
    if (!seen)
        return true;
    IgnoreList::Active hidden;
    QHash<QString, protocol::LeadMatcher::Company> facts;
    QHash<QString, Annotations::Annotation> notes;
    QHash<QString, QList<Visit>> visits;
    if (!IgnoreList::active(db, orgId, &hidden, error) ||
        !CompanyFacts::read(db, orgId, {companyId}, false, &facts, &notes, error) ||
        !visitsOfCompanies(db, orgId, {companyId}, false, &visits, error))
        return false;
    const auto company = facts.constFind(companyId);
    const QList<Visit>& seenVisits = visits[companyId];
    if (company == facts.cend() || seenVisits.isEmpty() || hidden->hides(companyId, company->sbiCode))
        return true;
    *out = listedJson(*company, row.value(0).toLongLong(), seenVisits);
    *found = true;
    return true;
}

} // namespace leadscope::server
