#include "server/integrations/WebhookEvents.h"

#include "server/base/Clock.h"
#include "server/domain/CompanyFacts.h"
#include "server/domain/IgnoreList.h"
#include "server/domain/LeadRecords.h"
#include "server/store/Sql.h"

#include "protocol/LeadMatcher.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace leadscope::server {

namespace {

using Company = protocol::LeadMatcher::Company;

using VisitFacts = LeadRecords::Visit;

// A change that makes an event, before the facts are read.
struct Pending
{
    QString key; // what happened, for the event's id
    QString type;
    qint64 at = 0;
    QString companyId;
    QString visitId;
    QJsonObject extra; // the rule and why; the annotation's changes and who
};

QString eventId(const QString& destinationId, const QString& key)
{
    return QStringLiteral("msg_") + QString::fromLatin1(QCryptographicHash::hash((destinationId + u'|' + key).toUtf8(),
                                                                                 QCryptographicHash::Sha256)
                                                            .toHex()
                                                            .left(32));
}

// The log entries after the destination's cursor that make events for it.
void eventsOfLog(const Webhooks::Destination& d, const WebhookEvents::Log& log, QList<Pending>* out)
{
    for (const WebhookEvents::Log::Entry& entry : log.entries) {
        if (entry.seq <= d.cursorSeq)
            continue;
        const QJsonObject change = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
        Pending p{QStringLiteral("c%1").arg(entry.seq), {}, entry.at, {}, {}, {}};
        if (entry.entity == QLatin1String("company") && d.events.contains(QLatin1String("company.new"))) {
            p.type = QStringLiteral("company.new");
            p.companyId = entry.entityId;
        } else if (entry.entity == QLatin1String("rule_firing") && d.events.contains(QLatin1String("rule.fired"))) {
            p.type = QStringLiteral("rule.fired");
            p.companyId = change.value(QLatin1String("company_id")).toString();
            p.visitId = change.value(QLatin1String("visit_id")).toString();
            p.extra = {{QStringLiteral("rule"),
                        QJsonObject{{QStringLiteral("id"), change.value(QLatin1String("rule_id"))},
                                    {QStringLiteral("name"), change.value(QLatin1String("rule_name"))}}},
                       {QStringLiteral("why"), change.value(QLatin1String("why"))},
                       {QStringLiteral("did"), change.value(QLatin1String("did"))}};
        } else if (entry.entity == QLatin1String("activity") && d.events.contains(QLatin1String("company.annotated")) &&
                   !change.value(QLatin1String("by")).toString().startsWith(QLatin1String("rule:"))) {
            p.type = QStringLiteral("company.annotated");
            p.companyId = change.value(QLatin1String("company_id")).toString();
            p.extra = {{QStringLiteral("changes"), change.value(QLatin1String("changes"))},
                       {QStringLiteral("by"), change.value(QLatin1String("by"))}};
        } else {
            continue;
        }
        out->append(p);
    }
}

// Visits that ended since the destination last looked (at most once a minute).
bool readFinished(QSqlDatabase db, const Webhooks::Destination& d, qint64 nowMs, QList<Pending>* out, qint64* through,
                  QString* error)
{
    *through = d.finishedThrough;
    const qint64 until = nowMs - WebhookEvents::kVisitGapMs;
    if (!d.events.contains(QLatin1String("visit.finished")) || until - d.finishedThrough < 60'000)
        return true;
    constexpr int kLimit = 500;
    // (A visit that went on for more than a day is announced only if it ended in the window.)
    QSqlQuery* q =
        Sql::execCached(db,
                        QStringLiteral("SELECT id, company_id, last_at FROM visits WHERE org_id = ? AND "
                                       "started_at >= ? AND last_at > ? AND last_at <= ? ORDER BY last_at "
                                       "LIMIT ?"),
                        {d.orgId, d.finishedThrough - 24LL * 3600 * 1000, d.finishedThrough, until, kLimit}, error);
    if (!q)
        return false;
    int rows = 0;
    qint64 last = 0;
    while (q->next()) {
        ++rows;
        last = q->value(2).toLongLong();
        out->append({QStringLiteral("v") + q->value(0).toString(),
                     QStringLiteral("visit.finished"),
                     last,
                     q->value(1).toString(),
                     q->value(0).toString(),
                     {}});
    }
    // A full page: the rest of its last millisecond comes again next time (the same ids: queued once).
    *through = rows == kLimit ? last - 1 : until;
    return true;
}

// Whether the destination's filter takes the event (no filter: every company).
bool wanted(QSqlDatabase db, const std::optional<protocol::LeadMatcher>& matcher, const protocol::LeadFilter& filter,
            const QString& orgId, const Company& company, const VisitFacts* visit, bool* ok, QString* error)
{
    *ok = true;
    if (!matcher)
        return true;
    if (!visit)
        return matcher->companyMayFire(company);
    qint64 previous = 0;
    if (filter.visit.first || filter.visit.returningWithinDays > 0) {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOneCached(db,
                                 QStringLiteral("SELECT coalesce(max(started_at), 0) FROM visits WHERE org_id = ? AND "
                                                "company_id = ? AND started_at < ?"),
                                 {orgId, company.id, visit->startedAt}, &row, &found, error)) {
            *ok = false;
            return false;
        }
        previous = found ? row.value(0).toLongLong() : 0;
    }
    return matcher->firesOn(company, visit->forMatcher(), previous).has_value();
}

} // namespace

bool WebhookEvents::readLog(QSqlDatabase db, const QString& orgId, qint64 afterSeq, Log* log, QString* error)
{
    QSqlQuery* q = Sql::execCached(
        db,
        QStringLiteral("SELECT seq, entity, entity_id, created_at, CASE WHEN op = 'upsert' AND entity IN ('company', "
                       "'rule_firing', 'activity') THEN payload ELSE '' END FROM changes WHERE org_id = ? AND seq > ? "
                       "ORDER BY seq LIMIT ?"),
        {orgId, afterSeq, kMaxChanges}, error);
    if (!q)
        return false;
    log->from = afterSeq;
    log->through = afterSeq;
    log->entries.clear();
    while (q->next()) {
        log->through = q->value(0).toLongLong();
        QString payload = q->value(4).toString();
        if (!payload.isEmpty())
            log->entries.append({log->through, q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
                                 std::move(payload)});
    }
    return true;
}

bool WebhookEvents::collect(QSqlDatabase db, const Webhooks::Destination& d, qint64 nowMs, Batch* batch, QString* error)
{
    Log log;
    return readLog(db, d.orgId, d.cursorSeq, &log, error) && collect(db, d, log, nowMs, batch, error);
}

bool WebhookEvents::collect(QSqlDatabase db, const Webhooks::Destination& d, const Log& log, qint64 nowMs, Batch* batch,
                            QString* error, Facts* shared)
{
    QList<Pending> pending;
    eventsOfLog(d, log, &pending);
    // (The log was read from this destination's cursor or before it.)
    batch->seq = qMax(d.cursorSeq, log.through);
    if (!readFinished(db, d, nowMs, &pending, &batch->finishedThrough, error))
        return false;
    if (pending.isEmpty())
        return true;
    QStringList companyIds, visitIds;
    for (const Pending& p : std::as_const(pending)) {
        if (!companyIds.contains(p.companyId))
            companyIds << p.companyId;
        if (!p.visitId.isEmpty() && !visitIds.contains(p.visitId))
            visitIds << p.visitId;
    }
    QString why;
    const std::optional<protocol::LeadFilter> filter =
        d.filter.isEmpty() ? std::nullopt : protocol::LeadFilter::parse(d.filter, &why);
    std::optional<protocol::LeadMatcher> matcher;
    if (filter)
        matcher.emplace(*filter, nowMs);
    Facts own;
    Facts& facts = shared ? *shared : own;
    QStringList unreadCompanies, unreadVisits;
    for (const QString& id : std::as_const(companyIds)) {
        if (!facts.companies.contains(id) && !facts.missing.contains(id))
            unreadCompanies << id;
    }
    for (const QString& id : std::as_const(visitIds)) {
        if (!facts.visits.contains(id) && !facts.missing.contains(id))
            unreadVisits << id;
    }
    IgnoreList::Active hidden;
    // (Shared facts are read with the lists, whatever this destination's filter asks.)
    if ((!unreadCompanies.isEmpty() &&
         !CompanyFacts::read(db, d.orgId, unreadCompanies, shared || (filter && !filter->onList.isEmpty()),
                             &facts.companies, &facts.annotations, error)) ||
        !LeadRecords::readVisits(db, unreadVisits, &facts.visits, error) ||
        !IgnoreList::active(db, d.orgId, &hidden, error))
        return false;
    for (const QString& id : std::as_const(unreadCompanies)) {
        if (!facts.companies.contains(id))
            facts.missing.insert(id);
    }
    for (const QString& id : std::as_const(unreadVisits)) {
        if (!facts.visits.contains(id))
            facts.missing.insert(id);
    }
    const QHash<QString, Company>& companies = facts.companies;
    const QHash<QString, VisitFacts>& visits = facts.visits;
    for (const Pending& p : std::as_const(pending)) {
        const auto company = companies.constFind(p.companyId);
        if (company == companies.cend() || hidden->hides(p.companyId, company->sbiCode))
            continue;
        if (!p.visitId.isEmpty() && !visits.contains(p.visitId))
            continue; // the visit is gone (retention, a visitor's erasure)
        const VisitFacts* visit = p.visitId.isEmpty() ? nullptr : &*visits.constFind(p.visitId);
        bool ok = true;
        if (!wanted(db, matcher, filter ? *filter : protocol::LeadFilter{}, d.orgId, *company, visit, &ok, error)) {
            if (!ok)
                return false;
            continue;
        }
        QJsonObject data = p.extra;
        data.insert(QStringLiteral("company"), LeadRecords::companyJson(*company));
        if (visit)
            data.insert(QStringLiteral("visit"), LeadRecords::visitJson(*visit));
        const QJsonObject event{{QStringLiteral("type"), p.type},
                                {QStringLiteral("timestamp"), Clock::iso(p.at)},
                                {QStringLiteral("version"), kVersion},
                                {QStringLiteral("data"), data}};
        batch->events.append({eventId(d.id, p.key), p.type, QJsonDocument(event).toJson(QJsonDocument::Compact)});
    }
    return true;
}

} // namespace leadscope::server
