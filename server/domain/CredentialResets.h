#pragma once

#include "server/domain/Audit.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

class Sessions;

// Help for a user who lost their password or their phone, given by an admin
// of their organisation (API) or by the operator (`user reset`): the same
// steps whoever does it — the change, every session of the user ended, and
// an entry in the organisation's audit log naming the user.
class CredentialResets
{
public:
    struct Target
    {
        QString id;
        QString orgId;
        QString email;
    };

    // A new one-time password in *oneTimePassword (the next sign-in must
    // replace it); the caller wipes it once handed over.
    static bool resetPassword(QSqlDatabase db, Sessions& sessions, qint64 nowMs, const Audit::Actor& by,
                              const Target& target, QByteArray* oneTimePassword, QString* error);
    // No second factor, recovery codes or pending sign-ins: the next sign-in enrols again.
    static bool resetSecondFactor(QSqlDatabase db, Sessions& sessions, qint64 nowMs, const Audit::Actor& by,
                                  const Target& target, QString* error);
};

} // namespace leadscope::server
