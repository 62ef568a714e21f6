#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace leadscope::server {

// The durable queue of e-mail to users: alerts (a rule that notifies someone
// who asked for e-mail) and digests. Rows are written in the transaction that
// decides a mail is due, so nothing is lost across a restart; the mail worker
// claims due rows with a lease (several servers may share the store), sends
// them, and retries failures with exponential backoff until it gives up and
// marks them failed, which admins see. docs/ALERTS.md.
class MailOutbox
{
public:
    static constexpr int kMaxAttempts = 10;        // ~1.5 days of retries
    static constexpr qint64 kLeaseMs = 5 * 60'000; // a claim a crashed sender left expires
    static constexpr qint64 kKeepSentMs = 30LL * 24 * 3600 * 1000;

    struct Message
    {
        qint64 id = 0;
        QString orgId;
        QString userId;
        QString email; // the user's address
        QString kind;  // alert, digest, webhook_paused
        QString
            ref; // alert: the rule firing; digest: "<from ms>-<to ms>"; webhook_paused: "<webhook id>@<paused at ms>"
        QString state; // queued, sending, sent, skipped, failed
        int attempts = 0;
        qint64 nextAt = 0;
        QString lastError;
        QString subject;
        qint64 createdAt = 0;
        qint64 sentAt = 0;
    };

    // Queues an alert about `firingId` for each of `userIds` who asked for
    // e-mail alerts (inside the caller's transaction).
    static bool queueAlerts(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QStringList& userIds,
                            const QString& firingId, QString* error);
    // An operational notice to `userIds` (the organisation's active admins),
    // whatever their alert choices (a webhook destination was paused).
    static bool queueNotice(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QStringList& userIds,
                            const QString& kind, const QString& ref, QString* error);
    static bool queueDigest(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, qint64 from,
                            qint64 to, QString* error);

    // Claims up to `limit` due messages for this sender.
    static bool claimDue(QSqlDatabase db, qint64 nowMs, int limit, QList<Message>* claimed, QString* error);
    static bool markSent(QSqlDatabase db, qint64 nowMs, qint64 id, const QString& subject, QString* error);
    // A failed attempt: retried later with backoff, or failed for good after
    // kMaxAttempts (or at once when `permanent`).
    static bool markFailed(QSqlDatabase db, qint64 nowMs, const Message& message, const QString& reason, bool permanent,
                           QString* error);
    // Not sent, on purpose: the reader switched it off, a digest had nothing
    // to say, or the visit was purged before its alert went out.
    static bool markSkipped(QSqlDatabase db, qint64 id, const QString& reason, QString* error);
    // Not an attempt: back in the queue until `at` (quiet hours).
    static bool postpone(QSqlDatabase db, qint64 id, qint64 at, QString* error);
    // The delay before attempt n + 1 after n failures, with ±20 % jitter.
    static qint64 backoffMs(int attempts);

    // An admin sends a failed message again (after fixing the relay): *retried
    // says whether `id` was a failed message of the organisation.
    static bool retry(QSqlDatabase db, qint64 nowMs, const QString& orgId, qint64 id, bool* retried, QString* error);
    // For admins: an organisation's mail that has not gone out (newest first).
    static bool undelivered(QSqlDatabase db, const QString& orgId, int limit, QList<Message>* messages, QString* error);
    static bool counts(QSqlDatabase db, const QString& orgId, int* queued, int* failed, int* sentLastDay, qint64 nowMs,
                       QString* error);
    // Retention: sent, skipped and failed mail older than 30 days.
    static bool expire(QSqlDatabase db, qint64 nowMs, int* removed, QString* error);
};

} // namespace leadscope::server
