#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// The access log of an organisation. Rows hold who did what and when —
// never an IP address, a password, a code or a token.
class Audit
{
public:
    struct Actor
    {
        QString userId;
        QString email;
    };

    // Appends one row on the given connection (inside the caller's transaction, if any).
    static bool record(QSqlDatabase db, qint64 nowMs, const QString& orgId, const Actor& actor, const QString& action,
                       const QJsonObject& detail, QString* error);

    struct Filter
    {
        QString action; // empty: all
        qint64 fromMs = 0;
        qint64 toMs = 0; // 0: open
        QString actorId;
        int limit = 500;
        qint64 beforeId = 0; // paging: rows with a smaller id
    };
    static bool list(QSqlDatabase db, const QString& orgId, const Filter& filter, QJsonArray* rows, QString* error);
};

} // namespace leadscope::server
