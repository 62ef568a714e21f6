#pragma once

#include <atomic>

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// Each organisation's strictly ordered log of changes that clients sync.
// Sequence numbers come from a counter on the organisation row, taken under
// that row's lock inside the writer's transaction: a change becomes visible
// only after every change with a smaller number, so paging never skips one.
class ChangeLog
{
public:
    enum class Entity
    {
        Company,
        Visit,
        Pageview,
        Annotation,
        Activity,
        RuleFiring
    };
    enum class Op
    {
        Upsert,
        Delete
    };

    struct Change
    {
        Entity entity = Entity::Company;
        Op op = Op::Upsert;
        QString id;         // [A-Za-z0-9._:-]{1,128}
        QByteArray payload; // compact JSON object for upserts; empty for deletes
    };

    struct Page
    {
        QByteArray changesJson; // a JSON array, ready to send
        int count = 0;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };

    static QString entityName(Entity entity);
    static bool isValidId(const QString& id);

    // Appends inside the caller's transaction. False + *error on failure.
    static bool append(QSqlDatabase db, const QString& orgId, const QList<Change>& changes, qint64 nowMs,
                       QString* error);
    struct Reading
    {
        int limit = 1000; // changes at most
        // Also ends the page once its JSON has reached this many bytes (0: no
        // such limit); a page holds at least one change.
        qsizetype maxBytes = 0;
        // Activity entries only when asked for, rule firings too (older
        // clients would refuse a page with a type they do not know).
        bool withActivity = true;
        bool withFirings = true;
        // Visits and page views whose change is older than this (ms; 0: all)
        // are left out: a client keeps a window of months (docs/SCALING.md).
        // A visit's newest change is never older than its last page view, so
        // no visit inside the window is left out.
        qint64 sinceMs = 0;
    };
    // The changes after `afterSeq`, as `reading` says. *expired when afterSeq
    // is older than what the log still holds.
    static bool read(QSqlDatabase db, const QString& orgId, qint64 afterSeq, const Reading& reading, Page* page,
                     bool* expired, QString* error);
    // The newest sequence number of an organisation (*found false: no change yet).
    static bool latestSeq(QSqlDatabase db, const QString& orgId, qint64* seq, bool* found, QString* error);
    // Compaction up to `beforeMs`: drops changes a later change of the same
    // entity supersedes, and old tombstones. The log then still replays to
    // the current state from 0; a cursor older than the newest dropped
    // tombstone is expired (410, the client resyncs from 0). It reads only
    // what changed since its last run (organisations.compacted_seq and
    // compacted_boundary), so a daily run costs a day of changes, not the log;
    // it deletes in transactions of `chunk` sequence numbers, so writers of
    // the store wait for one of those at most. `stop`: ends between two.
    static constexpr qint64 kCompactChunk = 20'000;
    static bool compact(QSqlDatabase db, const QString& orgId, qint64 beforeMs, QString* error,
                        const std::atomic<bool>* stop = nullptr, qint64 chunk = kCompactChunk);

    // The cursor a client holds: opaque text for a sequence number.
    static QString encodeCursor(qint64 seq);
    static bool decodeCursor(const QString& cursor, qint64* seq);
};

} // namespace leadscope::server
