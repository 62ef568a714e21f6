#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace leadscope::server {

class Store;

// What `purge` (and serve, daily) does to keep only what may be kept:
// visits older than each organisation's retention are deleted, with
// tombstones so clients delete them too, and old change-log entries are
// compacted.
class Retention
{
public:
    static constexpr qint64 kChangeLogHorizonMs = 30LL * 24 * 3600 * 1000;
    // The purge removes this many visits a transaction, and rests between
    // transactions this many times as long as each took (ingest goes on meanwhile).
    static constexpr int kPurgeBatch = 500;
    static constexpr double kPurgePause = 6.0;

    struct Report
    {
        int visits = 0;
        int pageviews = 0;
    };

    // Stops between batches once *stop is set (a server shutting down; the
    // next run goes on where this one stopped).
    static bool purgeVisits(const Store& store, qint64 nowMs, Report* report, QString* error,
                            const std::atomic<bool>* stop = nullptr);
    // A visitor opted out: every visit and page view recorded under their
    // keyed visitor id in this organisation goes, with tombstones. Nothing
    // about the request is kept.
    static bool eraseVisitor(const Store& store, const QString& orgId, const QByteArray& visitorKey, qint64 nowMs,
                             Report* report, QString* error);
    // Re-applies the erasures recorded after `sinceMs` (after a restore).
    static bool reapplyErasures(const Store& store, qint64 sinceMs, const QList<QPair<qint64, QString>>& erasures,
                                int* applied, QString* error);
    // The erasures the store knows about (read before a restore overwrites it).
    static bool readErasures(const Store& store, QList<QPair<qint64, QString>>* erasures, QString* error);
    // Deletes these visits and their page views in one transaction, with tombstones
    // (also a "not a company" report's past visits).
    static bool eraseVisits(QSqlDatabase db, const QString& orgId, const QStringList& visitIds, qint64 nowMs,
                            Report* report, QString* error);
};

} // namespace leadscope::server
