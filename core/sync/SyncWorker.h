#pragma once

#include "AnnotationOutbox.h"
#include "ChangeApplier.h"

#include "core/cache/Cache.h"

#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>

namespace leadscope::core {

// The cache side of a sync, on the sync engine's worker thread: the only
// place that opens, writes and (on a full resync) replaces the cache file.
// Every method runs on that thread (called through invokeMethod).
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QString path);
    ~SyncWorker() override;

    bool open(QByteArrayView key, QString* error);
    void close();
    QString cursor();
    // The start (ms) of the window of months the cache holds; 0: the whole history.
    qint64 windowStart();
    // Visits before `sinceMs` leave the cache (ChangeApplier::trimToWindow).
    bool trimToWindow(qint64 sinceMs, qint64* removed, QString* error);
    bool apply(const SyncPage& page, ChangeApplier::Outcome* outcome, QString* error);
    bool setMeta(const QString& key, const QString& value, QString* error);
    // The team list (GET /api/v1/team) into the cache.
    bool replaceTeam(const QByteArray& answer, QString* error);
    // The saved segments the server keeps for this user (GET /api/v1/segments) into the cache.
    bool replaceSegments(const QByteArray& answer, QString* error);
    bool replaceRules(const QByteArray& answer, QString* error);
    bool replaceIgnored(const QByteArray& answer, QString* error);
    bool replaceCorrections(const QByteArray& answer, QString* error);
    bool replaceTraffic(const QByteArray& answer, QString* error);
    bool replaceTargetLists(const QByteArray& answer, QString* error);
    // The annotation outbox (see AnnotationOutbox).
    bool pendingEdits(QList<AnnotationOutbox::Entry>* entries, QString* error);
    bool editAccepted(const AnnotationOutbox::Entry& entry, const QByteArray& response, QString* error);
    bool editRefused(const AnnotationOutbox::Entry& entry, QString* error);

    // 410: everything again, into a fresh file next to the cache…
    bool beginFullResync(QByteArrayView key, QString* error);
    // …which replaces the cache atomically once complete (queued annotation
    // edits are carried over).
    bool finishFullResync(QByteArrayView key, QString* error);
    bool inFullResync() const { return m_resyncing; }

private:
    QString m_path;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ChangeApplier> m_applier;
    bool m_resyncing = false;
};

} // namespace leadscope::core
