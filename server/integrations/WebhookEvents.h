#pragma once

#include "server/domain/Annotations.h"
#include "server/domain/LeadRecords.h"
#include "server/domain/Webhooks.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// What a webhook destination is told, made from its organisation's change log
// after the destination's cursor (a rule fired, a company was seen for the
// first time, a colleague annotated a company) and from the visits that ended
// since it last looked (no page view for 30 minutes). Each event is versioned
// JSON (docs/PROTOCOL.md: {"type", "timestamp", "version", "data"}) with the
// company and the visit — never a visitor's identifier or address — and an id
// derived from the destination and what happened, so making it twice (two
// servers, a retried round) queues it once. Hidden companies and companies
// outside the destination's filter are left out.
class WebhookEvents
{
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kVisitGapMs = 30 * 60 * 1000; // a visit has ended after this long without a page
    static constexpr int kMaxChanges =
        250; // read per round and destination: short write transactions (SQLite has one writer, shared with ingest)

    struct Event
    {
        QString id; // the webhook-id
        QString type;
        QByteArray payload;
    };
    struct Batch
    {
        QList<Event> events;
        qint64 seq = 0;             // the change log is done up to here
        qint64 finishedThrough = 0; // visits that ended up to here are done
    };

    // A stretch of an organisation's change log, read once for all of its
    // destinations: the entries that can make events, with their payloads.
    struct Log
    {
        struct Entry
        {
            qint64 seq = 0;
            QString entity;
            QString entityId;
            qint64 at = 0;
            QString payload;
        };
        qint64 from = 0;    // read after this
        qint64 through = 0; // up to this (the last entry read, whatever it was)
        QList<Entry> entries;
    };
    static bool readLog(QSqlDatabase db, const QString& orgId, qint64 afterSeq, Log* log, QString* error);

    // What a round has read already of one organisation (companies with its
    // notes and lists, visits with their pages), so that several of its
    // destinations told of the same firing read it once.
    struct Facts
    {
        QHash<QString, protocol::LeadMatcher::Company> companies;
        QHash<QString, Annotations::Annotation> annotations;
        QHash<QString, LeadRecords::Visit> visits;
        QSet<QString> missing; // asked for, not there (purged, erased)
    };

    // The destination's next events, and where its cursors move to: from a
    // log read at or before its cursor, or (the first form) read for it.
    static bool collect(QSqlDatabase db, const Webhooks::Destination& destination, qint64 nowMs, Batch* batch,
                        QString* error);
    static bool collect(QSqlDatabase db, const Webhooks::Destination& destination, const Log& log, qint64 nowMs,
                        Batch* batch, QString* error, Facts* facts = nullptr);
};

} // namespace leadscope::server
