#pragma once

#include "server/domain/Audit.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
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

    struct Account // a users row as the sign-in steps need it
    {
        QString id;
        QString orgId;
        QString email;
        QString role;
        QString passwordHash;
        QByteArray totpSecret;
        bool enrolled = false;
        qint64 lastStep = 0;
        bool disabled = false;
        int failedCount = 0;
        qint64 lockedUntil = 0;
        qint64 windowStart = 0;
        int windowCount = 0;

        Audit::Actor actor() const { return {id, email}; }
    };
    static bool loadByEmail(QSqlDatabase db, const QString& email, Account* account, bool* found, QString* error);
    static bool loadById(QSqlDatabase db, const QVariant& id, Account* account, bool* found, QString* error);

    // Stores the hourly attempt window (start, count) of an account.
    static bool setAttemptWindow(QSqlDatabase db, const QString& userId, qint64 windowStart, int windowCount,
                                 QString* error);
    static bool setPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash, QString* error);

    struct Failure
    {
        int failures = 0;       // consecutive failures, this one included
        qint64 lockedUntil = 0; // 0: not locked
        int burst = 0;          // > 0: this failure completed a suspicious burst of the organisation
    };
    // Counts one failed attempt in one transaction: the failure counter and
    // lockout (30 s, 60 s, 2 min, … capped at one hour from the fifth), its
    // audit rows and, once per burst, a suspicious-activity row.
    static bool recordFailure(QSqlDatabase db, qint64 nowMs, const Account& account, const QString& action,
                              SuspiciousActivity& suspicious, Failure* failure, QString* error);

    // Marks a TOTP time step used when it is newer than the last one used
    // (*accepted false otherwise: a replay). With clearFailures the failure
    // counter and lockout are reset too.
    static bool useTotpStep(QSqlDatabase db, const QString& userId, qint64 step, bool clearFailures, bool* accepted,
                            QString* error);
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
    // Removes the challenge and, when it enrolled a secret, stores and audits that — in one transaction.
    static bool closeChallenge(QSqlDatabase db, qint64 nowMs, const Account& account, const QByteArray& tokenHash,
                               const QByteArray& enrolledSecret, QString* error);
};

} // namespace leadscope::server
