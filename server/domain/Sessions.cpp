#include "server/domain/Sessions.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QUuid>

namespace leadscope::server {

using protocol::Crypto;

namespace {
QString newToken()
{
    return QString::fromLatin1(
        Crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QJsonObject Sessions::TokenPair::toJson() const
{
    return QJsonObject{{QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), expiresInSeconds}};
}

Sessions::Sessions(const Store& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

QByteArray Sessions::hashToken(const QString& token)
{
    return Crypto::sha256(token.toLatin1());
}

bool Sessions::issue(const QString& sessionId, qint64 sessionExpiresAt, TokenPair* pair, QString* error)
{
    const qint64 now = m_clock.nowMs();
    pair->accessToken = newToken();
    pair->refreshToken = newToken();
    const qint64 accessExpiry = qMin(now + kAccessLifetimeMs, sessionExpiresAt);
    pair->expiresInSeconds = (accessExpiry - now) / 1000;
    QSqlQuery query(m_store.connection());
    const QString insert =
        QStringLiteral("INSERT INTO tokens (token_hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)");
    return Sql::exec(query, insert, {hashToken(pair->accessToken), sessionId, QStringLiteral("access"), accessExpiry},
                     error) &&
           Sql::exec(query, insert,
                     {hashToken(pair->refreshToken), sessionId, QStringLiteral("refresh"), sessionExpiresAt}, error);
}

std::optional<Sessions::TokenPair> Sessions::start(const QString& userId, QString* error)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
                   {sessionId, userId, now, now + kSessionLifetimeMs}, error))
        return std::nullopt;
    TokenPair pair;
    if (!issue(sessionId, now + kSessionLifetimeMs, &pair, error) || !transaction.commit(error))
        return std::nullopt;
    return pair;
}

bool Sessions::revokeInTransaction(QSqlDatabase db, const QString& sessionId, QString* error)
{
    QSqlQuery revoke(db);
    return Sql::exec(revoke, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {sessionId}, error) &&
           Sql::exec(revoke, QStringLiteral("DELETE FROM tokens WHERE session_id = ? AND kind = 'access'"), {sessionId},
                     error);
}

Sessions::RefreshResult Sessions::refresh(const QString& refreshToken, TokenPair* pair, QString* userId, QString* error,
                                          bool unlocking)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT t.session_id, t.used, t.expires_at, s.revoked, s.expires_at, s.user_id, "
                                      "u.disabled, s.locked FROM tokens t JOIN sessions s ON s.id = t.session_id "
                                      "JOIN users u ON u.id = s.user_id WHERE t.token_hash = ? AND t.kind = 'refresh'"),
                       {hashToken(refreshToken)}, &row, &found, error))
        return RefreshResult::StoreError;
    if (!found)
        return RefreshResult::Invalid;
    const QString sessionId = row[0].toString();
    const bool used = row[1].toInt() != 0;
    const qint64 now = m_clock.nowMs();
    *userId = row[5].toString();
    if (used) {
        // A spent refresh token came back: one copy is in the wrong hands.
        if (!revokeInTransaction(db, sessionId, error) || !transaction.commit(error))
            return RefreshResult::StoreError;
        return RefreshResult::Reused;
    }
    if (row[3].toInt() != 0 || row[2].toLongLong() <= now || row[4].toLongLong() <= now || row[6].toInt() != 0)
        return RefreshResult::Invalid;
    if (row[7].toInt() != 0 && !unlocking)
        return RefreshResult::Locked;
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("UPDATE tokens SET used = 1 WHERE token_hash = ? AND used = 0"),
                   {hashToken(refreshToken)}, error))
        return RefreshResult::StoreError;
    if (query.numRowsAffected() != 1) {
        // Lost a race against another use of the same token: that is a reuse too,
        // and the revocation must be committed, not rolled back with this transaction.
        if (!revokeInTransaction(db, sessionId, error) || !transaction.commit(error))
            return RefreshResult::StoreError;
        return RefreshResult::Reused;
    }
    if ((unlocking &&
         !Sql::exec(query, QStringLiteral("UPDATE sessions SET locked = 0 WHERE id = ?"), {sessionId}, error)) ||
        !issue(sessionId, row[4].toLongLong(), pair, error) || !transaction.commit(error))
        return RefreshResult::StoreError;
    return RefreshResult::Ok;
}

bool Sessions::lock(const QString& sessionId, QString* error)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE sessions SET locked = 1 WHERE id = ?"), {sessionId}, error) &&
           Sql::exec(query, QStringLiteral("DELETE FROM tokens WHERE session_id = ? AND kind = 'access'"), {sessionId},
                     error) &&
           transaction.commit(error);
}

bool Sessions::revokeOthersOfUser(const QString& userId, const QString& keepSessionId, QString* error)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ? AND id <> ?"),
                     {userId, keepSessionId}, error) &&
           Sql::exec(query,
                     QStringLiteral("DELETE FROM tokens WHERE session_id IN "
                                    "(SELECT id FROM sessions WHERE user_id = ? AND id <> ?)"),
                     {userId, keepSessionId}, error) &&
           transaction.commit(error);
}

std::optional<AuthContext> Sessions::authenticate(const QString& accessToken, QString* error) const
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(
            m_store.connection(),
            QStringLiteral(
                "SELECT t.expires_at, s.id, s.revoked + s.locked, u.id, u.org_id, u.email, "
                "u.role, u.disabled, u.must_change_password FROM tokens t JOIN sessions s ON s.id = t.session_id "
                "JOIN users u ON u.id = s.user_id WHERE t.token_hash = ? AND t.kind = 'access'"),
            {hashToken(accessToken)}, &row, &found, error) ||
        !found)
        return std::nullopt;
    if (row[0].toLongLong() <= m_clock.nowMs() || row[2].toInt() != 0 || row[7].toInt() != 0)
        return std::nullopt;
    const auto role = protocol::roleFromName(row[6].toString());
    if (!role)
        return std::nullopt;
    return AuthContext{row[3].toString(),  row[4].toString(), row[5].toString(), row[1].toString(), *role,
                       row[8].toInt() != 0};
}

bool Sessions::revokeSession(const QString& sessionId, QString* error)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {sessionId}, error) &&
           Sql::exec(query, QStringLiteral("DELETE FROM tokens WHERE session_id = ?"), {sessionId}, error) &&
           transaction.commit(error);
}

bool Sessions::revokeAllOfUser(const QString& userId, QString* error)
{
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ?"), {userId}, error) &&
           Sql::exec(
               query,
               QStringLiteral("DELETE FROM tokens WHERE session_id IN (SELECT id FROM sessions WHERE user_id = ?)"),
               {userId}, error) &&
           transaction.commit(error);
}

bool Sessions::refreshTokenOwner(const QString& refreshToken, QString* userId, QString* error) const
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(m_store.connection(),
                       QStringLiteral("SELECT s.user_id FROM tokens t JOIN sessions s ON s.id = t.session_id "
                                      "WHERE t.token_hash = ? AND t.kind = 'refresh' AND t.used = 0 AND s.revoked = 0 "
                                      "AND s.expires_at > ?"),
                       {hashToken(refreshToken), m_clock.nowMs()}, &row, &found, error))
        return false;
    *userId = found ? row[0].toString() : QString();
    return true;
}

} // namespace leadscope::server
