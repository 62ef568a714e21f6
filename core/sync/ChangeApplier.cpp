#include "ChangeApplier.h"

#include <algorithm>

#include "core/query/LeadScore.h"
#include "protocol/LeadFilter.h"

#include <QDateTime>
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

namespace {

enum class Type
{
    Company,
    Visit,
    Pageview,
    Annotation,
    Activity,
    RuleFiring
};

const QStringList& companyFields()
{
    static const QStringList fields{QStringLiteral("registry_number"), QStringLiteral("name"),
                                    QStringLiteral("trade_name"),      QStringLiteral("legal_form"),
                                    QStringLiteral("sbi_code"),        QStringLiteral("sbi_label"),
                                    QStringLiteral("employee_band"),   QStringLiteral("street"),
                                    QStringLiteral("postcode"),        QStringLiteral("city"),
                                    QStringLiteral("country"),         QStringLiteral("website"),
                                    QStringLiteral("phone"),           QStringLiteral("linkedin")};
    return fields;
}

std::optional<qint64> timeOf(const QJsonObject& data, const char* field)
{
    const QDateTime at = QDateTime::fromString(data.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u':') || c.unicode() > 127)
            return false;
    }
    return true;
}

QString nonNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // absent: empty, never NULL
}

QString text(const QJsonObject& data, const QString& field)
{
    return nonNull(data.value(field).toString());
}

} // namespace

struct ChangeApplier::Change
{
    Type type;
    bool remove;
    QString id;
    QJsonObject data;
};

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

bool ChangeApplier::parseChange(const QJsonValue& value, Change* parsed)
{
    const QJsonObject change = value.toObject();
    const QString type = change.value(QStringLiteral("type")).toString();
    const QString op = change.value(QStringLiteral("op")).toString();
    *parsed = {Type::Company, op == QLatin1String("delete"), change.value(QStringLiteral("id")).toString(),
               change.value(QStringLiteral("data")).toObject()};
    if (type == QLatin1String("company"))
        parsed->type = Type::Company;
    else if (type == QLatin1String("visit"))
        parsed->type = Type::Visit;
    else if (type == QLatin1String("pageview"))
        parsed->type = Type::Pageview;
    else if (type == QLatin1String("annotation"))
        parsed->type = Type::Annotation;
    else if (type == QLatin1String("activity"))
        parsed->type = Type::Activity;
    else if (type == QLatin1String("rule_firing"))
        parsed->type = Type::RuleFiring;
    else
        return false;
    if (!validId(parsed->id) || (op != QLatin1String("upsert") && op != QLatin1String("delete")))
        return false;
    if (parsed->remove)
        return true;
    const QJsonObject& d = parsed->data;
    switch (parsed->type) {
    case Type::Company:
        return d.value(QStringLiteral("name")).isString();
    case Type::Visit:
        return validId(text(d, QStringLiteral("company_id"))) && timeOf(d, "started_at") && timeOf(d, "ended_at");
    case Type::Pageview:
        return validId(text(d, QStringLiteral("visit_id"))) && timeOf(d, "viewed_at");
    case Type::Annotation:
        return d.value(QStringLiteral("tags")).isArray() || d.value(QStringLiteral("tags")).isUndefined();
    case Type::Activity:
        return validId(text(d, QStringLiteral("company_id"))) && timeOf(d, "at") &&
               d.value(QStringLiteral("changes")).isObject();
    case Type::RuleFiring:
        return validId(text(d, QStringLiteral("company_id"))) && validId(text(d, QStringLiteral("visit_id"))) &&
               validId(text(d, QStringLiteral("rule_id"))) && timeOf(d, "at") &&
               d.value(QStringLiteral("why")).isObject() && d.value(QStringLiteral("did")).isObject();
    }
    return false;
}

bool ChangeApplier::isCursor(const QString& cursor)
{
    return !cursor.isEmpty() && cursor.size() <= 256 &&
           std::all_of(cursor.cbegin(), cursor.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
}

bool ChangeApplier::parse(const QByteArray& pageJson, QList<Change>* changes, QJsonObject* page, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(pageJson, &parseError);
    *page = document.object();
    const QJsonValue changesValue = page->value(QStringLiteral("changes"));
    const QString cursor = page->value(QStringLiteral("cursor")).toString();
    // The cursor goes back to the server as it came: printable ASCII only (a lone
    // surrogate would not survive storage — found by FuzzSyncPage).
    const bool cursorOk = isCursor(cursor);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !changesValue.isArray() || !cursorOk ||
        !page->value(QStringLiteral("has_more")).isBool()) {
        *error = tr("The server sent a sync page Leadscope does not understand; nothing of it was stored.");
        return false;
    }
    const QJsonArray array = changesValue.toArray();
    changes->reserve(array.size());
    for (const QJsonValue& value : array) {
        Change parsed;
        if (!parseChange(value, &parsed)) {
            *error = tr("The server sent a change Leadscope does not understand; nothing of that sync page was "
                        "stored.");
            return false;
        }
        changes->append(std::move(parsed));
    }
    return true;
}

bool ChangeApplier::remove(const Change& c, Touched* touched)
{
    const auto companyOf = [touched](SqliteStatement& lookup, const QString& id) {
        lookup.bind(1, id);
        if (lookup.next())
            touched->companies.append(lookup.text(0));
        lookup.reset();
    };
    switch (c.type) {
    case Type::Company:
        return m_deleteCompany.bind(1, c.id).exec();
    case Type::Visit:
        companyOf(m_visitCompany, c.id);
        return m_deleteVisitPageviews.bind(1, c.id).exec() && m_deleteVisit.bind(1, c.id).exec();
    case Type::Pageview:
        companyOf(m_pageviewCompany, c.id);
        return m_deletePageview.bind(1, c.id).exec();
    case Type::Annotation:
        return m_deleteAnnotation.bind(1, c.id).exec();
    case Type::Activity:
        return m_deleteActivity.bind(1, c.id).exec();
    case Type::RuleFiring:
        return m_deleteFiring.bind(1, c.id).exec();
    }
    return false;
}

bool ChangeApplier::upsert(const Change& c, Outcome* outcome, Touched* touched)
{
    const QJsonObject& d = c.data;
    switch (c.type) {
    case Type::Company:
        m_companyExists.bind(1, c.id);
        if (!m_companyExists.next())
            outcome->newCompanies.insert(c.id);
        m_companyExists.reset();
        m_company.bind(1, c.id);
        for (int i = 0; i < companyFields().size(); ++i)
            m_company.bind(i + 2, text(d, companyFields()[i]));
        return m_company.exec();
    case Type::Visit: {
        outcome->companiesWithVisits.insert(text(d, QStringLiteral("company_id")));
        touched->companies.append(text(d, QStringLiteral("company_id")));
        const QJsonObject match = d.value(QStringLiteral("match")).toObject();
        const bool stored = m_visit.bind(1, c.id)
                                .bind(2, text(d, QStringLiteral("company_id")))
                                .bind(3, text(d, QStringLiteral("visitor_key")))
                                .bind(4, text(d, QStringLiteral("site_id")))
                                .bind(5, text(d, QStringLiteral("website")))
                                .bind(6, *timeOf(d, "started_at"))
                                .bind(7, *timeOf(d, "ended_at"))
                                .bind(8, qint64(d.value(QStringLiteral("pageviews")).toInteger()))
                                .bind(9, text(d, QStringLiteral("referrer_class")))
                                .bind(10, text(d, QStringLiteral("referrer_host")))
                                .bind(11, text(d, QStringLiteral("utm_source")))
                                .bind(12, text(d, QStringLiteral("utm_medium")))
                                .bind(13, text(d, QStringLiteral("utm_campaign")))
                                .bind(14, text(d, QStringLiteral("landing_page")))
                                .bind(15, text(d, QStringLiteral("device")))
                                .bind(16, qint64(protocol::LeadFilter::confidenceLevel(
                                              match.value(QStringLiteral("confidence")).toString())))
                                .exec();
        // Its match in a table of its own (schema 11); a visit sent without one has none.
        if (!stored)
            return false;
        if (match.isEmpty())
            return m_deleteVisitMatch.bind(1, c.id).exec();
        return m_visitMatch.bind(1, c.id)
            .bind(2, QString::fromUtf8(QJsonDocument(match).toJson(QJsonDocument::Compact)))
            .exec();
    }
    case Type::Pageview:
        touched->visits.append(text(d, QStringLiteral("visit_id")));
        return m_pageview.bind(1, c.id)
            .bind(2, text(d, QStringLiteral("visit_id")))
            .bind(3, text(d, QStringLiteral("path")))
            .bind(4, text(d, QStringLiteral("title")))
            .bind(5, *timeOf(d, "viewed_at"))
            .bind(6, qint64(d.value(QStringLiteral("seconds")).toInteger()))
            .exec();
    case Type::Annotation: {
        const QJsonValue assignee = d.value(QStringLiteral("assignee"));
        return m_annotation.bind(1, c.id)
            .bind(2, QString::fromUtf8(
                         QJsonDocument(d.value(QStringLiteral("tags")).toArray()).toJson(QJsonDocument::Compact)))
            .bind(3, text(d, QStringLiteral("note")))
            .bind(4, d.value(QStringLiteral("status")).toString(QStringLiteral("new")))
            .bind(5, assignee.isString() ? assignee.toString() : QString())
            .bind(6, QString(d.value(QStringLiteral("updated_at")).toVariant().toString() + QStringLiteral("")))
            .bind(7, text(d, QStringLiteral("updated_by")))
            .exec();
    }
    case Type::Activity:
        return m_activity.bind(1, c.id)
            .bind(2, text(d, QStringLiteral("company_id")))
            .bind(3, *timeOf(d, "at"))
            .bind(4, text(d, QStringLiteral("by")))
            .bind(5, QString::fromUtf8(
                         QJsonDocument(d.value(QStringLiteral("changes")).toObject()).toJson(QJsonDocument::Compact)))
            .exec();
    case Type::RuleFiring:
        return upsertFiring(c, outcome);
    }
    return false;
}

bool ChangeApplier::upsertFiring(const Change& c, Outcome* outcome)
{
    const QJsonObject& d = c.data;
    const QJsonObject did = d.value(QStringLiteral("did")).toObject();
    QStringList notify;
    for (const QJsonValue& id : did.value(QStringLiteral("notify")).toArray())
        notify << id.toString();
    if (!notify.isEmpty())
        outcome->ruleAlerts.append(
            {text(d, QStringLiteral("company_id")), text(d, QStringLiteral("rule_name")), notify});
    return m_firing.bind(1, c.id)
        .bind(2, text(d, QStringLiteral("rule_id")))
        .bind(3, text(d, QStringLiteral("rule_name")))
        .bind(4, text(d, QStringLiteral("company_id")))
        .bind(5, text(d, QStringLiteral("visit_id")))
        .bind(6, *timeOf(d, "at"))
        .bind(7, QString::fromUtf8(
                     QJsonDocument(d.value(QStringLiteral("why")).toObject()).toJson(QJsonDocument::Compact)))
        .bind(8, QString::fromUtf8(QJsonDocument(did).toJson(QJsonDocument::Compact)))
        .exec();
}

bool ChangeApplier::apply(const QByteArray& pageJson, Outcome* outcome, QString* error)
{
    *outcome = Outcome{};
    // 1. Understand the whole page first.
    QList<Change> changes;
    QJsonObject page;
    if (!parse(pageJson, &changes, &page, error) || !prepare(error))
        return false;
    const QString cursor = page.value(QStringLiteral("cursor")).toString();
    const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
    // A first sync leaves the score's page-view signals to its end (kSignalsDeferredKey).
    const bool firstPage = m_cache.meta(QString::fromLatin1(kCursorKey)).isEmpty();
    const bool signalsDeferred = firstPage || m_cache.meta(QString::fromLatin1(kSignalsDeferredKey)) == u'1';

    // 2. All of it, and the cursor, in one transaction.
    SqliteDatabase::Transaction transaction(m_cache.db());
    if (!transaction.begun()) {
        *error = Cache::writeFailure(m_cache.db().lastErrorCode(), m_cache.db().lastError());
        return false;
    }
    bool ok = true;
    // The companies (and visits) whose page views changed: their score signals are refreshed at the end.
    Touched touched;
    for (const Change& c : std::as_const(changes)) {
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
    ok = ok && m_setMeta.bind(1, QString::fromLatin1(kCursorKey)).bind(2, cursor).exec();
    if (ok && firstPage && hasMore)
        ok = m_setMeta.bind(1, QString::fromLatin1(kSignalsDeferredKey)).bind(2, QStringLiteral("1")).exec();
    // The end of a cache's first sync: what is more than a day older than the
    // latest visit counts as seen (LeadsQuery), so bold means something on a
    // first sign-in too; and the score's signals of every company.
    if (ok && !hasMore) {
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
    outcome->cursor = cursor;
    outcome->hasMore = hasMore;
    outcome->remaining = std::max<qint64>(0, page.value(QStringLiteral("remaining")).toInteger());
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
    return true;
}

} // namespace leadscope::core
