#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// The durable outbox of webhook deliveries. The webhook worker writes a row
// for each event and destination in the transaction that moves the
// destination's cursor, so nothing is lost across a restart or an outage of
// the store; it claims due rows with a lease (several servers may share the
// store), sends them, and retries failures with exponential backoff and
// jitter for up to 3 days. A delivery's id is the `webhook-id` its receiver
// sees on every attempt (its idempotency key). docs/INTEGRATIONS.md.
class WebhookOutbox
{
public:
    static constexpr qint64 kLeaseMs = 2 * 60'000;                   // a claim a crashed sender left expires
    static constexpr qint64 kGiveUpAfterMs = 3LL * 24 * 3600 * 1000; // from the event
    static constexpr qint64 kKeepMs = 30LL * 24 * 3600 * 1000;

    struct Delivery
    {
        QString id;
        QString orgId;
        QString webhookId;
        QString event;
        QByteArray payload;
        QString state; // queued, sending, delivered, failed
        int attempts = 0;
        qint64 nextAt = 0;
        int status = 0; // the receiver's last HTTP status; 0: no answer
        int latencyMs = 0;
        QString lastError;
        qint64 createdAt = 0;
        qint64 deliveredAt = 0;
        QString remoteId; // what the receiver made of it (a HubSpot note's id), so a retry does not make it again
    };

    struct Item
    {
        QString id; // the webhook-id
        QString event;
        QByteArray payload;
    };
    // Queues deliveries once each (a second queue of the same id does nothing),
    // each body kept once however many destinations receive it; a few statements for all.
    static bool queue(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                      const QList<Item>& items, QString* error);
    static bool queue(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId, const QString& id,
                      const QString& event, const QByteArray& payload, QString* error);
    // Claims up to `limit` due deliveries of destinations that are not paused
    // (read first, then claimed compare-and-set in one short transaction of its own).
    static bool claimDue(QSqlDatabase db, qint64 nowMs, int limit, QList<Delivery>* claimed, QString* error);
    static bool markDelivered(QSqlDatabase db, qint64 nowMs, const QString& id, int status, int latencyMs,
                              QString* error);
    struct Success
    {
        QString id;
        int status = 0;
        int latencyMs = 0;
    };
    // A round's deliveries that succeeded, in one statement.
    static bool markDelivered(QSqlDatabase db, qint64 nowMs, const QList<Success>& delivered, QString* error);
    // A failed attempt: tried again after a backoff — or after `retryAfterMs`
    // when the receiver asked for that (429 + Retry-After) — or failed for good
    // once the next try would fall past 3 days after the event.
    static bool markFailed(QSqlDatabase db, qint64 nowMs, const Delivery& delivery, int status, int latencyMs,
                           const QString& reason, QString* error, qint64 retryAfterMs = 0);
    // Not tried this round (its receiver asked to wait): due again at `atMs`, no attempt counted.
    static bool postpone(QSqlDatabase db, const QString& id, qint64 atMs, QString* error);
    static bool noteRemoteId(QSqlDatabase db, const QString& id, const QString& remoteId, QString* error);
    // The delay after n failed attempts: 5 s, 1 min, 5 min, 30 min, 2 h, 5 h,
    // then 10 h, each ±20 %.
    static qint64 backoffMs(int attempts);

    // An admin sends a delivery again (the same id): *found says whether it was one of the organisation's.
    // Its 3 days start again.
    static bool redeliver(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& webhookId,
                          const QString& id, bool* found, QString* error);
    // A destination's deliveries, newest first.
    static bool recent(QSqlDatabase db, const QString& orgId, const QString& webhookId, int limit, QList<Delivery>* out,
                       QString* error);
    // Retention: delivered and failed deliveries older than 30 days.
    static bool expire(QSqlDatabase db, qint64 nowMs, int* removed, QString* error);
};

} // namespace leadscope::server
