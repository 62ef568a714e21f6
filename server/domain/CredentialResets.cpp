#include "server/domain/CredentialResets.h"

#include "server/domain/PasswordHasher.h"
#include "server/domain/Sessions.h"
#include "server/domain/SignIns.h"

#include "protocol/Crypto.h"

#include <QJsonObject>

namespace leadscope::server {

namespace {

QJsonObject detailOf(const CredentialResets::Target& target)
{
    return QJsonObject{{QStringLiteral("user_id"), target.id}, {QStringLiteral("user_email"), target.email}};
}

} // namespace

bool CredentialResets::resetPassword(QSqlDatabase db, Sessions& sessions, qint64 nowMs, const Audit::Actor& by,
                                     const Target& target, QByteArray* oneTimePassword, QString* error)
{
    *oneTimePassword = PasswordHasher::generatePassword();
    const bool ok =
        SignIns::setPassword(db, target.id, PasswordHasher::hash(*oneTimePassword), true, error) &&
        sessions.revokeAllOfUser(target.id, error) &&
        Audit::record(db, nowMs, target.orgId, by, QStringLiteral("password_reset"), detailOf(target), error);
    if (!ok)
        protocol::Crypto::wipe(*oneTimePassword);
    return ok;
}

bool CredentialResets::resetSecondFactor(QSqlDatabase db, Sessions& sessions, qint64 nowMs, const Audit::Actor& by,
                                         const Target& target, QString* error)
{
    return SignIns::resetSecondFactor(db, target.id, error) && sessions.revokeAllOfUser(target.id, error) &&
           Audit::record(db, nowMs, target.orgId, by, QStringLiteral("mfa_reset"), detailOf(target), error);
}

} // namespace leadscope::server
