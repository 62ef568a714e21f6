#include "server/domain/ChangeLog.h"

#include <limits>

#include "server/store/Sql.h"

#include <QRegularExpression>
#include <QSqlError>

namespace leadscope::server {

namespace {
const char* opName(ChangeLog::Op op)
{
    return op == ChangeLog::Op::Upsert ? "upsert" : "delete";
}

// A fresh sync does not need tombstones past the horizon, but a client whose
// cursor is older than the newest one dropped might have missed it: such a
// cursor is expired from then on (min_seq).
bool dropOldTombstones(QSqlDatabase db, const QString& orgId, qint64 boundary, qint64 beforeMs, QString* error)
{
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT MAX(seq) FROM changes WHERE org_id = ? AND op = 'delete' AND seq <= ? "
                                      "AND created_at < ?"),
                       {orgId, boundary, beforeMs}, &row, &found, error))
        return false;
    if (found && !row[0].isNull()) {
        const qint64 newestDropped = row[0].toLongLong();
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("DELETE FROM changes WHERE org_id = ? AND op = 'delete' AND seq <= ?"),
                       {orgId, newestDropped}, error) ||
            !Sql::exec(query, QStringLiteral("UPDATE organisations SET min_seq = ? WHERE id = ? AND min_seq < ?"),
                       {newestDropped, orgId, newestDropped}, error))
            return false;
    }
    return transaction.commit(error);
}
} // namespace

QString ChangeLog::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Company:
        return QStringLiteral("company");
    case Entity::Visit:
        return QStringLiteral("visit");
    case Entity::Pageview:
        return QStringLiteral("pageview");
    case Entity::Annotation:
        return QStringLiteral("annotation");
    case Entity::Activity:
        return QStringLiteral("activity");
    case Entity::RuleFiring:
        return QStringLiteral("rule_firing");
    }
    return {};
}

bool ChangeLog::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A[A-Za-z0-9._:-]{1,128}\z)"));
    return pattern.match(id).hasMatch();
}

bool ChangeLog::append(QSqlDatabase db, const QString& orgId, const QList<Change>& changes, qint64 nowMs,
                       QString* error)
{
    if (changes.isEmpty())
        return true;
    for (const Change& change : changes) {
        if (!isValidId(change.id)) {
            *error = QStringLiteral("invalid change id");
            return false;
        }
    }
    // Takes the organisation row's lock until the caller commits.
    QSqlQuery* counter = Sql::execCached(
        db, QStringLiteral("UPDATE organisations SET change_seq = change_seq + ? WHERE id = ? RETURNING change_seq"),
        {changes.size(), orgId}, error);
    if (!counter)
        return false;
    if (!counter->next()) {
        *error = QStringLiteral("no such organisation");
        return false;
    }
    qint64 seq = counter->value(0).toLongLong() - changes.size();
    counter->finish();
    QList<QVariantList> rows;
    rows.reserve(changes.size());
    for (const Change& change : changes) {
        // Tombstones carry an empty (not NULL) payload.
        rows.append({orgId, ++seq, entityName(change.entity), change.id, QString::fromLatin1(opName(change.op)),
                     change.op == Op::Upsert ? QString::fromUtf8(change.payload) : QStringLiteral(""), nowMs});
    }
    if (!Sql::insertMany(db, QStringLiteral("changes"),
                         {QStringLiteral("org_id"), QStringLiteral("seq"), QStringLiteral("entity"),
                          QStringLiteral("entity_id"), QStringLiteral("op"), QStringLiteral("payload"),
                          QStringLiteral("created_at")},
                         rows, {}, error))
        return false;
    return true;
}

bool ChangeLog::read(QSqlDatabase db, const QString& orgId, qint64 afterSeq, const Reading& reading, Page* page,
                     bool* expired, QString* error)
{
    const int limit = reading.limit;
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT min_seq FROM organisations WHERE id = ?"), {orgId}, &row, &found,
                       error))
        return false;
    // A full sync (from 0) replays the compacted log and is always possible.
    *expired = found && afterSeq > 0 && afterSeq < row[0].toLongLong();
    if (*expired)
        return true;
    QStringList left;
    if (!reading.withActivity)
        left << QStringLiteral("'activity'");
    if (!reading.withFirings)
        left << QStringLiteral("'rule_firing'");
    QString filter = left.isEmpty() ? QString() : QStringLiteral("AND entity NOT IN (%1) ").arg(left.join(u','));
    QVariantList binds{orgId, afterSeq};
    if (reading.sinceMs > 0) {
        filter += QStringLiteral("AND (created_at >= ? OR entity NOT IN ('visit', 'pageview')) ");
        binds.append(reading.sinceMs);
    }
    binds.append(limit + 1);
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("SELECT seq, entity, entity_id, op, payload FROM changes WHERE org_id = ? AND seq > ? "
                           "%1ORDER BY seq LIMIT ?")
                .arg(filter),
            binds, error))
        return false;
    QByteArray& out = page->changesJson;
    const qsizetype maxBytes = reading.maxBytes > 0 ? reading.maxBytes : std::numeric_limits<qsizetype>::max();
    out.reserve(reading.maxBytes > 0 ? std::min(qsizetype(limit) * 256, maxBytes + 4096) : qsizetype(limit) * 256);
    out.append('[');
    page->lastSeq = afterSeq;
    while (query.next()) {
        if (page->count == limit || (page->count > 0 && out.size() >= maxBytes)) {
            page->hasMore = true;
            break;
        }
        if (page->count > 0)
            out.append(',');
        // Entity, op and id are validated on append and need no escaping;
        // the payload is JSON that was produced by the server itself.
        out.append("{\"seq\":").append(QByteArray::number(query.value(0).toLongLong()));
        out.append(",\"type\":\"").append(query.value(1).toString().toLatin1());
        out.append("\",\"op\":\"").append(query.value(3).toString().toLatin1());
        out.append("\",\"id\":\"").append(query.value(2).toString().toLatin1()).append('"');
        if (query.value(3).toString() == QLatin1String("upsert"))
            out.append(",\"data\":").append(query.value(4).toString().toUtf8());
        out.append('}');
        page->lastSeq = query.value(0).toLongLong();
        ++page->count;
    }
    out.append(']');
    return true;
}

bool ChangeLog::compact(QSqlDatabase db, const QString& orgId, qint64 beforeMs, QString* error,
                        const std::atomic<bool>* stop, qint64 chunk)
{
    const auto stopped = [stop] {
        return stop && stop->load();
    };
    // Where the last run stopped: the log's end then (what came after may
    // supersede an old change) and its last change past the horizon then
    // (what lies after it may have passed the horizon since). Read outside
    // any transaction: a reader holds up no writer.
    QVariantList org;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT compacted_seq, compacted_boundary, change_seq FROM organisations "
                                      "WHERE id = ?"),
                       {orgId}, &org, &found, error))
        return false;
    if (!found)
        return true;
    const qint64 lastEnd = org[0].toLongLong();
    const qint64 lastBoundary = org[1].toLongLong();
    const qint64 end = org[2].toLongLong(); // every change up to here is committed
    // The log is in time order, so the horizon's place is found from the last one onwards.
    QVariantList row;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT MAX(seq) FROM changes WHERE org_id = ? AND seq > ? AND seq <= ? AND "
                                      "created_at < ?"),
                       {orgId, lastBoundary, end, beforeMs}, &row, &found, error))
        return false;
    const qint64 boundary = found && !row[0].isNull() ? row[0].toLongLong() : lastBoundary;
    // A log younger than the horizon (a new organisation, a restored store) has nothing to drop.
    bool anyOld = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM changes WHERE org_id = ? AND seq <= ? LIMIT 1"),
                       {orgId, boundary}, &row, &anyOld, error))
        return false;
    // The deletions go in short transactions of `chunk` sequence numbers
    // each, every one recording how far it got: ingest and sync write between
    // them (a first run over a log of millions took the store for seconds),
    // and a run that stops half way goes on from there the next time.
    QSqlQuery query(db);
    const auto step = [&](const QString& statement, const QVariantList& binds, const QString& mark, qint64 reached) {
        Sql::Transaction transaction(db);
        return Sql::exec(query, statement, binds, error) &&
               Sql::exec(query, QStringLiteral("UPDATE organisations SET %1 = ? WHERE id = ?").arg(mark),
                         {reached, orgId}, error) &&
               transaction.commit(error);
    };
    if (!anyOld) // nothing to compare: only where this run got
        return step(QStringLiteral("UPDATE organisations SET compacted_seq = ? WHERE id = ?"), {end, orgId},
                    QStringLiteral("compacted_boundary"), boundary);
    // 1. Changes past the horizon that a later change of the same entity supersedes:
    //    a. superseded by a change since the last run;
    for (qint64 from = lastEnd; from < end && !stopped();) {
        const qint64 to = std::min(end, from + chunk);
        if (!step(QStringLiteral("DELETE FROM changes WHERE org_id = ? AND created_at < ? AND seq IN ("
                                 "SELECT old.seq FROM changes later JOIN changes old ON "
                                 "old.org_id = later.org_id AND old.entity = later.entity AND "
                                 "old.entity_id = later.entity_id AND old.seq < later.seq AND old.seq <= ? "
                                 "WHERE later.org_id = ? AND later.seq > ? AND later.seq <= ?)"),
                  {orgId, beforeMs, boundary, orgId, from, to}, QStringLiteral("compacted_seq"), to))
            return false;
        from = to;
    }
    //    b. past the horizon since the last run, superseded by any later change.
    for (qint64 from = lastBoundary; from < boundary && !stopped();) {
        const qint64 to = std::min(boundary, from + chunk);
        if (!step(QStringLiteral("DELETE FROM changes WHERE org_id = ? AND seq > ? AND seq <= ? AND created_at < ? "
                                 "AND EXISTS (SELECT 1 FROM changes later WHERE later.org_id = changes.org_id "
                                 "AND later.entity = changes.entity AND later.entity_id = changes.entity_id "
                                 "AND later.seq > changes.seq)"),
                  {orgId, from, to, beforeMs}, QStringLiteral("compacted_boundary"), to))
            return false;
        from = to;
    }
    if (stopped())
        return true;
    // 2. Old tombstones (dropOldTombstones).
    return dropOldTombstones(db, orgId, boundary, beforeMs, error);
}

QString ChangeLog::encodeCursor(qint64 seq)
{
    return QString::fromLatin1(QByteArray("c1:" + QByteArray::number(seq))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ChangeLog::decodeCursor(const QString& cursor, qint64* seq)
{
    if (cursor.isEmpty()) {
        *seq = 0;
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("c1:"))
        return false;
    bool ok = false;
    *seq = decoded.decoded.mid(3).toLongLong(&ok);
    return ok && *seq >= 0;
}

bool ChangeLog::latestSeq(QSqlDatabase db, const QString& orgId, qint64* seq, bool* found, QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT max(seq) FROM changes WHERE org_id = ?"), {orgId}, &row, found,
                       error))
        return false;
    *seq = *found ? row[0].toLongLong() : 0;
    return true;
}

} // namespace leadscope::server
