#include "server/domain/MailOutbox.h"

#include "server/store/Sql.h"

#include <QRandomGenerator>

#include <algorithm>

namespace leadscope::server {

namespace {

const QString kColumns = QStringLiteral("o.id, o.org_id, o.user_id, u.email, o.kind, o.ref, o.state, o.attempts, "
                                        "o.next_at, o.last_error, o.subject, o.created_at, o.sent_at");

MailOutbox::Message fromRow(const QSqlQuery& q)
{
    MailOutbox::Message m;
    m.id = q.value(0).toLongLong();
    m.orgId = q.value(1).toString();
    m.userId = q.value(2).toString();
    m.email = q.value(3).toString();
    m.kind = q.value(4).toString();
    m.ref = q.value(5).toString();
    m.state = q.value(6).toString();
    m.attempts = q.value(7).toInt();
    m.nextAt = q.value(8).toLongLong();
    m.lastError = q.value(9).toString();
    m.subject = q.value(10).toString();
    m.createdAt = q.value(11).toLongLong();
    m.sentAt = q.value(12).toLongLong();
    return m;
}

bool queue(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const QString& kind,
           const QString& ref, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("INSERT INTO mail_outbox (org_id, user_id, kind, ref, next_at, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, ref) DO NOTHING"),
                           {orgId, userId, kind, ref, nowMs, nowMs}, error) != nullptr;
}

} // namespace

bool MailOutbox::queueAlerts(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QStringList& userIds,
                             const QString& firingId, QString* error)
{
    for (const QString& userId : userIds) {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOneCached(db,
                                 QStringLiteral("SELECT 1 FROM alert_prefs WHERE user_id = ? AND org_id = ? AND "
                                                "email_alerts = 1"),
                                 {userId, orgId}, &row, &found, error))
            return false;
        if (found && !queue(db, nowMs, orgId, userId, QStringLiteral("alert"), firingId, error))
            return false;
    }
    return true;
}

bool MailOutbox::queueNotice(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QStringList& userIds,
                             const QString& kind, const QString& ref, QString* error)
{
    for (const QString& userId : userIds) {
        if (!queue(db, nowMs, orgId, userId, kind, ref, error))
            return false;
    }
    return true;
}

bool MailOutbox::queueDigest(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, qint64 from,
                             qint64 to, QString* error)
{
    return queue(db, nowMs, orgId, userId, QStringLiteral("digest"), QStringLiteral("%1-%2").arg(from).arg(to), error);
}

bool MailOutbox::claimDue(QSqlDatabase db, qint64 nowMs, int limit, QList<Message>* claimed, QString* error)
{
    claimed->clear();
    QSqlQuery* due = Sql::execCached(
        db,
        u"SELECT " + kColumns +
            u" FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE (o.state = 'queued' AND o.next_at <= ?) OR "
            u"(o.state = 'sending' AND o.lease_until < ?) ORDER BY o.next_at LIMIT ?",
        {nowMs, nowMs, limit}, error);
    if (!due)
        return false;
    QList<Message> candidates;
    while (due->next())
        candidates.append(fromRow(*due));
    due->finish();
    for (const Message& m : std::as_const(candidates)) {
        // Only one sender wins a row: the update checks again what made it due.
        QSqlQuery* take = Sql::execCached(
            db,
            QStringLiteral("UPDATE mail_outbox SET state = 'sending', lease_until = ? WHERE id = ? AND ((state = "
                           "'queued' AND next_at <= ?) OR (state = 'sending' AND lease_until < ?))"),
            {nowMs + kLeaseMs, m.id, nowMs, nowMs}, error);
        if (!take)
            return false;
        if (take->numRowsAffected() == 1)
            claimed->append(m);
    }
    return true;
}

bool MailOutbox::markSent(QSqlDatabase db, qint64 nowMs, qint64 id, const QString& subject, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("UPDATE mail_outbox SET state = 'sent', sent_at = ?, subject = ?, attempts = "
                                          "attempts + 1, last_error = '' WHERE id = ?"),
                           {nowMs, subject.left(200), id}, error) != nullptr;
}

qint64 MailOutbox::backoffMs(int attempts)
{
    // 1 min, 2, 4, … capped at 6 h.
    const qint64 base = std::min<qint64>(60'000LL << std::min(attempts, 20), 6LL * 3600 * 1000);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return static_cast<qint64>(static_cast<double>(base) * jitter);
}

bool MailOutbox::markFailed(QSqlDatabase db, qint64 nowMs, const Message& message, const QString& reason,
                            bool permanent, QString* error)
{
    const int attempts = message.attempts + 1;
    const bool giveUp = permanent || attempts >= kMaxAttempts;
    return Sql::execCached(
               db,
               QStringLiteral("UPDATE mail_outbox SET state = ?, attempts = ?, next_at = ?, last_error = ?, "
                              "lease_until = 0 WHERE id = ?"),
               {giveUp ? QStringLiteral("failed") : QStringLiteral("queued"), attempts,
                giveUp ? nowMs : nowMs + backoffMs(attempts - 1), reason.left(300), message.id},
               error) != nullptr;
}

bool MailOutbox::markSkipped(QSqlDatabase db, qint64 id, const QString& reason, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("UPDATE mail_outbox SET state = 'skipped', last_error = ?, lease_until = 0 "
                                          "WHERE id = ?"),
                           {reason.left(300), id}, error) != nullptr;
}

bool MailOutbox::postpone(QSqlDatabase db, qint64 id, qint64 at, QString* error)
{
    return Sql::execCached(db,
                           QStringLiteral("UPDATE mail_outbox SET state = 'queued', next_at = ?, lease_until = 0 "
                                          "WHERE id = ?"),
                           {at, id}, error) != nullptr;
}

bool MailOutbox::retry(QSqlDatabase db, qint64 nowMs, const QString& orgId, qint64 id, bool* retried, QString* error)
{
    QSqlQuery* q = Sql::execCached(db,
                                   QStringLiteral("UPDATE mail_outbox SET state = 'queued', attempts = 0, next_at = ?, "
                                                  "last_error = '' WHERE id = ? AND org_id = ? AND state = 'failed'"),
                                   {nowMs, id, orgId}, error);
    if (!q)
        return false;
    *retried = q->numRowsAffected() == 1;
    return true;
}

bool MailOutbox::undelivered(QSqlDatabase db, const QString& orgId, int limit, QList<Message>* messages, QString* error)
{
    QSqlQuery* q = Sql::execCached(
        db,
        u"SELECT " + kColumns +
            u" FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.org_id = ? AND "
            u"o.state IN ('queued', 'sending', 'failed') AND (o.state = 'failed' OR o.attempts > 0) ORDER BY "
            u"o.created_at DESC LIMIT ?",
        {orgId, limit}, error);
    if (!q)
        return false;
    messages->clear();
    while (q->next())
        messages->append(fromRow(*q));
    return true;
}

bool MailOutbox::counts(QSqlDatabase db, const QString& orgId, int* queued, int* failed, int* sentLastDay, qint64 nowMs,
                        QString* error)
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(
            db,
            QStringLiteral("SELECT coalesce(sum(CASE WHEN state IN ('queued', 'sending') THEN 1 ELSE 0 END), "
                           "0), coalesce(sum(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN state = 'sent' AND sent_at >= ? THEN 1 ELSE 0 END), 0) "
                           "FROM mail_outbox WHERE org_id = ?"),
            {nowMs - 24LL * 3600 * 1000, orgId}, &row, &found, error))
        return false;
    *queued = row.value(0).toInt();
    *failed = row.value(1).toInt();
    *sentLastDay = row.value(2).toInt();
    return true;
}

bool MailOutbox::expire(QSqlDatabase db, qint64 nowMs, int* removed, QString* error)
{
    QSqlQuery* q = Sql::execCached(
        db, QStringLiteral("DELETE FROM mail_outbox WHERE state IN ('sent', 'skipped', 'failed') AND created_at < ?"),
        {nowMs - kKeepSentMs}, error);
    if (!q)
        return false;
    *removed = q->numRowsAffected();
    return true;
}

} // namespace leadscope::server
