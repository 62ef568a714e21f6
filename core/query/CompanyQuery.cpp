#include "CompanyQuery.h"

#include "Team.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

namespace {

// (A visit's match lives in visit_matches, schema 11.)
const char* const kVisitColumns = "id, visitor_key, website, started_at, ended_at, pageviews, referrer_class, "
                                  "referrer_host, utm_source, utm_medium, utm_campaign, landing_page, device, "
                                  "coalesce((SELECT m.match FROM visit_matches m WHERE m.visit_id = visits.id), '{}'), "
                                  "confidence";

// The name of the rule `by` ("rule:<id>") names: from the rules list, else the name it last fired under.
QString ruleNameSql(const QString& by)
{
    return QStringLiteral("coalesce((SELECT name FROM rules WHERE id = substr(%1, 6)), (SELECT rule_name FROM "
                          "rule_firings WHERE rule_id = substr(%1, 6) ORDER BY at DESC LIMIT 1), '')")
        .arg(by);
}

CompanyQuery::Visit visitFrom(const SqliteStatement& q)
{
    return {q.text(0), q.text(1), q.text(2),  q.int64(3), q.int64(4), q.int64(5), q.text(6),  q.text(7),
            q.text(8), q.text(9), q.text(10), q.text(11), q.text(12), {},         q.text(13), int(q.int64(14))};
}

} // namespace

CompanyQuery::CompanyQuery(Cache& cache)
    : m_cache(cache)
{
}

qint64 CompanyQuery::startOfDayMs(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

QDate CompanyQuery::bucketStart(QDate day, Granularity granularity)
{
    return granularity == Granularity::Week ? day.addDays(1 - day.dayOfWeek()) : day;
}

bool CompanyQuery::company(const QString& id, Company* result, bool* found, QString* error)
{
    *found = false;
    SqliteStatement q = m_cache.db().prepare(
        QStringLiteral(
            "SELECT c.id, c.registry_number, c.name, c.trade_name, c.legal_form, c.sbi_code, c.sbi_label, "
            "c.employee_band, c.street, c.postcode, c.city, c.country, c.website, c.phone, c.linkedin, "
            "coalesce(s.visits, 0), coalesce(s.pageviews, 0), coalesce(s.first_visit, 0), "
            "coalesce(s.last_visit, 0), coalesce(a.tags, '[]'), coalesce(a.note, ''), "
            "coalesce(a.status, 'new'), coalesce(a.assignee, ''), coalesce(a.updated_at, ''), "
            "EXISTS (SELECT 1 FROM outbox o WHERE o.company_id = c.id), "
            "coalesce(s.intent_views, 0), coalesce(s.seconds, 0), " // the score's signals (schema 4)
            "coalesce(%1, a.assignee, ''), coalesce(%2, a.updated_by, ''), coalesce(s.confidence, 0), "
            "coalesce((SELECT coalesce((SELECT m.match FROM visit_matches m WHERE m.visit_id = v.id), '{}') || "
            "char(31) || v.id FROM visits v WHERE v.company_id = c.id "
            "ORDER BY v.started_at DESC, v.id DESC LIMIT 1), ''), "
            // A rule's edit: the rule by name (as the team history names it).
            "coalesce(a.updated_by LIKE 'rule:%', 0), %3 "
            "FROM companies c LEFT JOIN company_stats s ON s.company_id = c.id "
            "LEFT JOIN annotations a ON a.company_id = c.id "
            "LEFT JOIN team t ON t.id = a.assignee "
            "LEFT JOIN team u ON u.id = a.updated_by WHERE c.id = ?")
            .arg(Team::nameSql(QStringLiteral("t")), Team::nameSql(QStringLiteral("u")),
                 ruleNameSql(QStringLiteral("a.updated_by"))),
        error);
    if (!q.isValid())
        return false;
    q.bind(1, id);
    if (!q.next()) {
        if (!q.ok())
            *error = q.error();
        return q.ok();
    }
    Company& c = *result;
    c = Company{q.text(0),  q.text(1),   q.text(2),   q.text(3),   q.text(4),   q.text(5),  q.text(6),
                q.text(7),  q.text(8),   q.text(9),   q.text(10),  q.text(11),  q.text(12), q.text(13),
                q.text(14), q.int64(15), q.int64(16), q.int64(17), q.int64(18), {},         {}};
    for (const QJsonValue& tag : QJsonDocument::fromJson(q.text(19).toUtf8()).array())
        c.annotation.tags << tag.toString();
    c.annotation.note = q.text(20);
    c.annotation.status = q.text(21);
    c.annotation.assignee = q.text(22);
    c.annotation.updatedAt = q.text(23);
    c.annotation.pending = q.int64(24) != 0;
    c.annotation.assigneeName = q.text(27);
    c.annotation.updatedByName = q.text(28);
    c.annotation.updatedByRule = q.int64(31) != 0;
    if (c.annotation.updatedByRule)
        c.annotation.updatedByName = q.text(32);
    c.confidence = int(q.int64(29));
    if (const QString latest = q.text(30); !latest.isEmpty()) {
        c.latestMatch = latest.section(QChar(31), 0, 0);
        c.latestVisitId = latest.section(QChar(31), 1, 1);
    }
    const qint64 now = m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
    c.score = LeadScore::compute({c.lastVisit, c.visits, q.int64(25), q.int64(26), c.sizeBand}, now);
    *found = true;
    return true;
}

bool CompanyQuery::loadPageviews(QList<Visit>* visits, QString* error)
{
    SqliteStatement q = m_cache.db().prepare(
        QStringLiteral("SELECT path, title, viewed_at, seconds FROM pageviews WHERE visit_id = ? ORDER BY viewed_at"),
        error);
    if (!q.isValid())
        return false;
    for (Visit& visit : *visits) {
        q.bind(1, visit.id);
        while (q.next())
            visit.pageviews.append({q.text(0), q.text(1), q.int64(2), q.int64(3)});
        if (!q.ok()) {
            *error = q.error();
            return false;
        }
        q.reset();
    }
    return true;
}

bool CompanyQuery::visits(const QString& id, qint64 from, qint64 to, QList<Visit>* result, QString* error)
{
    result->clear();
    QString sql = QStringLiteral("SELECT %1 FROM visits WHERE company_id = ?").arg(QLatin1String(kVisitColumns));
    if (from > 0 || to > 0)
        sql += QStringLiteral(" AND started_at >= ? AND started_at < ?");
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    SqliteStatement q = m_cache.db().prepare(sql, error);
    if (!q.isValid())
        return false;
    q.bind(1, id);
    if (from > 0 || to > 0)
        q.bind(2, from).bind(3, to > 0 ? to : std::numeric_limits<qint64>::max());
    while (q.next())
        result->append(visitFrom(q));
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return loadPageviews(result, error);
}

bool CompanyQuery::activity(const QString& id, QDate from, QDate to, Granularity granularity, QList<Bucket>* result,
                            QString* error)
{
    result->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return true;
    const QDate first = bucketStart(from, granularity);
    const int step = granularity == Granularity::Week ? 7 : 1;
    QHash<QDate, qsizetype> index;
    for (QDate day = first; day <= to; day = day.addDays(step)) {
        index.insert(day, result->size());
        result->append(Bucket{day, 0, 0, {}});
    }
    SqliteStatement q = m_cache.db().prepare(
        QStringLiteral("SELECT id, started_at, pageviews FROM visits WHERE company_id = ? AND started_at >= ? AND "
                       "started_at < ? ORDER BY started_at, id"),
        error);
    if (!q.isValid())
        return false;
    q.bind(1, id).bind(2, startOfDayMs(from)).bind(3, startOfDayMs(to.addDays(1)));
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.int64(1)).date();
        const auto at = index.constFind(bucketStart(day, granularity));
        if (at == index.constEnd())
            continue;
        Bucket& bucket = (*result)[*at];
        ++bucket.visits;
        bucket.pageviews += q.int64(2);
        if (bucket.firstVisitId.isEmpty())
            bucket.firstVisitId = q.text(0);
    }
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool CompanyQuery::history(const QString& id, int limit, QList<HistoryEntry>* result, QString* error)
{
    result->clear();
    SqliteStatement q =
        m_cache.db().prepare(QStringLiteral("SELECT h.at, coalesce(%1, ''), h.changes, coalesce(%2, ''), "
                                            "h.by LIKE 'rule:%', %3 "
                                            "FROM activity h LEFT JOIN team u ON u.id = h.by "
                                            "LEFT JOIN team t ON t.id = json_extract(h.changes, '$.assignee.to') "
                                            "WHERE h.company_id = ? ORDER BY h.at DESC, h.id DESC LIMIT ?")
                                 .arg(Team::nameSql(QStringLiteral("u")), Team::nameSql(QStringLiteral("t")),
                                      ruleNameSql(QStringLiteral("h.by"))),
                             error);
    if (!q.isValid())
        return false;
    q.bind(1, id).bind(2, qint64(limit));
    const auto list = [](const QJsonValue& value) {
        QStringList out;
        for (const QJsonValue& item : value.toArray())
            out << item.toString();
        return out;
    };
    while (q.next()) {
        const QJsonObject changes = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        HistoryEntry entry;
        entry.at = q.int64(0);
        entry.byName = q.text(1);
        entry.byRule = q.int64(4) != 0;
        entry.ruleName = q.text(5);
        const QJsonObject status = changes.value(QStringLiteral("status")).toObject();
        entry.statusChanged = !status.isEmpty();
        entry.statusFrom = status.value(QStringLiteral("from")).toString();
        entry.statusTo = status.value(QStringLiteral("to")).toString();
        const QJsonObject assignee = changes.value(QStringLiteral("assignee")).toObject();
        entry.assigneeChanged = !assignee.isEmpty();
        entry.assigneeTo = assignee.value(QStringLiteral("to")).toString();
        entry.assigneeToName = q.text(3);
        const QJsonObject tags = changes.value(QStringLiteral("tags")).toObject();
        const QStringList tagsFrom = list(tags.value(QStringLiteral("from")));
        const QStringList tagsTo = list(tags.value(QStringLiteral("to")));
        for (const QString& tag : tagsTo)
            if (!tagsFrom.contains(tag))
                entry.tagsAdded << tag;
        for (const QString& tag : tagsFrom)
            if (!tagsTo.contains(tag))
                entry.tagsRemoved << tag;
        const QJsonObject note = changes.value(QStringLiteral("note")).toObject();
        entry.noteChanged = !note.isEmpty();
        entry.note = note.value(QStringLiteral("to")).toString();
        result->append(entry);
    }
    if (!q.ok())
        *error = q.error();
    return q.ok();
}

bool CompanyQuery::journeys(const QString& id, QList<Visitor>* result, QString* error)
{
    result->clear();
    SqliteStatement q =
        m_cache.db().prepare(QStringLiteral("SELECT %1 FROM visits WHERE company_id = ? ORDER BY started_at, id")
                                 .arg(QLatin1String(kVisitColumns)),
                             error);
    if (!q.isValid())
        return false;
    q.bind(1, id);
    QHash<QString, qsizetype> byKey;
    while (q.next()) {
        Visit visit = visitFrom(q);
        auto at = byKey.constFind(visit.visitorKey);
        if (at == byKey.constEnd()) {
            at = byKey.insert(visit.visitorKey, result->size());
            result->append(Visitor{int(result->size()) + 1, {}});
        }
        visit.visitorKey.clear(); // the UI never needs the key itself
        (*result)[*at].visits.append(std::move(visit));
    }
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    for (Visitor& visitor : *result) {
        if (!loadPageviews(&visitor.visits, error))
            return false;
    }
    return true;
}

bool CompanyQuery::briefs(const QStringList& ids, QList<Brief>* result, QString* error)
{
    result->clear();
    SqliteStatement q = m_cache.db().prepare(
        QStringLiteral("SELECT c.name, EXISTS (SELECT 1 FROM annotations a, json_each(a.tags) j WHERE a.company_id = "
                       "c.id AND j.value = 'watch') FROM companies c WHERE c.id = ? AND c.id NOT IN (SELECT "
                       "company_id FROM ignored_companies)"),
        error);
    if (!q.isValid())
        return false;
    for (const QString& id : ids) {
        if (q.bind(1, id).next())
            result->append({id, q.text(0), q.int64(1) != 0});
        if (!q.ok()) {
            *error = q.error();
            return false;
        }
        q.reset();
    }
    return true;
}

} // namespace leadscope::core
