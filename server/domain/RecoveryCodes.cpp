#include "server/domain/RecoveryCodes.h"

#include "server/store/Sql.h"

#include "protocol/Base32.h"
#include "protocol/Crypto.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace leadscope::server {

using protocol::Crypto;

namespace {
QString normalised(const QString& code)
{
    QString out = code.toUpper();
    out.remove(u'-');
    out.remove(u' ');
    return out;
}
} // namespace

QStringList RecoveryCodes::generate()
{
    QStringList codes;
    while (codes.size() < kCount) {
        QByteArray bytes = Crypto::randomBytes(8);
        const QString letters = protocol::Base32::encode(bytes).left(12); // 60 bits
        Crypto::wipe(bytes);
        const QString code = letters.left(4) + u'-' + letters.mid(4, 4) + u'-' + letters.mid(8, 4);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

bool RecoveryCodes::looksLikeOne(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("\\A[A-Z2-7]{12}\\z"));
    return shape.match(normalised(text)).hasMatch();
}

QByteArray RecoveryCodes::hash(const QString& code)
{
    return Crypto::sha256(normalised(code).toLatin1());
}

bool RecoveryCodes::store(QSqlDatabase db, const QString& userId, const QStringList& codes, QString* error)
{
    QSqlQuery query(db);
    if (!removeAll(db, userId, error))
        return false;
    for (const QString& code : codes) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)"),
                       {userId, hash(code)}, error))
            return false;
    }
    return true;
}

bool RecoveryCodes::replace(QSqlDatabase db, const QString& userId, const QStringList& codes, QString* error)
{
    Sql::Transaction transaction(db);
    return store(db, userId, codes, error) && transaction.commit(error);
}

bool RecoveryCodes::use(QSqlDatabase db, const QString& userId, const QString& code, qint64 nowMs, bool* used,
                        QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at = 0"),
            {nowMs, userId, hash(code)}, error))
        return false;
    *used = query.numRowsAffected() == 1;
    return true;
}

bool RecoveryCodes::remaining(QSqlDatabase db, const QString& userId, int* count, QString* error)
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at = 0"),
                       {userId}, &row, &found, error))
        return false;
    *count = found ? row[0].toInt() : 0;
    return true;
}

bool RecoveryCodes::removeAll(QSqlDatabase db, const QString& userId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId}, error);
}

} // namespace leadscope::server
