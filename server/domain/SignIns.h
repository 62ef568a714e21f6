#pragma once

#include "server/domain/Audit.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace leadscope::server {

class SuspiciousActivity;

// The users-table side of signing in: an account's credentials and counters,
// the pending second-factor challenges, the last TOTP step used. What the
// sign-in endpoints decide, this class stores; it writes the audit rows that
// must commit together with a counter.
class SignIns
{
public:
    static constexpr int kFailuresBeforeLockout = 5;
    static constexpr qint64 kMaxLockoutMs = 15 * 60'000;
    static constexpr qint64 kFailureMemoryMs = 3600'000; // failures older than this are forgotten
    static constexpr qint64 kAttemptLeaseMs = 15'000;    // how long an unjudged attempt holds its account

    struct Account // a users row as the sign-in steps need it
    {
        QString id;
        QString orgId;
        QString email;
        QString role;
        QString passwordHash;
        QByteArray totpSecret;
        bool enrolled = false;
        bool disabled = false;
        bool mustChangePassword = false;
        // No counters or locks here: they are read and written in SQL only
        // (admit, recordFailure), never from a snapshot parallel requests share.

        Audit::Actor actor() const { return {id, email}; }
    };
    static bool loadByEmail(QSqlDatabase db, const QString& email, Account* account, bool* found, QString* error);
    static bool loadById(QSqlDatabase db, const QVariant& id, Account* account, bool* found, QString* error);

    struct Admission
    {
        enum class Refusal
        {
            None,
            Locked,
            HourlyCap,
            Busy
        };
        Refusal refusal = Refusal::None;
        qint64 retryAfterMs = 0;
        bool admitted() const { return refusal == Refusal::None; }
    };
    // Admits one sign-in or code attempt in one conditional UPDATE (so
    // parallel requests cannot all pass on one snapshot): the account is not
    // locked, is under its hourly cap (counted here) and has no other attempt
    // being judged — an admitted attempt holds the account until
    // releaseAttempt() or kAttemptLeaseMs.
    static bool admit(QSqlDatabase db, qint64 nowMs, const QString& userId, int maxPerHour, Admission* admission,
                      QString* error);
    // Ends an attempt that neither failed nor used a code (a right password).
    static bool releaseAttempt(QSqlDatabase db, const QString& userId, QString* error);
    static bool setPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash, QString* error);
    // A new password: chosen by the user (mustChange false) or a one-time
    // password set by an admin, which the next sign-in must replace.
    static bool setPassword(QSqlDatabase db, const QString& userId, const QString& hash, bool mustChange,
                            QString* error);
    // Lost phone: the second factor, its recovery codes and pending sign-ins
    // are removed; the next sign-in enrols again.
    static bool resetSecondFactor(QSqlDatabase db, const QString& userId, QString* error);

    struct Failure
    {
        int failures = 0;       // consecutive failures, this one included
        qint64 lockedUntil = 0; // 0: not locked
        int burst = 0;          // > 0: this failure completed a suspicious burst of the organisation
    };
    // Counts one failed attempt (and ends it) in one transaction that holds the row: the
    // failure counter (restarting when the last failure is over an hour old)
    // and lockout (30 s, 60 s, 2 min, … capped at 15 minutes from the fifth), its
    // audit rows and, once per burst, a suspicious-activity row.
    static bool recordFailure(QSqlDatabase db, qint64 nowMs, const Account& account, const QString& action,
                              SuspiciousActivity& suspicious, Failure* failure, QString* error);

    // Marks a TOTP time step used when it is newer than the last one used
    // (*accepted false otherwise: a replay); an accepted code also resets the
    // failure counter and lockout and ends the attempt (as recordFailure does).
    static bool useTotpStep(QSqlDatabase db, const QString& userId, qint64 step, bool* accepted, QString* error);
    // Resets the failure counter and lockout and ends the attempt (a recovery code was accepted).
    static bool clearFailures(QSqlDatabase db, const QString& userId, QString* error);
    // Enrols a second factor directly (the demo's accounts).
    static bool enrolTotp(QSqlDatabase db, const QString& userId, const QByteArray& secret, QString* error);

    struct Challenge // the password step passed; the code step pending
    {
        QString userId;
        QByteArray pendingSecret; // a TOTP secret being enrolled, or empty
        qint64 expiresAt = 0;
    };
    // Drops expired challenges, stores a new one and audits the password step, in one transaction.
    static bool openChallenge(QSqlDatabase db, qint64 nowMs, const Account& account, const QByteArray& tokenHash,
                              const QByteArray& pendingSecret, qint64 expiresAt, QString* error);
    static bool findChallenge(QSqlDatabase db, const QByteArray& tokenHash, Challenge* challenge, bool* found,
                              QString* error);
    // Removes the challenge and, when it enrolled a secret, stores and audits
    // that with the recovery codes — in one transaction. Enrolment happens
    // once: a challenge opened before it (*stale) changes nothing, and
    // enrolling removes all of the user's other challenges.
    static bool closeChallenge(QSqlDatabase db, qint64 nowMs, const Account& account, const QByteArray& tokenHash,
                               const QByteArray& enrolledSecret, const QStringList& recoveryCodes, bool* stale,
                               QString* error);
    // Drops every pending challenge of a user (their second factor was reset or enrolled).
    static bool dropChallenges(QSqlDatabase db, const QString& userId, QString* error);
};

} // namespace leadscope::server
