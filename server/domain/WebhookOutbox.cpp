#include "server/domain/WebhookOutbox.h"

#include "server/store/Sql.h"

#include "protocol/Crypto.h"

#include <QRandomGenerator>
#include <QSet>

#include <array>

namespace leadscope::server {

namespace {

const QString kColumns = QStringLiteral("d.id, d.org_id, d.webhook_id, d.event, COALESCE(p.payload, d.payload), "
                                        "d.state, d.attempts, d.next_at, d.status, d.latency_ms, d.last_error, "
                                        "d.created_at, d.delivered_at, d.remote_id");
// The body, kept once for every destination that receives it.
const QString kPayload = QStringLiteral(" LEFT JOIN webhook_payloads p ON p.id = d.payload_id");

WebhookOutbox::Delivery fromRow(const QSqlQuery& q)
{
    WebhookOutbox::Delivery d;
    d.id = q.value(0).toString();
    d.orgId = q.value(1).toString();
    d.webhookId = q.value(2).toString();
    d.event = q.value(3).toString();
    d.payload = q.value(4).toString().toUtf8();
    d.state = q.value(5).toString();
    d.attempts = q.value(6).toInt();
    d.nextAt = q.value(7).toLongLong();
    d.status = q.value(8).toInt();
    d.latencyMs = q.value(9).toInt();
    d.lastError = q.value(10).toString();
    d.createdAt = q.value(11).toLongLong();
    d.deliveredAt = q.value(12).toLongLong();
    d.remoteId = q.value(13).toString();
    return d;
}

} // namespace

bool WebhookOutbox::queue(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                          const QString& id, const QString& event, const QByteArray& payload, QString* error)
{
    return queue(db, nowMs, orgId, webhookId, QList<Item>{{id, event, payload}}, error);
}

bool WebhookOutbox::queue(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                          const QList<Item>& items, QString* error)
{
    QList<QVariantList> payloads;
    QList<QVariantList> deliveries;
    QSet<QString> seen;
    for (const Item& item : items) {
        const QString payloadId =
            QString::fromLatin1(protocol::Crypto::sha256(QByteArray(orgId.toUtf8() + '\n' + item.payload)).toHex());
        if (!seen.contains(payloadId)) {
            seen.insert(payloadId);
            payloads.append({payloadId, orgId, QString::fromUtf8(item.payload), nowMs});
        }
        deliveries.append({item.id, orgId, webhookId, item.event, QString(), payloadId, nowMs, nowMs});
    }
    return Sql::insertMany(db, QStringLiteral("webhook_payloads"),
                           {QStringLiteral("id"), QStringLiteral("org_id"), QStringLiteral("payload"),
                            QStringLiteral("created_at")},
                           payloads, QStringLiteral("ON CONFLICT (id) DO NOTHING"), error) &&
           Sql::insertMany(db, QStringLiteral("webhook_deliveries"),
                           {QStringLiteral("id"), QStringLiteral("org_id"), QStringLiteral("webhook_id"),
                            QStringLiteral("event"), QStringLiteral("payload"), QStringLiteral("payload_id"),
                            QStringLiteral("next_at"), QStringLiteral("created_at")},
                           deliveries, QStringLiteral("ON CONFLICT (id) DO NOTHING"), error);
}

bool WebhookOutbox::claimDue(QSqlDatabase db, qint64 nowMs, int limit, QList<Delivery>* claimed, QString* error)
{
    claimed->clear();
    // Read before the write lock is taken (ingest shares SQLite's one
    // writer): claims a crashed sender left, then what is due, each an index
    // range of (state, next_at) — one OR of both would scan the whole outbox.
    QList<Delivery> candidates;
    const QString from = u" FROM webhook_deliveries d JOIN webhooks w ON w.org_id = d.org_id AND w.id = d.webhook_id" +
                         kPayload + u" WHERE w.paused_at = 0 AND ";
    for (const QString& condition : {QStringLiteral("d.state = 'sending' AND d.lease_until < ?"),
                                     QStringLiteral("d.state = 'queued' AND d.next_at <= ? ORDER BY d.next_at")}) {
        QSqlQuery* due = Sql::execCached(db, u"SELECT " + kColumns + from + condition + u" LIMIT ?",
                                         {nowMs, limit - int(candidates.size())}, error);
        if (!due)
            return false;
        while (due->next())
            candidates.append(fromRow(*due));
        due->finish();
        if (candidates.size() >= limit)
            break;
    }
    if (candidates.isEmpty())
        return true;
    // One statement for the claims. Only one sender wins a row: the update
    // checks again what made it due, and says which rows it took.
    QVariantList binds{nowMs + kLeaseMs};
    for (const Delivery& d : std::as_const(candidates))
        binds << d.id;
    binds << nowMs << nowMs;
    Sql::Transaction transaction(db);
    QSqlQuery* take = Sql::execCached(
        db,
        QStringLiteral("UPDATE webhook_deliveries SET state = 'sending', lease_until = ? WHERE id IN (%1) AND ((state "
                       "= 'queued' AND next_at <= ?) OR (state = 'sending' AND lease_until < ?)) RETURNING id")
            .arg(Sql::placeholders(candidates.size())),
        binds, error);
    if (!take)
        return false;
    QSet<QString> taken;
    while (take->next())
        taken.insert(take->value(0).toString());
    take->finish();
    for (const Delivery& d : std::as_const(candidates)) {
        if (taken.contains(d.id))
            claimed->append(d);
    }
    return transaction.commit(error);
}

bool WebhookOutbox::markDelivered(QSqlDatabase db, qint64 nowMs, const QString& id, int status, int latencyMs,
                                  QString* error)
{
    return markDelivered(db, nowMs, QList<Success>{{id, status, latencyMs}}, error);
}

bool WebhookOutbox::markDelivered(QSqlDatabase db, qint64 nowMs, const QList<Success>& delivered, QString* error)
{
    if (delivered.isEmpty())
        return true;
    // Each row's status and time taken through a CASE on its id.
    QVariantList binds{nowMs};
    QString status;
    QString latency;
    for (const Success& s : delivered) {
        status += QStringLiteral(" WHEN ? THEN CAST(? AS INTEGER)");
        binds << s.id << s.status;
    }
    for (const Success& s : delivered) {
        latency += QStringLiteral(" WHEN ? THEN CAST(? AS INTEGER)");
        binds << s.id << s.latencyMs;
    }
    for (const Success& s : delivered)
        binds << s.id;
    return Sql::execCached(db,
                           QStringLiteral("UPDATE webhook_deliveries SET state = 'delivered', delivered_at = ?, status "
                                          "= CASE id%1 END, latency_ms = CASE id%2 END, attempts = attempts + 1, "
                                          "last_error = '', lease_until = 0 WHERE id IN (%3)")
                               .arg(status, latency, Sql::placeholders(delivered.size())),
                           binds, error) != nullptr;
}

qint64 WebhookOutbox::backoffMs(int attempts)
{
    constexpr qint64 kMinute = 60'000;
    constexpr qint64 kHour = 60 * kMinute;
    static constexpr std::array<qint64, 7> kSteps{5'000,     kMinute,   5 * kMinute, 30 * kMinute,
                                                  2 * kHour, 5 * kHour, 10 * kHour};
    const qint64 base = kSteps[size_t(qBound(0, attempts - 1, int(kSteps.size()) - 1))];
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return static_cast<qint64>(static_cast<double>(base) * jitter);
}

bool WebhookOutbox::markFailed(QSqlDatabase db, qint64 nowMs, const Delivery& delivery, int status, int latencyMs,
                               const QString& reason, QString* error, qint64 retryAfterMs)
{
    const int attempts = delivery.attempts + 1;
    // A receiver's own wait is honoured as it is (at most a day: one that asks for more is treated as failing).
    constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;
    const qint64 next = nowMs + (retryAfterMs > 0 ? qMin(retryAfterMs, kLongestWaitMs) : backoffMs(attempts));
    const bool giveUp = next > delivery.createdAt + kGiveUpAfterMs;
    return Sql::execCached(db,
                           QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, next_at = ?, status "
                                          "= ?, latency_ms = ?, last_error = ?, lease_until = 0 WHERE id = ?"),
                           {giveUp ? QStringLiteral("failed") : QStringLiteral("queued"), attempts,
                            giveUp ? nowMs : next, status, latencyMs, reason.left(300), delivery.id},
                           error) != nullptr;
}

bool WebhookOutbox::postpone(QSqlDatabase db, const QString& id, qint64 atMs, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("UPDATE webhook_deliveries SET state = 'queued', next_at = ?, lease_until = "
                                          "0 WHERE id = ? AND state = 'sending'"),
                           {atMs, id}, error) != nullptr;
}

bool WebhookOutbox::noteRemoteId(QSqlDatabase db, const QString& id, const QString& remoteId, QString* error)
{
    return Sql::execCached(db, QStringLiteral("UPDATE webhook_deliveries SET remote_id = ? WHERE id = ?"),
                           {remoteId, id}, error) != nullptr;
}

bool WebhookOutbox::redeliver(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                              const QString& id, bool* found, QString* error)
{
    QSqlQuery* q = Sql::execCached(db,
                                   QStringLiteral("UPDATE webhook_deliveries SET state = 'queued', next_at = ?, "
                                                  "created_at = ?, lease_until = 0 WHERE id = ? AND org_id = ? AND "
                                                  "webhook_id = ? AND state <> 'sending'"),
                                   {nowMs, nowMs, id, orgId, webhookId}, error);
    if (!q)
        return false;
    *found = q->numRowsAffected() == 1;
    return true;
}

bool WebhookOutbox::recent(QSqlDatabase db, const QString& orgId, const QString& webhookId, int limit,
                           QList<Delivery>* out, QString* error)
{
    QSqlQuery* q = Sql::execCached(db,
                                   u"SELECT " + kColumns + u" FROM webhook_deliveries d" + kPayload +
                                       u" WHERE d.org_id = ? AND d.webhook_id = ? ORDER BY d.created_at DESC, d.id "
                                       u"DESC LIMIT ?",
                                   {orgId, webhookId, limit}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->append(fromRow(*q));
    return true;
}

bool WebhookOutbox::expire(QSqlDatabase db, qint64 nowMs, int* removed, QString* error)
{
    QSqlQuery* q = Sql::execCached(
        db, QStringLiteral("DELETE FROM webhook_deliveries WHERE state IN ('delivered', 'failed') AND created_at < ?"),
        {nowMs - kKeepMs}, error);
    if (!q)
        return false;
    *removed = q->numRowsAffected();
    // Bodies no delivery refers to any more (those of removed destinations too).
    return Sql::execCached(db,
                           QStringLiteral("DELETE FROM webhook_payloads WHERE created_at < ? AND NOT EXISTS (SELECT 1 "
                                          "FROM webhook_deliveries d WHERE d.payload_id = webhook_payloads.id)"),
                           {nowMs - kKeepMs}, error) != nullptr;
}

} // namespace leadscope::server
