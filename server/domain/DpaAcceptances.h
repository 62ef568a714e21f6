#pragma once

#include "server/domain/Audit.h"

#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// Which versions of the Data Processing Agreement an organisation's admins
// accepted, by whom and when.
class DpaAcceptances
{
public:
    struct Acceptance
    {
        QString version;
        QString acceptedBy; // the admin's e-mail address
        qint64 acceptedAtMs = 0;
    };
    // The newest acceptance, of whichever version (*found false: none yet).
    static bool latest(QSqlDatabase db, const QString& orgId, Acceptance* acceptance, bool* found, QString* error);
    static bool hasAccepted(QSqlDatabase db, const QString& orgId, const QString& version, bool* accepted,
                            QString* error);
    // Records an acceptance and its audit row in one transaction; accepting a version again changes nothing.
    static bool accept(QSqlDatabase db, qint64 nowMs, const QString& orgId, const Audit::Actor& admin,
                       const QString& version, QString* error);
};

} // namespace leadscope::server
