#include "server/tracking/RuleEngine.h"

#include "server/base/Clock.h"
#include "server/domain/Annotations.h"
#include "server/domain/CompanyFacts.h"
#include "server/domain/IgnoreList.h"
#include "server/domain/MailOutbox.h"
#include "server/domain/Rules.h"
#include "server/store/Sql.h"
#include "server/tracking/VisitMemory.h"

#include "protocol/LeadMatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace leadscope::server {

namespace {

// What an organisation's batch needs to judge its visits.
struct Facts
{
    QHash<QString, protocol::LeadMatcher::Company> companies;
    QHash<QString, Annotations::Annotation> annotations;
    QHash<QString, QStringList> paths;    // visit → its pages, in order
    QHash<QString, qint64> previousStart; // visit → its company's latest earlier visit (0: none)
    QSet<QPair<QString, QString>> fired;  // visit, rule
};

// Applies a firing rule's actions to the annotation; says what it did.
QJsonObject act(QSqlDatabase db, const QString& orgId, const Rules::Rule& rule, const QSet<QString>& people,
                Annotations::Annotation* annotation, bool* failed, QString* error)
{
    QJsonObject did;
    QStringList added;
    for (const QString& tag : rule.actions.addTags) {
        if (!annotation->tags.contains(tag)) {
            annotation->tags << tag;
            added << tag;
        }
    }
    if (!added.isEmpty())
        did.insert(QStringLiteral("tags_added"), QJsonArray::fromStringList(added));
    if (!rule.actions.status.isEmpty() && annotation->status != rule.actions.status) {
        did.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), annotation->status},
                                                         {QStringLiteral("to"), rule.actions.status}});
        annotation->status = rule.actions.status;
    }
    // A rule never takes a company away from a colleague who has it.
    QStringList assignable;
    for (const QString& id : rule.actions.assignTo) {
        if (people.contains(id))
            assignable << id;
    }
    if (annotation->assignee.isEmpty() && !assignable.isEmpty()) {
        Rules::Rule current = rule;
        current.actions.assignTo = assignable;
        QString userId;
        if (!Rules::takeTurn(db, orgId, current, &userId, error)) {
            *failed = true;
            return did;
        }
        annotation->assignee = userId;
        did.insert(QStringLiteral("assigned_to"), userId);
    }
    QStringList notified;
    for (const QString& id : rule.actions.notify) {
        if (people.contains(id))
            notified << id;
    }
    if (!notified.isEmpty())
        did.insert(QStringLiteral("notify"), QJsonArray::fromStringList(notified));
    return did;
}

// The companies of the batch, their notes and their lists (cheap: a few reads).
bool loadCompanyFacts(QSqlDatabase db, const QString& orgId, const QList<Rules::Rule>& rules,
                      const QStringList& companyIds, Facts* facts, QString* error)
{
    bool needLists = false;
    for (const Rules::Rule& rule : rules)
        needLists = needLists || !rule.filter.onList.isEmpty();
    return CompanyFacts::read(db, orgId, companyIds, needLists, &facts->companies, &facts->annotations, error);
}

// Whether all of the visit's pages came with this batch (it began in it).
bool beganInBatch(const RuleEngine::Visit& v)
{
    return v.pageviews == v.addedPaths.size();
}

// The pages of the visits a remaining rule asks about.
bool loadPaths(QSqlDatabase db, const QSet<const RuleEngine::Visit*>& pathVisits, Facts* facts, QString* error)
{
    QStringList unknown;
    for (const RuleEngine::Visit* v : pathVisits) {
        VisitMemory& memory = VisitMemory::thisThread();
        if (beganInBatch(*v)) {
            facts->paths.insert(v->id, v->addedPaths);
            memory.keepPaths(v->id, v->addedPaths);
        } else if (std::optional<QStringList> kept = memory.paths(v->id)) {
            facts->paths.insert(v->id, *kept);
        } else {
            unknown << v->id;
        }
    }
    if (unknown.isEmpty())
        return true;
    if (!Sql::eachInChunks(db, QStringLiteral("SELECT visit_id, path FROM pageviews WHERE visit_id IN ("), {}, unknown,
                           QStringLiteral(" ORDER BY visit_id, viewed_at"), error, [facts](const QSqlQuery& q) {
                               facts->paths[q.value(0).toString()] << q.value(1).toString();
                           }))
        return false;
    for (const QString& id : std::as_const(unknown))
        VisitMemory::thisThread().keepPaths(id, facts->paths.value(id));
    return true;
}

// When the company's latest visit before each of these began (0: none).
bool loadHistory(QSqlDatabase db, const QString& orgId, const QList<const RuleEngine::Visit*>& historyVisits,
                 Facts* facts, QString* error)
{
    for (const RuleEngine::Visit* v : historyVisits) {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOneCached(db,
                                 QStringLiteral("SELECT coalesce(max(started_at), 0) FROM visits WHERE org_id = ? AND "
                                                "company_id = ? AND started_at < ?"),
                                 {orgId, v->companyId, v->startedAt}, &row, &found, error))
            return false;
        facts->previousStart.insert(v->id, found ? row.value(0).toLongLong() : 0);
    }
    return true;
}

// Does what a rule says on a visit it fired on, and records that it did.
bool fire(QSqlDatabase db, const QString& orgId, const Rules::Rule& rule, const RuleEngine::Visit& visit,
          const QJsonObject& why, const QSet<QString>& people, qint64 nowMs, Annotations::Annotation* current,
          Facts* facts, QList<ChangeLog::Change>* log, QString* error)
{
    Annotations::Annotation& annotation = *current;
    bool failed = false;
    const Annotations::Annotation before = annotation;
    const QJsonObject did = act(db, orgId, rule, people, &annotation, &failed, error);
    if (failed)
        return false;
    facts->fired.insert({visit.id, rule.id});
    const QString id = QStringLiteral("f-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject detail{{QStringLiteral("why"), why}, {QStringLiteral("did"), did}};
    QSqlQuery* insert = Sql::execCached(
        db,
        QStringLiteral("INSERT INTO rule_firings (org_id, id, rule_id, company_id, visit_id, at, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, visit_id, rule_id) DO NOTHING"),
        {orgId, id, rule.id, visit.companyId, visit.id, nowMs,
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
        error);
    if (!insert)
        return false;
    if (insert->numRowsAffected() == 0) { // another server's writer fired it on this visit first
        annotation = before;
        return true;
    }
    VisitMemory::thisThread().firing(visit.id, rule.id);
    if (!(annotation.tags == before.tags && annotation.status == before.status &&
          annotation.assignee == before.assignee)) {
        const QString actor = RuleEngine::actor(rule.id);
        if (!Annotations::write(db, nowMs, orgId, actor, annotation, Annotations::payload(annotation, nowMs, actor),
                                log, error))
            return false;
        facts->annotations.insert(visit.companyId, annotation);
    }
    QStringList notified;
    for (const QJsonValue& user : did.value(QLatin1String("notify")).toArray())
        notified << user.toString();
    if (!notified.isEmpty() && !MailOutbox::queueAlerts(db, nowMs, orgId, notified, id, error))
        return false;
    log->append({ChangeLog::Entity::RuleFiring, ChangeLog::Op::Upsert, id,
                 QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("rule_id"), rule.id},
                                           {QStringLiteral("rule_name"), rule.name},
                                           {QStringLiteral("company_id"), visit.companyId},
                                           {QStringLiteral("visit_id"), visit.id},
                                           {QStringLiteral("at"), Clock::iso(nowMs)},
                                           {QStringLiteral("why"), why},
                                           {QStringLiteral("did"), did}})
                     .toJson(QJsonDocument::Compact)});
    return true;
}

protocol::LeadMatcher::Visit visitOf(const Facts& facts, const RuleEngine::Visit* v)
{
    return {v->website,   v->source, v->campaign, v->startedAt, v->lastAt, v->pageviews, facts.paths.value(v->id),
            v->confidence};
}

// The company as the rules see it, with its current notes; the notes.
Annotations::Annotation annotated(Facts* facts, const RuleEngine::Visit* v)
{
    Annotations::Annotation annotation =
        facts->annotations.value(v->companyId, Annotations::Annotation{v->companyId, {}, {}, {}, {}});
    if (annotation.status.isEmpty())
        annotation.status = QStringLiteral("new");
    CompanyFacts::annotate(&facts->companies[v->companyId], annotation);
    return annotation;
}

// The (rule, visit) pairs what is cheap to know leaves possible, and what they still need read.
struct Candidates
{
    QList<std::pair<int, const RuleEngine::Visit*>> pairs; // rule index, visit
    QSet<const RuleEngine::Visit*> pathVisits;
};

Candidates candidatesOf(const QList<Rules::Rule>& rules, const QList<const RuleEngine::Visit*>& visits,
                        const IgnoreList::Set& ignored, qint64 nowMs, Facts* facts)
{
    Candidates out;
    // The team's notes on each company once (a rule's own edits come later, in step 3).
    QHash<QString, bool> shown; // company → not hidden
    for (const RuleEngine::Visit* v : visits) {
        if (facts->companies.contains(v->companyId) && !shown.contains(v->companyId)) {
            annotated(facts, v);
            shown.insert(v->companyId, !ignored.hides(v->companyId, facts->companies.value(v->companyId).sbiCode));
        }
    }
    for (int r = 0; r < rules.size(); ++r) {
        const Rules::Rule& rule = rules[r];
        // (Not on the team's notes: an earlier rule of this batch may change them.)
        protocol::LeadFilter cheap = rule.filter;
        cheap.status.clear();
        cheap.tag.clear();
        cheap.assignee.clear();
        const protocol::LeadMatcher matcher(cheap, nowMs);
        // The company's conditions once per company: most rules are about other companies.
        QHash<QString, bool> companyMay;
        for (const RuleEngine::Visit* v : visits) {
            if (!shown.value(v->companyId, false))
                continue;
            auto may = companyMay.constFind(v->companyId);
            if (may == companyMay.cend())
                may = companyMay.insert(v->companyId, matcher.companyMayFire(facts->companies[v->companyId]));
            if (!may.value() || facts->fired.contains({v->id, rule.id}) || !matcher.visitMayFire(visitOf(*facts, v)))
                continue;
            out.pairs.append({r, v});
            if (!rule.filter.visit.page.isEmpty())
                out.pathVisits.insert(v);
        }
    }
    return out;
}

// The rules that fired on the visits before this batch: none on a visit that
// began in it, what the writer remembers, the rest read.
bool loadFired(QSqlDatabase db, const QString& orgId, const QList<const RuleEngine::Visit*>& visits, Facts* facts,
               QString* error)
{
    VisitMemory& memory = VisitMemory::thisThread();
    QHash<QString, QSet<QString>> read; // visit → rules
    for (const RuleEngine::Visit* v : visits) {
        if (beganInBatch(*v)) {
            memory.keepFired(v->id, {});
        } else if (const std::optional<QSet<QString>> known = memory.fired(v->id)) {
            for (const QString& rule : *known)
                facts->fired.insert({v->id, rule});
        } else {
            read.insert(v->id, {});
        }
    }
    if (!Sql::eachInChunks(
            db, QStringLiteral("SELECT visit_id, rule_id FROM rule_firings WHERE org_id = ? AND visit_id IN ("),
            {orgId}, read.keys(), QString(), error, [facts, &read](const QSqlQuery& q) {
                const QString visit = q.value(0).toString(), rule = q.value(1).toString();
                facts->fired.insert({visit, rule});
                read[visit].insert(rule);
            }))
        return false;
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        memory.keepFired(it.key(), it.value());
    return true;
}

// Drops the pairs whose rule asks about earlier visits but whose visit fails
// the rule's other visit conditions (now that its pages are known); says
// which visits still need their company's earlier visits read.
QList<const RuleEngine::Visit*> needingHistory(const QList<Rules::Rule>& rules, const Facts& facts,
                                               Candidates* candidates)
{
    QList<const RuleEngine::Visit*> visits;
    QSet<const RuleEngine::Visit*> seen;
    const auto fails = [&](const std::pair<int, const RuleEngine::Visit*>& pair) {
        protocol::LeadFilter::VisitConditions conditions = rules[pair.first].filter.visit;
        if (!conditions.first && conditions.returningWithinDays <= 0)
            return false;
        conditions.first = false;
        conditions.returningWithinDays = 0;
        if (!protocol::LeadMatcher::visitHolds(conditions, visitOf(facts, pair.second), 0))
            return true;
        if (!seen.contains(pair.second)) {
            seen.insert(pair.second);
            visits.append(pair.second);
        }
        return false;
    };
    candidates->pairs.removeIf(fails);
    return visits;
}

bool runForOrganisation(QSqlDatabase db, const QString& orgId, const QList<const RuleEngine::Visit*>& visits,
                        const QList<Rules::Rule>& rules, qint64 nowMs, QList<ChangeLog::Change>* log, QString* error)
{
    Facts facts;
    QStringList companyIds;
    for (const RuleEngine::Visit* v : visits) {
        if (!companyIds.contains(v->companyId))
            companyIds << v->companyId;
    }
    // 1. What already fired on these visits: each rule fires once per visit.
    if (!loadFired(db, orgId, visits, &facts, error))
        return false;
    bool anyOpen = false;
    for (const RuleEngine::Visit* v : visits) {
        for (const Rules::Rule& rule : rules)
            anyOpen = anyOpen || !facts.fired.contains({v->id, rule.id});
    }
    if (!anyOpen)
        return true;
    // 2. What is cheap to know (companies, notes, lists) rules most pairs out; pages
    //    and earlier visits are read only for the visits a remaining rule asks about.
    if (!loadCompanyFacts(db, orgId, rules, companyIds, &facts, error))
        return false;
    IgnoreList::Active ignored;
    if (!IgnoreList::active(db, orgId, &ignored, error))
        return false;
    Candidates candidates = candidatesOf(rules, visits, *ignored, nowMs, &facts);
    if (candidates.pairs.isEmpty())
        return true;
    if (!loadPaths(db, candidates.pathVisits, &facts, error) ||
        !loadHistory(db, orgId, needingHistory(rules, facts, &candidates), &facts, error))
        return false;
    // 3. Each remaining pair, rule by rule (a rule's edit is seen by the next).
    std::optional<QSet<QString>> people; // read when a rule first fires
    for (const auto& [r, v] : candidates.pairs) {
        const Rules::Rule& rule = rules[r];
        const protocol::LeadMatcher matcher(rule.filter, nowMs);
        Annotations::Annotation annotation = annotated(&facts, v);
        const std::optional<QJsonObject> why =
            matcher.firesOn(facts.companies[v->companyId], visitOf(facts, v), facts.previousStart.value(v->id));
        if (!why)
            continue;
        if (!people) {
            people.emplace();
            QSqlQuery* users = Sql::execCached(
                db, QStringLiteral("SELECT id FROM users WHERE org_id = ? AND disabled = 0"), {orgId}, error);
            if (!users)
                return false;
            while (users->next())
                people->insert(users->value(0).toString());
        }
        if (!fire(db, orgId, rule, *v, *why, *people, nowMs, &annotation, &facts, log, error))
            return false;
    }
    return true;
}

} // namespace

qint64 RuleEngine::settle(bool committed)
{
    return VisitMemory::thisThread().settle(committed);
}

QString RuleEngine::actor(const QString& ruleId)
{
    return QStringLiteral("rule:") + ruleId;
}

bool RuleEngine::run(QSqlDatabase db, const QList<Visit>& visits, qint64 nowMs,
                     std::map<QString, QList<ChangeLog::Change>>* changes, QString* error)
{
    VisitMemory& memory = VisitMemory::thisThread();
    memory.settle(false); // a batch before this one that was never settled
    std::map<QString, QList<const Visit*>> byOrg;
    for (const Visit& visit : visits) {
        byOrg[visit.orgId].append(&visit);
        memory.advance(visit.id, visit.addedPaths, visit.pageviews);
    }
    for (const auto& [orgId, orgVisits] : byOrg) {
        Rules::Active rules;
        if (!Rules::active(db, orgId, &rules, error))
            return false;
        if (rules->isEmpty())
            continue;
        if (!runForOrganisation(db, orgId, orgVisits, *rules, nowMs, &(*changes)[orgId], error))
            return false;
    }
    return true;
}

} // namespace leadscope::server
