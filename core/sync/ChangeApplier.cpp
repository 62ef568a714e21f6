#include "ChangeApplier.h"

#include "core/cache/EncryptedVfs.h"
#include "core/query/LeadScore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::core {

namespace {

// The write-ahead log is emptied after a page once it is past 64 MiB,
// waiting at most this long for the screens' reads (SqliteDatabase::limitWal).
constexpr int kWalLimitFrames = 64 * 1024 * 1024 / EncryptedVfs::kPageSize;
constexpr int kWalWaitMs = 250;

const QStringList& companyFields() // the columns, in SyncPage::kCompanyFields' order
{
    static const QStringList fields = [] {
        QStringList names;
        for (const char* field : SyncPage::kCompanyFields)
            names << QString::fromLatin1(field);
        return names;
    }();
    return fields;
}

} // namespace

struct ChangeApplier::Touched
{
    QJsonArray companies;
    QJsonArray visits;
};

ChangeApplier::ChangeApplier(Cache& cache)
    : m_cache(cache)
{
}

bool ChangeApplier::prepare(QString* error)
{
    if (m_prepared)
        return true;
    SqliteDatabase& db = m_cache.db();
    QStringList placeholders(companyFields().size() + 1, QStringLiteral("?"));
    QStringList updates;
    for (const QString& field : companyFields())
        updates << field + QStringLiteral(" = excluded.") + field;
    m_company = db.prepare(QStringLiteral("INSERT INTO companies (id, ") + companyFields().join(u',') +
                               QStringLiteral(") VALUES (") + placeholders.join(u',') +
                               QStringLiteral(") ON CONFLICT (id) DO UPDATE SET ") + updates.join(u','),
                           error);
    m_companyExists = db.prepare(QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), error);
    m_visit = db.prepare(
        QStringLiteral("INSERT INTO visits (id, company_id, visitor_key, site_id, website, started_at, ended_at, "
                       "pageviews, referrer_class, referrer_host, utm_source, utm_medium, utm_campaign, landing_page, "
                       "device, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO "
                       "UPDATE SET "
                       "company_id = excluded.company_id, visitor_key = excluded.visitor_key, "
                       "site_id = excluded.site_id, website = excluded.website, started_at = excluded.started_at, "
                       "ended_at = excluded.ended_at, pageviews = excluded.pageviews, "
                       "referrer_class = excluded.referrer_class, referrer_host = excluded.referrer_host, "
                       "utm_source = excluded.utm_source, utm_medium = excluded.utm_medium, "
                       "utm_campaign = excluded.utm_campaign, landing_page = excluded.landing_page, "
                       "device = excluded.device, confidence = excluded.confidence"),
        error);
    m_visitMatch = db.prepare(QStringLiteral("INSERT INTO visit_matches (visit_id, match) VALUES (?, ?) "
                                             "ON CONFLICT (visit_id) DO UPDATE SET match = excluded.match"),
                              error);
    m_deleteVisitMatch = db.prepare(QStringLiteral("DELETE FROM visit_matches WHERE visit_id = ?"), error);
    m_pageview = db.prepare(QStringLiteral("INSERT INTO pageviews (id, visit_id, path, title, viewed_at, seconds) "
                                           "VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                           "visit_id = excluded.visit_id, path = excluded.path, "
                                           "title = excluded.title, viewed_at = excluded.viewed_at, "
                                           "seconds = excluded.seconds"),
                            error);
    m_annotation =
        // An edit still waiting in the outbox wins until the server has it.
        db.prepare(QStringLiteral("INSERT INTO annotations (company_id, tags, note, status, assignee, updated_at, "
                                  "updated_by) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (SELECT 1 FROM "
                                  "outbox WHERE company_id = ?1) ON CONFLICT (company_id) DO UPDATE SET "
                                  "tags = excluded.tags, note = excluded.note, status = excluded.status, "
                                  "assignee = excluded.assignee, updated_at = excluded.updated_at, "
                                  "updated_by = excluded.updated_by"),
                   error);
    m_deleteCompany = db.prepare(QStringLiteral("DELETE FROM companies WHERE id = ?"), error);
    m_deleteVisit = db.prepare(QStringLiteral("DELETE FROM visits WHERE id = ?"), error);
    m_deleteVisitPageviews = db.prepare(QStringLiteral("DELETE FROM pageviews WHERE visit_id = ?"), error);
    m_deletePageview = db.prepare(QStringLiteral("DELETE FROM pageviews WHERE id = ?"), error);
    m_deleteAnnotation = db.prepare(QStringLiteral("DELETE FROM annotations WHERE company_id = ?"), error);
    m_activity = db.prepare(QStringLiteral("INSERT INTO activity (id, company_id, at, by, changes) VALUES (?,?,?,?,?) "
                                           "ON CONFLICT (id) DO UPDATE SET company_id = excluded.company_id, "
                                           "at = excluded.at, by = excluded.by, changes = excluded.changes"),
                            error);
    m_deleteActivity = db.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"), error);
    m_firing = db.prepare(QStringLiteral("INSERT INTO rule_firings (id, rule_id, rule_name, company_id, visit_id, at, "
                                         "why, did) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                         "rule_name = excluded.rule_name, why = excluded.why, did = excluded.did"),
                          error);
    m_deleteFiring = db.prepare(QStringLiteral("DELETE FROM rule_firings WHERE id = ?"), error);
    m_prepared = prepareBookkeeping(error) && m_company.isValid() && m_companyExists.isValid() && m_visit.isValid() &&
                 m_pageview.isValid() && m_annotation.isValid() && m_deleteCompany.isValid() &&
                 m_deleteVisit.isValid() && m_deleteVisitPageviews.isValid() && m_deletePageview.isValid() &&
                 m_deleteAnnotation.isValid() && m_activity.isValid() && m_deleteActivity.isValid() &&
                 m_firing.isValid() && m_deleteFiring.isValid() && m_visitMatch.isValid() &&
                 m_deleteVisitMatch.isValid();
    return m_prepared;
}

bool ChangeApplier::prepareBookkeeping(QString* error)
{
    SqliteDatabase& db = m_cache.db();
    m_visitCompany = db.prepare(QStringLiteral("SELECT company_id FROM visits WHERE id = ?"), error);
    m_pageviewCompany = db.prepare(
        QStringLiteral("SELECT v.company_id FROM pageviews p JOIN visits v ON v.id = p.visit_id WHERE p.id = ?"),
        error);
    m_refreshSignals = db.prepare(
        LeadScore::refreshSignalsSql(QStringLiteral(
            "company_id IN (SELECT value FROM json_each(?1)) OR company_id IN (SELECT company_id FROM visits "
            "WHERE id IN (SELECT value FROM json_each(?2)))")),
        error);
    m_setMeta = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           error);
    m_clearMeta = db.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"), error);
    m_refreshAllSignals = db.prepare(LeadScore::refreshAllSignalsSql(), error);
    m_setSeenBaseline =
        db.prepare(QStringLiteral("INSERT INTO meta (key, value) SELECT 'seen_baseline', "
                                  "min(?1, coalesce(max(last_visit), ?1)) - 86400000 FROM company_stats WHERE 1 "
                                  "ON CONFLICT (key) DO NOTHING"),
                   error);
    return m_setSeenBaseline.isValid() && m_visitCompany.isValid() && m_pageviewCompany.isValid() &&
           m_refreshSignals.isValid() && m_setMeta.isValid() && m_clearMeta.isValid() && m_refreshAllSignals.isValid();
}

bool ChangeApplier::remove(const SyncPage::Change& c, Touched* touched)
{
    const auto companyOf = [touched](SqliteStatement& lookup, const QString& id) {
        lookup.bind(1, id);
        if (lookup.next())
            touched->companies.append(lookup.text(0));
        lookup.reset();
    };
    switch (c.type) {
    case SyncPage::Type::Company:
        return m_deleteCompany.bind(1, c.id).exec();
    case SyncPage::Type::Visit:
        companyOf(m_visitCompany, c.id);
        return m_deleteVisitPageviews.bind(1, c.id).exec() && m_deleteVisit.bind(1, c.id).exec();
    case SyncPage::Type::Pageview:
        companyOf(m_pageviewCompany, c.id);
        return m_deletePageview.bind(1, c.id).exec();
    case SyncPage::Type::Annotation:
        return m_deleteAnnotation.bind(1, c.id).exec();
    case SyncPage::Type::Activity:
        return m_deleteActivity.bind(1, c.id).exec();
    case SyncPage::Type::RuleFiring:
        return m_deleteFiring.bind(1, c.id).exec();
    }
    return false;
}

bool ChangeApplier::upsertCompany(const QString& id, const SyncPage::Company& row, Outcome* outcome)
{
    m_companyExists.bind(1, id);
    if (!m_companyExists.next())
        outcome->newCompanies.insert(id);
    m_companyExists.reset();
    m_company.bind(1, id);
    for (std::size_t i = 0; i < row.fields.size(); ++i)
        m_company.bind(int(i) + 2, row.fields[i]);
    return m_company.exec();
}

bool ChangeApplier::upsertVisit(const QString& id, const SyncPage::Visit& v, Outcome* outcome, Touched* touched)
{
    outcome->companiesWithVisits.insert(v.companyId);
    touched->companies.append(v.companyId);
    const bool stored = m_visit.bind(1, id)
                            .bind(2, v.companyId)
                            .bind(3, v.visitorKey)
                            .bind(4, v.siteId)
                            .bind(5, v.website)
                            .bind(6, v.startedAt)
                            .bind(7, v.endedAt)
                            .bind(8, v.pageviews)
                            .bind(9, v.referrerClass)
                            .bind(10, v.referrerHost)
                            .bind(11, v.utmSource)
                            .bind(12, v.utmMedium)
                            .bind(13, v.utmCampaign)
                            .bind(14, v.landingPage)
                            .bind(15, v.device)
                            .bind(16, qint64(v.confidence))
                            .exec();
    // Its match in a table of its own (schema 11); a visit sent without one has none.
    if (!stored)
        return false;
    if (v.match.isEmpty())
        return m_deleteVisitMatch.bind(1, id).exec();
    return m_visitMatch.bind(1, id).bind(2, v.match).exec();
}

bool ChangeApplier::upsert(const SyncPage::Change& c, Outcome* outcome, Touched* touched)
{
    if (const auto* company = std::get_if<SyncPage::Company>(&c.row))
        return upsertCompany(c.id, *company, outcome);
    if (const auto* visit = std::get_if<SyncPage::Visit>(&c.row))
        return upsertVisit(c.id, *visit, outcome, touched);
    if (const auto* p = std::get_if<SyncPage::Pageview>(&c.row)) {
        touched->visits.append(p->visitId);
        return m_pageview.bind(1, c.id)
            .bind(2, p->visitId)
            .bind(3, p->path)
            .bind(4, p->title)
            .bind(5, p->viewedAt)
            .bind(6, p->seconds)
            .exec();
    }
    if (const auto* a = std::get_if<SyncPage::Annotation>(&c.row)) {
        return m_annotation.bind(1, c.id)
            .bind(2, a->tags)
            .bind(3, a->note)
            .bind(4, a->status)
            .bind(5, a->assignee)
            .bind(6, a->updatedAt)
            .bind(7, a->updatedBy)
            .exec();
    }
    if (const auto* a = std::get_if<SyncPage::Activity>(&c.row))
        return m_activity.bind(1, c.id).bind(2, a->companyId).bind(3, a->at).bind(4, a->by).bind(5, a->changes).exec();
    if (const auto* f = std::get_if<SyncPage::RuleFiring>(&c.row)) {
        if (!f->notify.isEmpty())
            outcome->ruleAlerts.append({f->companyId, f->ruleName, f->notify});
        return m_firing.bind(1, c.id)
            .bind(2, f->ruleId)
            .bind(3, f->ruleName)
            .bind(4, f->companyId)
            .bind(5, f->visitId)
            .bind(6, f->at)
            .bind(7, f->why)
            .bind(8, f->did)
            .exec();
    }
    return false; // (SyncPage::read gives every upsert its row)
}

bool ChangeApplier::apply(const QByteArray& pageJson, Outcome* outcome, QString* error)
{
    *outcome = Outcome{};
    SyncPage page;
    return SyncPage::read(pageJson, &page, error) && apply(page, outcome, error);
}

bool ChangeApplier::apply(const SyncPage& page, Outcome* outcome, QString* error)
{
    *outcome = Outcome{};
    if (!prepare(error))
        return false;
    // A first sync leaves the score's page-view signals to its end (kSignalsDeferredKey).
    const bool firstPage = m_cache.meta(QString::fromLatin1(kCursorKey)).isEmpty();
    const bool signalsDeferred = firstPage || m_cache.meta(QString::fromLatin1(kSignalsDeferredKey)) == u'1';

    // All of it, and the cursor, in one transaction.
    SqliteDatabase::Transaction transaction(m_cache.db());
    if (!transaction.begun()) {
        *error = Cache::writeFailure(m_cache.db().lastErrorCode(), m_cache.db().lastError());
        return false;
    }
    bool ok = true;
    // The companies (and visits) whose page views changed: their score signals are refreshed at the end.
    Touched touched;
    for (const SyncPage::Change& c : page.changes) {
        ok = c.remove ? remove(c, &touched) : upsert(c, outcome, &touched);
        if (!ok)
            break;
        ++outcome->applied;
    }
    if (ok && !signalsDeferred && (!touched.companies.isEmpty() || !touched.visits.isEmpty()))
        ok =
            m_refreshSignals.bind(1, QString::fromUtf8(QJsonDocument(touched.companies).toJson(QJsonDocument::Compact)))
                .bind(2, QString::fromUtf8(QJsonDocument(touched.visits).toJson(QJsonDocument::Compact)))
                .exec();
    ok = ok && m_setMeta.bind(1, QString::fromLatin1(kCursorKey)).bind(2, page.cursor).exec();
    if (ok && firstPage && page.hasMore)
        ok = m_setMeta.bind(1, QString::fromLatin1(kSignalsDeferredKey)).bind(2, QStringLiteral("1")).exec();
    // The end of a cache's first sync: what is more than a day older than the
    // latest visit counts as seen (LeadsQuery), so bold means something on a
    // first sign-in too; and the score's signals of every company.
    if (ok && !page.hasMore) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ok = m_setSeenBaseline.bind(1, now).exec();
        if (ok && signalsDeferred)
            ok = m_refreshAllSignals.exec() && m_clearMeta.bind(1, QString::fromLatin1(kSignalsDeferredKey)).exec();
    }
    if (!ok || !transaction.commit(error)) {
        // Before the rollback: the code says why (a full disk, say).
        *error =
            Cache::writeFailure(m_cache.db().lastErrorCode(), error->isEmpty() ? m_cache.db().lastError() : *error);
        return false;
    }
    m_cache.db().limitWal(kWalLimitFrames, kWalWaitMs);
    outcome->cursor = page.cursor;
    outcome->hasMore = page.hasMore;
    outcome->remaining = page.remaining;
    return true;
}

bool ChangeApplier::trimToWindow(qint64 sinceMs, qint64* removed, QString* error)
{
    *removed = 0;
    if (!prepare(error))
        return false;
    SqliteDatabase& db = m_cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        *error = Cache::writeFailure(db.lastErrorCode(), db.lastError());
        return false;
    }
    // The companies whose visits go, for their score afterwards.
    SqliteStatement companies =
        db.prepare(QStringLiteral("SELECT count(*), coalesce(json_group_array(DISTINCT company_id), '[]') FROM visits "
                                  "WHERE started_at < ?"),
                   error);
    SqliteStatement pages = db.prepare(
        QStringLiteral("DELETE FROM pageviews WHERE visit_id IN (SELECT id FROM visits WHERE started_at < ?)"), error);
    SqliteStatement visits = db.prepare(QStringLiteral("DELETE FROM visits WHERE started_at < ?"), error);
    bool ok = companies.isValid() && pages.isValid() && visits.isValid() && companies.bind(1, sinceMs).next();
    QString touched = QStringLiteral("[]");
    if (ok) {
        *removed = companies.int64(0);
        touched = companies.text(1);
        companies.reset();
    }
    // (Indexed both ways: visits by start, page views by visit; nothing to do on most days.)
    if (ok && *removed > 0)
        ok = pages.bind(1, sinceMs).exec() && visits.bind(1, sinceMs).exec() &&
             m_refreshSignals.bind(1, touched).bind(2, QStringLiteral("[]")).exec();
    ok = ok && m_setMeta.bind(1, QString::fromLatin1(kWindowKey)).bind(2, QString::number(sinceMs)).exec();
    if (!ok || !transaction.commit(error)) {
        *error = Cache::writeFailure(db.lastErrorCode(), error->isEmpty() ? db.lastError() : *error);
        return false;
    }
    db.limitWal(kWalLimitFrames, kWalWaitMs);
    return true;
}

} // namespace leadscope::core
