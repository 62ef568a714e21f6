#include "server/domain/ApiTokens.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"

#include "protocol/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace leadscope::server {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kPrefix = QStringLiteral("lst_");
const QString kColumns = QStringLiteral("org_id, id, name, scopes, hint, expires_at, created_by, created_at, "
                                        "last_used_at, revoked_at");

QString hashOf(const QString& token)
{
    return QString::fromLatin1(protocol::Crypto::sha256(token.toUtf8()).toHex());
}

ApiTokens::Token fromRow(const QSqlQuery& q)
{
    ApiTokens::Token t;
    t.orgId = q.value(0).toString();
    t.id = q.value(1).toString();
    t.name = q.value(2).toString();
    for (const QJsonValue& scope : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        t.scopes << scope.toString();
    t.hint = q.value(4).toString();
    t.expiresAt = q.value(5).toLongLong();
    t.createdBy = q.value(6).toString();
    t.createdAt = q.value(7).toLongLong();
    t.lastUsedAt = q.value(8).toLongLong();
    t.revokedAt = q.value(9).toLongLong();
    return t;
}

} // namespace

const QStringList& ApiTokens::scopes()
{
    static const QStringList scopes{QStringLiteral("leads"), QStringLiteral("visits"), QStringLiteral("segments")};
    return scopes;
}

std::optional<ApiTokens::Draft> ApiTokens::Draft::parse(const QJsonObject& json, QString* error)
{
    static const QStringList known{QStringLiteral("name"), QStringLiteral("scopes"), QStringLiteral("expires_in_days")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: not a field of an API token").arg(it.key());
            return std::nullopt;
        }
    }
    Draft draft;
    draft.name = json.value(QLatin1String("name")).toString().trimmed();
    if (draft.name.isEmpty() || draft.name.size() > kMaxName) {
        *error = QStringLiteral("name: give the token a name of 1 to %1 characters").arg(kMaxName);
        return std::nullopt;
    }
    for (const QJsonValue& scope : json.value(QLatin1String("scopes")).toArray()) {
        if (!ApiTokens::scopes().contains(scope.toString())) {
            *error = QStringLiteral("scopes: %1 is not a scope (%2)")
                         .arg(scope.toString(), ApiTokens::scopes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!draft.scopes.contains(scope.toString()))
            draft.scopes << scope.toString();
    }
    if (draft.scopes.isEmpty()) {
        *error =
            QStringLiteral("scopes: choose at least one of %1").arg(ApiTokens::scopes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QJsonValue days = json.value(QLatin1String("expires_in_days"));
    if (!days.isUndefined()) {
        if (!days.isDouble() || days.toDouble() != double(days.toInt()) || days.toInt() < 1 ||
            days.toInt() > kMaxDays) {
            *error = QStringLiteral("expires_in_days: a whole number of days from 1 to %1").arg(kMaxDays);
            return std::nullopt;
        }
        draft.days = days.toInt();
    }
    return draft;
}

QJsonObject ApiTokens::Token::toJson(qint64 nowMs) const
{
    QString state = QStringLiteral("active");
    if (revokedAt > 0)
        state = QStringLiteral("revoked");
    else if (expiresAt <= nowMs)
        state = QStringLiteral("expired");
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("hint"), hint},
            {QStringLiteral("state"), state},
            {QStringLiteral("expires_at"), Clock::iso(expiresAt)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), Clock::iso(createdAt)},
            {QStringLiteral("last_used_at"), lastUsedAt > 0 ? QJsonValue(Clock::iso(lastUsedAt)) : QJsonValue()},
            {QStringLiteral("revoked_at"), revokedAt > 0 ? QJsonValue(Clock::iso(revokedAt)) : QJsonValue()}};
}

bool ApiTokens::create(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Draft& draft,
                       Token* created, QString* secret, QString* error)
{
    QByteArray random = protocol::Crypto::randomBytes(32);
    *secret =
        kPrefix + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    protocol::Crypto::wipe(random);
    Token t;
    t.orgId = orgId;
    t.id = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.name = draft.name;
    t.scopes = draft.scopes;
    t.hint = secret->left(kPrefix.size() + 8);
    t.expiresAt = nowMs + qint64(draft.days) * kDayMs;
    t.createdBy = userId;
    t.createdAt = nowMs;
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO api_tokens (org_id, id, name, scopes, hash, hint, expires_at, "
                           "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {orgId, t.id, t.name,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(t.scopes)).toJson(QJsonDocument::Compact)),
             hashOf(*secret), t.hint, t.expiresAt, userId, nowMs},
            error)) {
        protocol::Crypto::wipe(*secret);
        return false;
    }
    *created = t;
    return true;
}

bool ApiTokens::list(QSqlDatabase db, const QString& orgId, QList<Token>* out, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, u"SELECT " + kColumns + u" FROM api_tokens WHERE org_id = ? ORDER BY created_at DESC, id",
                   {orgId}, error))
        return false;
    out->clear();
    while (query.next())
        out->append(fromRow(query));
    return true;
}

bool ApiTokens::revoke(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, Token* revoked,
                       bool* found, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE org_id = ? AND id = ? AND revoked_at = 0"),
            {nowMs, orgId, id}, error))
        return false;
    QSqlQuery read(db);
    if (!Sql::exec(read, u"SELECT " + kColumns + u" FROM api_tokens WHERE org_id = ? AND id = ?", {orgId, id}, error))
        return false;
    *found = read.next();
    if (*found)
        *revoked = fromRow(read);
    return true;
}

bool ApiTokens::authenticate(QSqlDatabase db, qint64 nowMs, const QString& presented, Token* token, bool* valid,
                             QString* error)
{
    *valid = false;
    if (!presented.startsWith(kPrefix) || presented.size() != kPrefix.size() + 43)
        return true;
    // Looked up by its hash: what the store holds says nothing of the token,
    // and the lookup's timing depends on the hash, not on how much of it matches.
    QSqlQuery* query =
        Sql::execCached(db, u"SELECT " + kColumns + u" FROM api_tokens WHERE hash = ?", {hashOf(presented)}, error);
    if (!query)
        return false;
    if (!query->next())
        return true;
    *token = fromRow(*query);
    query->finish();
    if (token->revokedAt > 0 || token->expiresAt <= nowMs)
        return true;
    *valid = true;
    if (nowMs - token->lastUsedAt < 60'000)
        return true;
    token->lastUsedAt = nowMs;
    return Sql::execCached(db, QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE org_id = ? AND id = ?"),
                           {nowMs, token->orgId, token->id}, error) != nullptr;
}

} // namespace leadscope::server
