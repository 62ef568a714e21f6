#pragma once

#include "protocol/Role.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace leadscope::server {

class Clock;
class Store;

// Who is calling, once a bearer token checked out.
struct AuthContext
{
    QString userId;
    QString orgId;
    QString email;
    QString sessionId;
    protocol::Role role = protocol::Role::Sales;
    bool mustChangePassword = false; // signed in with an admin's one-time password
};

// Access and refresh tokens. Tokens are 256 random bits, handed out once
// and stored only as SHA-256 hashes. A session is one sign-in: its refresh
// token rotates on every use, and using a spent refresh token again revokes
// the whole session (someone else has a copy).
class Sessions
{
public:
    static constexpr qint64 kAccessLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 kSessionLifetimeMs = 30LL * 24 * 3600 * 1000;

    struct TokenPair
    {
        QString accessToken;
        QString refreshToken;
        qint64 expiresInSeconds = 0;
        QJsonObject toJson() const;
    };

    enum class RefreshResult
    {
        Ok,
        Invalid,
        Reused,
        Locked, // the session is idle-locked: only /auth/unlock (with a fresh code) refreshes it
        StoreError
    };

    Sessions(const Store& store, const Clock& clock);

    // Starts a session for a user who passed both factors.
    std::optional<TokenPair> start(const QString& userId, QString* error);
    // Rotates the refresh token. On Reused the session is revoked and
    // *reusedSession / *reusedUser say whose (for the audit log).
    // With `unlocking` (the caller checked a fresh code) a locked session is unlocked and refreshed.
    RefreshResult refresh(const QString& refreshToken, TokenPair* pair, QString* userId, QString* error,
                          bool unlocking = false);
    // Idle-locks a session: its access tokens end, and its refresh token works
    // again only through refresh(…, unlocking = true).
    bool lock(const QString& sessionId, QString* error);
    std::optional<AuthContext> authenticate(const QString& accessToken, QString* error) const;
    bool revokeSession(const QString& sessionId, QString* error);
    bool revokeAllOfUser(const QString& userId, QString* error);
    // Every session of the user but one (a password change keeps the session that made it).
    bool revokeOthersOfUser(const QString& userId, const QString& keepSessionId, QString* error);
    // Whose live session an unused refresh token belongs to, without spending it (*userId empty: nobody's).
    bool refreshTokenOwner(const QString& refreshToken, QString* userId, QString* error) const;

    static QByteArray hashToken(const QString& token);

private:
    bool revokeInTransaction(QSqlDatabase db, const QString& sessionId, QString* error);
    bool issue(const QString& sessionId, qint64 sessionExpiresAt, TokenPair* pair, QString* error);

    const Store& m_store;
    const Clock& m_clock;
};

} // namespace leadscope::server
