#include "server/domain/WebhookOutbox.h"

#include "server/store/Sql.h"

#include <QRandomGenerator>

#include <array>

namespace leadscope::server {

namespace {

const QString kColumns = QStringLiteral("d.id, d.org_id, d.webhook_id, d.event, d.payload, d.state, d.attempts, "
                                        "d.next_at, d.status, d.latency_ms, d.last_error, d.created_at, "
                                        "d.delivered_at, d.remote_id");

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
    return Sql::execCached(db,
                           QStringLiteral("INSERT INTO webhook_deliveries (id, org_id, webhook_id, event, payload, "
                                          "next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                                          "NOTHING"),
                           {id, orgId, webhookId, event, QString::fromUtf8(payload), nowMs, nowMs}, error) != nullptr;
}

bool WebhookOutbox::claimDue(QSqlDatabase db, qint64 nowMs, int limit, QList<Delivery>* claimed, QString* error)
{
    claimed->clear();
    QSqlQuery* due = Sql::execCached(
        db,
        u"SELECT " + kColumns +
            u" FROM webhook_deliveries d JOIN webhooks w ON w.org_id = d.org_id AND w.id = d.webhook_id WHERE "
            u"w.paused_at = 0 AND ((d.state = 'queued' AND d.next_at <= ?) OR (d.state = 'sending' AND "
            u"d.lease_until < ?)) ORDER BY d.next_at LIMIT ?",
        {nowMs, nowMs, limit}, error);
    if (!due)
        return false;
    QList<Delivery> candidates;
    while (due->next())
        candidates.append(fromRow(*due));
    due->finish();
    for (const Delivery& d : std::as_const(candidates)) {
        // Only one sender wins a row: the update checks again what made it due.
        QSqlQuery* take = Sql::execCached(
            db,
            QStringLiteral("UPDATE webhook_deliveries SET state = 'sending', lease_until = ? WHERE id = ? AND ((state "
                           "= 'queued' AND next_at <= ?) OR (state = 'sending' AND lease_until < ?))"),
            {nowMs + kLeaseMs, d.id, nowMs, nowMs}, error);
        if (!take)
            return false;
        if (take->numRowsAffected() == 1)
            claimed->append(d);
    }
    return true;
}

bool WebhookOutbox::markDelivered(QSqlDatabase db, qint64 nowMs, const QString& id, int status, int latencyMs,
                                  QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("UPDATE webhook_deliveries SET state = 'delivered', delivered_at = ?, "
                                          "status = ?, latency_ms = ?, attempts = attempts + 1, last_error = '', "
                                          "lease_until = 0 WHERE id = ?"),
                           {nowMs, status, latencyMs, id}, error) != nullptr;
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
                                   u"SELECT " + kColumns +
                                       u" FROM webhook_deliveries d WHERE d.org_id = ? AND d.webhook_id = ? ORDER BY "
                                       u"d.created_at DESC, d.id DESC LIMIT ?",
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
    return true;
}

} // namespace leadscope::server
