#include "server/domain/SignIns.h"

#include "server/domain/RecoveryCodes.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/store/Sql.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace leadscope::server {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, org_id, email, role, password_hash, totp_secret, totp_enrolled, disabled, must_change_password");

bool loadAccount(QSqlDatabase db, const QString& where, const QVariant& key, SignIns::Account* account, bool* found,
                 QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM users WHERE ") + where,
                       {key}, &row, found, error))
        return false;
    if (!*found)
        return true;
    account->id = row[0].toString();
    account->orgId = row[1].toString();
    account->email = row[2].toString();
    account->role = row[3].toString();
    account->passwordHash = row[4].toString();
    account->totpSecret = row[5].toByteArray();
    account->enrolled = row[6].toInt() != 0;
    account->disabled = row[7].toInt() != 0;
    account->mustChangePassword = row[8].toInt() != 0;
    return true;
}

} // namespace

bool SignIns::loadByEmail(QSqlDatabase db, const QString& email, Account* account, bool* found, QString* error)
{
    return loadAccount(db, QStringLiteral("email = ?"), email, account, found, error);
}

bool SignIns::loadById(QSqlDatabase db, const QVariant& id, Account* account, bool* found, QString* error)
{
    return loadAccount(db, QStringLiteral("id = ?"), id, account, found, error);
}

bool SignIns::admit(QSqlDatabase db, qint64 nowMs, const QString& userId, int maxPerHour, Admission* admission,
                    QString* error)
{
    const qint64 hourAgo = nowMs - 3600'000;
    QVariantList row;
    bool admitted = false;
    // Every SET expression sees the row as it was; on PostgreSQL a concurrent
    // UPDATE waits for this one and re-checks the WHERE against its result.
    if (!Sql::fetchOne(db,
                       QStringLiteral("UPDATE users SET attempt_until = ?, "
                                      "window_count = CASE WHEN window_start <= ? THEN 1 ELSE window_count + 1 END, "
                                      "window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END "
                                      "WHERE id = ? AND locked_until <= ? AND attempt_until <= ? "
                                      "AND (window_start <= ? OR window_count < ?) RETURNING window_count"),
                       {nowMs + kAttemptLeaseMs, hourAgo, hourAgo, nowMs, userId, nowMs, nowMs, hourAgo, maxPerHour},
                       &row, &admitted, error))
        return false;
    *admission = {};
    if (admitted)
        return true;
    // Refused: say why, from the row as it is now.
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT locked_until, attempt_until, window_start FROM users WHERE id = ?"),
                       {userId}, &row, &found, error))
        return false;
    if (!found) {
        *error = QStringLiteral("the account is gone");
        return false;
    }
    const qint64 lockedUntil = row[0].toLongLong();
    const qint64 attemptUntil = row[1].toLongLong();
    if (lockedUntil > nowMs)
        *admission = {Admission::Refusal::Locked, lockedUntil - nowMs};
    else if (attemptUntil > nowMs)
        *admission = {Admission::Refusal::Busy, 1000};
    else
        *admission = {Admission::Refusal::HourlyCap, qMax<qint64>(1000, row[2].toLongLong() + 3600'000 - nowMs)};
    return true;
}

bool SignIns::releaseAttempt(QSqlDatabase db, const QString& userId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE users SET attempt_until = 0 WHERE id = ?"), {userId}, error);
}

bool SignIns::setPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId}, error);
}

bool SignIns::setPassword(QSqlDatabase db, const QString& userId, const QString& hash, bool mustChange, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, failed_count = 0, "
                                    "locked_until = 0 WHERE id = ?"),
                     {hash, mustChange ? 1 : 0, userId}, error);
}

bool SignIns::resetSecondFactor(QSqlDatabase db, const QString& userId, QString* error)
{
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE users SET totp_secret = NULL, totp_enrolled = 0, last_totp_step = 0, "
                                    "failed_count = 0, locked_until = 0 WHERE id = ?"),
                     {userId}, error) &&
           RecoveryCodes::removeAll(db, userId, error) && dropChallenges(db, userId, error) &&
           transaction.commit(error);
}

bool SignIns::recordFailure(QSqlDatabase db, qint64 nowMs, const Account& account, const QString& action,
                            SuspiciousActivity& suspicious, Failure* failure, QString* error)
{
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    // The increment is the first statement: it holds the row (PostgreSQL) or
    // the database (SQLite) until commit, so parallel failures all count.
    if (!Sql::fetchOne(db,
                       QStringLiteral("UPDATE users SET failed_count = CASE WHEN last_failed_at <= ? THEN 1 "
                                      "ELSE failed_count + 1 END, last_failed_at = ?, attempt_until = 0 WHERE id = ? "
                                      "RETURNING failed_count"),
                       {nowMs - kFailureMemoryMs, nowMs, account.id}, &row, &found, error))
        return false;
    if (!found) {
        *error = QStringLiteral("the account is gone");
        return false;
    }
    *failure = {};
    failure->failures = row[0].toInt();
    if (failure->failures >= kFailuresBeforeLockout) {
        // 30 s, 60 s, 2 min, … capped.
        const int doublings = qMin(failure->failures - kFailuresBeforeLockout, 7);
        failure->lockedUntil = nowMs + qMin<qint64>(30'000LL << doublings, kMaxLockoutMs);
    }
    QSqlQuery query(db);
    bool ok =
        (failure->lockedUntil == 0 || Sql::exec(query, QStringLiteral("UPDATE users SET locked_until = ? WHERE id = ?"),
                                                {failure->lockedUntil, account.id}, error)) &&
        Audit::record(db, nowMs, account.orgId, account.actor(), action,
                      QJsonObject{{QStringLiteral("failures"), failure->failures}}, error);
    if (ok && failure->lockedUntil > 0)
        ok = Audit::record(db, nowMs, account.orgId, account.actor(), QStringLiteral("account_locked"),
                           QJsonObject{{QStringLiteral("seconds"), (failure->lockedUntil - nowMs) / 1000}}, error);
    int burst = 0;
    if (ok && suspicious.record(account.orgId, nowMs, &burst)) {
        failure->burst = burst;
        // One event per burst: no address (only that it came from some source), no account names.
        ok = Audit::record(db, nowMs, account.orgId, {QString(), QString()}, QStringLiteral("suspicious_activity"),
                           QJsonObject{{QStringLiteral("failed_sign_ins"), burst},
                                       {QStringLiteral("window_seconds"), SuspiciousActivity::kWindowMs / 1000}},
                           error);
    }
    return ok && transaction.commit(error);
}

bool SignIns::useTotpStep(QSqlDatabase db, const QString& userId, qint64 step, bool* accepted, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE users SET last_totp_step = ?, failed_count = 0, locked_until = 0, "
                                  "attempt_until = 0 WHERE id = ? AND last_totp_step < ?"),
                   {step, userId, step}, error))
        return false;
    *accepted = query.numRowsAffected() == 1;
    return true;
}

bool SignIns::clearFailures(QSqlDatabase db, const QString& userId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(
        query, QStringLiteral("UPDATE users SET failed_count = 0, locked_until = 0, attempt_until = 0 WHERE id = ?"),
        {userId}, error);
}

bool SignIns::enrolTotp(QSqlDatabase db, const QString& userId, const QByteArray& secret, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE users SET totp_secret = ?, totp_enrolled = 1 WHERE id = ?"),
                     {secret, userId}, error);
}

bool SignIns::openChallenge(QSqlDatabase db, qint64 nowMs, const Account& account, const QByteArray& tokenHash,
                            const QByteArray& pendingSecret, qint64 expiresAt, QString* error)
{
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE expires_at < ?"), {nowMs}, error) &&
           Sql::exec(query,
                     QStringLiteral("INSERT INTO mfa_challenges (token_hash, user_id, pending_secret, expires_at) "
                                    "VALUES (?, ?, ?, ?)"),
                     {tokenHash, account.id, pendingSecret.isEmpty() ? QVariant() : pendingSecret, expiresAt}, error) &&
           Audit::record(db, nowMs, account.orgId, account.actor(), QStringLiteral("login_password_ok"), {}, error) &&
           transaction.commit(error);
}

bool SignIns::findChallenge(QSqlDatabase db, const QByteArray& tokenHash, Challenge* challenge, bool* found,
                            QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(
            db, QStringLiteral("SELECT user_id, pending_secret, expires_at FROM mfa_challenges WHERE token_hash = ?"),
            {tokenHash}, &row, found, error))
        return false;
    if (*found)
        *challenge = {row[0].toString(), row[1].toByteArray(), row[2].toLongLong()};
    return true;
}

bool SignIns::closeChallenge(QSqlDatabase db, qint64 nowMs, const Account& account, const QByteArray& tokenHash,
                             const QByteArray& enrolledSecret, const QStringList& recoveryCodes, bool* stale,
                             QString* error)
{
    *stale = false;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE token_hash = ?"), {tokenHash}, error))
        return false;
    if (!enrolledSecret.isEmpty()) {
        if (!Sql::exec(query,
                       QStringLiteral("UPDATE users SET totp_secret = ?, totp_enrolled = 1 "
                                      "WHERE id = ? AND totp_enrolled = 0"),
                       {enrolledSecret, account.id}, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *stale = true; // enrolled meanwhile through another challenge: keep that secret
            return transaction.commit(error);
        }
        if (!dropChallenges(db, account.id, error) || !RecoveryCodes::store(db, account.id, recoveryCodes, error) ||
            !Audit::record(db, nowMs, account.orgId, account.actor(), QStringLiteral("mfa_enrolled"), {}, error))
            return false;
    }
    return transaction.commit(error);
}

bool SignIns::dropChallenges(QSqlDatabase db, const QString& userId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE user_id = ?"), {userId}, error);
}

} // namespace leadscope::server
