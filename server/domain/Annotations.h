#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// A team's notes on a company: tags, note, status, assignee. Each write is
// also a change in the organisation's change log, so every desktop syncs it.
class Annotations
{
public:
    struct Annotation
    {
        QString companyId;
        QStringList tags;
        QString note;
        QString status;
        QString assignee; // a user id, or empty
    };
    // Stores an annotation (the last writer wins, by the server's clock) and
    // appends `payload`, its JSON as clients see it, to the change log — in one transaction.
    static bool put(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                    const Annotation& annotation, const QByteArray& payload, QString* error);
};

} // namespace leadscope::server
