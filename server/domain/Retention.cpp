#include "server/domain/Retention.h"

#include "server/domain/Accounts.h"
#include "server/domain/ChangeLog.h"
#include "server/domain/TrafficCounts.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QTimeZone>

namespace leadscope::server {

bool Retention::purgeVisits(const Store& store, qint64 nowMs, Report* report, QString* error,
                            const std::atomic<bool>* stop)
{
    const auto stopped = [stop] {
        return stop && stop->load();
    };
    QSqlDatabase db = store.connection();
    QSqlQuery orgs(db);
    if (!Sql::exec(orgs, QStringLiteral("SELECT id, retention_months FROM organisations"), {}, error))
        return false;
    QList<QPair<QString, int>> organisations;
    while (orgs.next())
        organisations.append({orgs.value(0).toString(), orgs.value(1).toInt()});
    for (const auto& [orgId, months] : organisations) {
        const qint64 cutoff =
            QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).addMonths(-months).toMSecsSinceEpoch();
        // Oldest first along the (org_id, started_at) index (a visit never ends
        // before it starts), each batch after the last one's start: no batch
        // reads again what the ones before it removed.
        qint64 from = 0;
        while (!stopped()) {
            QElapsedTimer took;
            took.start();
            QSqlQuery visits(db);
            if (!Sql::exec(visits,
                           QStringLiteral("SELECT id, started_at FROM visits WHERE org_id = ? AND started_at >= ? "
                                          "AND started_at < ? AND last_at < ? ORDER BY started_at LIMIT ?"),
                           {orgId, from, cutoff, cutoff, kPurgeBatch}, error))
                return false;
            QStringList visitIds;
            while (visits.next()) {
                visitIds << visits.value(0).toString();
                from = visits.value(1).toLongLong();
            }
            visits.finish();
            if (visitIds.isEmpty())
                break;
            if (!eraseVisits(db, orgId, visitIds, nowMs, report, error))
                return false;
            if (visitIds.size() < kPurgeBatch)
                break;
            // Daily work with the whole day for it: it gives the store back to
            // ingest between batches for longer than each batch took.
            QDeadlineTimer rest(qint64(double(took.elapsed()) * kPurgePause));
            while (!rest.hasExpired() && !stopped())
                QThread::msleep(quint64(qMin<qint64>(rest.remainingTime(), 100)));
        }
        if (stopped())
            return true;
        if (!ChangeLog::compact(db, orgId, nowMs - kChangeLogHorizonMs, error, stop))
            return false;
    }
    // The daily counts of traffic that is no visit: kept for 400 days (counts, nothing about anyone).
    return TrafficCounts::purgeBefore(
        db, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date().addDays(-400).toString(Qt::ISODate), error);
}

bool Retention::eraseVisits(QSqlDatabase db, const QString& orgId, const QStringList& visitIds, qint64 nowMs,
                            Report* report, QString* error)
{
    Sql::Transaction transaction(db);
    QList<ChangeLog::Change> tombstones;
    QSqlQuery query(db);
    // A few hundred visits a statement, three statements (one per table) each.
    for (qsizetype at = 0; at < visitIds.size(); at += Sql::kInChunk) {
        const QStringList chunk = visitIds.mid(at, Sql::kInChunk);
        const QString in = Sql::placeholders(chunk.size()) + u')';
        QVariantList ids;
        for (const QString& id : chunk)
            ids << id;
        if (!Sql::exec(query, QStringLiteral("DELETE FROM pageviews WHERE visit_id IN (") + in + u" RETURNING id", ids,
                       error))
            return false;
        while (query.next()) {
            tombstones.append({ChangeLog::Entity::Pageview, ChangeLog::Op::Delete, query.value(0).toString(), {}});
            ++report->pageviews;
        }
        // What rules did on the visits goes with them (their reasons name the visits' pages).
        if (!Sql::exec(query,
                       QStringLiteral("DELETE FROM rule_firings WHERE org_id = ? AND visit_id IN (") + in +
                           u" RETURNING id",
                       QVariantList{orgId} + ids, error))
            return false;
        while (query.next())
            tombstones.append({ChangeLog::Entity::RuleFiring, ChangeLog::Op::Delete, query.value(0).toString(), {}});
        if (!Sql::exec(query, QStringLiteral("DELETE FROM visits WHERE org_id = ? AND id IN (") + in + u" RETURNING id",
                       QVariantList{orgId} + ids, error))
            return false;
        while (query.next()) {
            tombstones.append({ChangeLog::Entity::Visit, ChangeLog::Op::Delete, query.value(0).toString(), {}});
            ++report->visits;
        }
    }
    return ChangeLog::append(db, orgId, tombstones, nowMs, error) && transaction.commit(error);
}

bool Retention::eraseVisitor(const Store& store, const QString& orgId, const QByteArray& visitorKey, qint64 nowMs,
                             Report* report, QString* error)
{
    QSqlDatabase db = store.connection();
    QSqlQuery visits(db);
    if (!Sql::exec(visits, QStringLiteral("SELECT id FROM visits WHERE org_id = ? AND visitor_key = ?"),
                   {orgId, visitorKey}, error))
        return false;
    QStringList visitIds;
    while (visits.next())
        visitIds << visits.value(0).toString();
    visits.finish();
    return visitIds.isEmpty() || eraseVisits(db, orgId, visitIds, nowMs, report, error);
}

bool Retention::readErasures(const Store& store, QList<QPair<qint64, QString>>* erasures, QString* error)
{
    QSqlQuery query(store.connection());
    if (!Sql::exec(query, QStringLiteral("SELECT at, subject_id FROM erasures WHERE kind = 'user' ORDER BY id"), {},
                   error))
        return false;
    while (query.next())
        erasures->append({query.value(0).toLongLong(), query.value(1).toString()});
    return true;
}

bool Retention::reapplyErasures(const Store& store, qint64 sinceMs, const QList<QPair<qint64, QString>>& erasures,
                                int* applied, QString* error)
{
    QSqlDatabase db = store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    for (const auto& [at, userId] : erasures) {
        if (at < sinceMs)
            continue;
        if (!Accounts::eraseUserData(db, userId, error) ||
            !Sql::exec(query, QStringLiteral("INSERT INTO erasures (at, kind, subject_id) VALUES (?, 'user', ?)"),
                       {at, userId}, error))
            return false;
        ++*applied;
    }
    return transaction.commit(error);
}

} // namespace leadscope::server
