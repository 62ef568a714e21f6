#include "server/domain/SignIns.h"

#include "server/domain/SuspiciousActivity.h"
#include "server/store/Sql.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace leadscope::server {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, org_id, email, role, password_hash, totp_secret, totp_enrolled, last_totp_step, disabled, failed_count, "
    "locked_until, window_start, window_count");

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
    account->lastStep = row[7].toLongLong();
    account->disabled = row[8].toInt() != 0;
    account->failedCount = row[9].toInt();
    account->lockedUntil = row[10].toLongLong();
    account->windowStart = row[11].toLongLong();
    account->windowCount = row[12].toInt();
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

bool SignIns::setAttemptWindow(QSqlDatabase db, const QString& userId, qint64 windowStart, int windowCount,
                               QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE users SET window_start = ?, window_count = ? WHERE id = ?"),
                     {windowStart, windowCount, userId}, error);
}

bool SignIns::setPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId}, error);
}

bool SignIns::recordFailure(QSqlDatabase db, qint64 nowMs, const Account& account, const QString& action,
                            SuspiciousActivity& suspicious, Failure* failure, QString* error)
{
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    // Read-modify-write inside the transaction so parallel failures all count.
    if (!Sql::fetchOne(db, QStringLiteral("SELECT failed_count FROM users WHERE id = ?"), {account.id}, &row, &found,
                       error))
        return false;
    if (!found) {
        *error = QStringLiteral("the account is gone");
        return false;
    }
    *failure = {};
    failure->failures = row[0].toInt() + 1;
    if (failure->failures >= kFailuresBeforeLockout) {
        // 30 s, 60 s, 2 min, … capped at one hour.
        const int doublings = qMin(failure->failures - kFailuresBeforeLockout, 7);
        failure->lockedUntil = nowMs + qMin<qint64>(30'000LL << doublings, 3600'000);
    }
    QSqlQuery query(db);
    bool ok = Sql::exec(query, QStringLiteral("UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?"),
                        {failure->failures, failure->lockedUntil, account.id}, error) &&
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

bool SignIns::useTotpStep(QSqlDatabase db, const QString& userId, qint64 step, bool clearFailures, bool* accepted,
                          QString* error)
{
    QSqlQuery query(db);
    const QString statement =
        clearFailures ? QStringLiteral("UPDATE users SET last_totp_step = ?, failed_count = 0, locked_until = 0 "
                                       "WHERE id = ? AND last_totp_step < ?")
                      : QStringLiteral("UPDATE users SET last_totp_step = ? WHERE id = ? AND last_totp_step < ?");
    if (!Sql::exec(query, statement, {step, userId, step}, error))
        return false;
    *accepted = query.numRowsAffected() == 1;
    return true;
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
                             const QByteArray& enrolledSecret, QString* error)
{
    const bool enrolling = !enrolledSecret.isEmpty();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return (!enrolling || enrolTotp(db, account.id, enrolledSecret, error)) &&
           Sql::exec(query, QStringLiteral("DELETE FROM mfa_challenges WHERE token_hash = ?"), {tokenHash}, error) &&
           (!enrolling ||
            Audit::record(db, nowMs, account.orgId, account.actor(), QStringLiteral("mfa_enrolled"), {}, error)) &&
           transaction.commit(error);
}

} // namespace leadscope::server
