#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// Single-use recovery codes: ten per user, handed out once (at enrolment or
// when regenerated) and stored only as SHA-256 hashes. Each stands in for a
// TOTP code once — for the user whose phone is lost.
class RecoveryCodes
{
public:
    static constexpr int kCount = 10;

    // Ten fresh codes, "XXXX-XXXX-XXXX" (60 random bits each, Base32 letters).
    static QStringList generate();
    // True when `text` has the shape of a recovery code (not of a TOTP code).
    static bool looksLikeOne(const QString& text);
    static QByteArray hash(const QString& code);

    // Replaces all of a user's codes with these (hashed here), in the caller's transaction.
    static bool store(QSqlDatabase db, const QString& userId, const QStringList& codes, QString* error);
    // The same in a transaction of its own.
    static bool replace(QSqlDatabase db, const QString& userId, const QStringList& codes, QString* error);
    // Spends one code: *used is false when it is not one of the user's unused codes.
    static bool use(QSqlDatabase db, const QString& userId, const QString& code, qint64 nowMs, bool* used,
                    QString* error);
    static bool remaining(QSqlDatabase db, const QString& userId, int* count, QString* error);
    static bool removeAll(QSqlDatabase db, const QString& userId, QString* error);
};

} // namespace leadscope::server
