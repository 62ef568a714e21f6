#pragma once

#include "server/domain/ChangeLog.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// A team's notes on a company: tags, note, status, assignee. Each write is
// also a change in the organisation's change log, so every desktop syncs it,
// and an entry in the company's activity history (who changed what, when).
class Annotations
{
public:
    struct Annotation
    {
        QString companyId;
        QStringList tags;
        QString note;
        QString status = QStringLiteral("new");
        QString assignee; // a user id, or empty
    };
    // The statuses a company can have, in workflow order.
    static const QStringList& statuses();

    // A user's edits within this long of their previous one on the same
    // company are one entry in its history (a note saved as it is typed).
    static constexpr qint64 kMergeWithinMs = 10 * 60 * 1000;

    // Stores an annotation (the last writer wins, by the server's clock) and
    // appends `payload`, its JSON as clients see it, to the change log, with
    // the activity entry for what changed — in one transaction.
    static bool put(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                    const Annotation& annotation, const QByteArray& payload, QString* error);
    // The same inside the caller's transaction, the changes added to `log`
    // for the caller to append (a rule acting as a visit is recorded).
    static bool write(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                      const Annotation& annotation, const QByteArray& payload, QList<ChangeLog::Change>* log,
                      QString* error);
    // The current annotations of these companies (absent: none yet).
    static bool read(QSqlDatabase db, const QString& orgId, const QStringList& companyIds,
                     QHash<QString, Annotation>* annotations, QString* error);

    // The annotation's JSON as clients see it (the change log's payload and the API's answer).
    static QByteArray payload(const Annotation& annotation, qint64 nowMs, const QString& userId);

    // The organisation's companies with the most page views, most first (the
    // demo puts its team's notes on them).
    static bool mostViewed(QSqlDatabase db, const QString& orgId, int limit, QStringList* companyIds, QString* error);

    // What an edit changed: {"status"|"assignee"|"tags": {"from","to"},
    // "note": {"to"}} for the fields that differ; empty when nothing did.
    static QJsonObject difference(const Annotation& before, const Annotation& after);
    // Two edits as one: the older's "from", the newer's "to"; fields that
    // ended where they began are dropped.
    static QJsonObject merged(const QJsonObject& older, const QJsonObject& newer);
};

} // namespace leadscope::server
