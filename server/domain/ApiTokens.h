#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

// An organisation's read-only API tokens, for Zapier, n8n or a data warehouse
// (docs/INTEGRATIONS.md): a name, scopes (leads, visits, segments), an expiry.
// The token ("lst_" + 256 random bits) is shown once; the store keeps only its
// SHA-256 and its first characters (to tell tokens apart). Admins create and
// revoke them; each use notes when it was last used.
class ApiTokens
{
public:
    static constexpr int kMaxPerOrganisation = 50;
    static constexpr int kMaxName = 80;
    static constexpr int kDefaultDays = 90;
    static constexpr int kMaxDays = 365;

    static const QStringList& scopes(); // leads, visits, segments

    // What an admin asks for (strict parse; names the refused field).
    struct Draft
    {
        QString name;
        QStringList scopes;
        int days = kDefaultDays;
        static std::optional<Draft> parse(const QJsonObject& json, QString* error);
    };

    struct Token
    {
        QString orgId;
        QString id;
        QString name;
        QStringList scopes;
        QString hint; // "lst_AbCd1234"
        qint64 expiresAt = 0;
        QString createdBy;
        qint64 createdAt = 0;
        qint64 lastUsedAt = 0;
        qint64 revokedAt = 0;
        // Never the token or its hash.
        QJsonObject toJson(qint64 nowMs) const;
    };

    // Creates one; *secret gets the token itself (shown once, then wiped by the caller).
    static bool create(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Draft& draft,
                       Token* created, QString* secret, QString* error);
    static bool list(QSqlDatabase db, const QString& orgId, QList<Token>* out, QString* error);
    static bool revoke(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, Token* revoked,
                       bool* found, QString* error);

    // The token a request presents: found only when it exists, is not revoked
    // and has not expired. Notes the use (at most once a minute per token).
    static bool authenticate(QSqlDatabase db, qint64 nowMs, const QString& presented, Token* token, bool* valid,
                             QString* error);
};

} // namespace leadscope::server
