#pragma once

#include "AnnotationOutbox.h"
#include "ChangeApplier.h"

#include "core/Session.h"
#include "protocol/Crypto.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace leadscope::core {

class SyncWorker;

// Keeps the encrypted cache current with the server's change log. Network
// requests go through the Session (asynchronous, on its thread); pages are
// read on a thread of their own (SyncPage) and applied on the engine's
// worker thread, one transaction per page together with the new cursor — killing
// the process at any moment loses and duplicates nothing. Annotation edits
// queued in the cache's outbox go up first. A 410 (cursor
// older than the log) syncs everything again into a fresh file that replaces
// the cache atomically when complete; 451 is a state of its own. While a
// page is applied the next one is already on its way (the server names its
// cursor in a header) and read as it arrives, so the network, the reading
// and the cache work at the same time. Both threads run below the window's
// priority (BackgroundPriority).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Done,
        Cancelled,
        DpaRequired,
        Failed
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString message; // translated
        qint64 changes = 0;
        int pages = 0;
        bool fullResync = false;
        qint64 trimmed = 0;           // visits that left the cache with the window's start (setWindowStart)
        bool offline = false;         // failed because the server could not be reached
        int editsUploaded = 0;        // queued annotation edits the server took
        QStringList editsRefused;     // translated: why the server refused an edit
        bool segmentsChanged = false; // the saved segments' list differs from the last sync's
        QSet<QString> newCompanies;
        QSet<QString> companiesWithVisits;
        QList<ChangeApplier::Outcome::RuleAlert> ruleAlerts; // rules that fired and notify someone
        bool rulesChanged = false;                           // the rules' list differs from the last sync's
        bool ignoredChanged = false;                         // …the hidden companies' list
        bool targetListsChanged = false;                     // …the target-account lists
        bool matchesChanged = false; // …the reported matches or the traffic figures (docs/MATCHING.md)
    };

    SyncEngine(Session* session, QString cachePath, protocol::SecretBytes key, QObject* parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_running; }
    // Changes per page at most (the server's maximum by default: pages end at kPageBytes first).
    static constexpr int kDefaultPageLimit = 10'000;
    void setPageLimit(int limit) { m_limit = limit; }
    // The window of months the cache keeps (docs/SCALING.md): visits that
    // started before `day` (its start, UTC) are neither asked for nor kept;
    // an invalid day keeps the whole history. A window that grew is filled by
    // syncing everything again into a fresh file.
    void setWindowStart(const QDate& day);
    const QString& cachePath() const { return m_cachePath; }

public Q_SLOTS:
    void start();
    // Stops after the page being applied (which is kept: pages are atomic).
    void cancel();

Q_SIGNALS:
    // remaining: about how many changes are still to come (0 when unknown or done).
    void progress(int pages, qint64 changes, qint64 remaining);
    void finished(const leadscope::core::SyncEngine::Result& result);

private:
    void uploadEdits(QList<AnnotationOutbox::Entry> edits, const QString& cursor);
    // The first page: from `cursor`, or from the start when the window grew.
    void beginPages(const QString& cursor);
    // Everything again into a fresh file (410, or a window that grew).
    void resyncFromStart();
    // A page as it arrived, and read (SyncPage) when the reply was a success.
    struct Fetched
    {
        Session::Reply reply;
        std::shared_ptr<const SyncPage> page; // null: an error reply, or not understood (readError)
        QString readError;
    };
    void requestPage(const QString& cursor);
    void fetchPage(const QString& cursor, std::function<void(const Fetched&)> done);
    void onPage(const QString& cursor, const Fetched& fetched);
    void pageApplied(const QString& cursor, bool ok, const QString& error, const ChangeApplier::Outcome& outcome);
    // Page n+1 is fetched while page n is applied (when the server names its cursor in a header).
    void fetchAhead(const QString& cursor);
    void continueWith(const QString& cursor);
    void dropAhead();
    // The lists a complete sync ends with (team, segments, rules, hidden
    // companies, target accounts), from the `next`th on; then the sync is done.
    void refreshLists(int next);
    // GET `path` and hand the answer to the worker's `replace`; then `then` (on this thread).
    void refreshList(const QString& path, bool (SyncWorker::*replace)(const QByteArray&, QString*),
                     std::function<void(bool stored, const QByteArray& body)> then);
    void finish(Outcome outcome, const QString& message = {});

    Session* m_session;
    QString m_cachePath;
    std::shared_ptr<protocol::SecretBytes> m_key;
    QThread m_thread;
    SyncWorker* m_worker; // lives in m_thread
    QThread m_readThread;
    QObject* m_reader; // lives in m_readThread: pages are read there
    bool m_running = false;
    std::atomic<bool> m_cancel{false};
    int m_limit = kDefaultPageLimit;
    QDate m_windowDay;      // invalid: the whole history
    qint64 m_windowMs = 0;  // its start in ms (0: none)
    qint64 m_heldSince = 0; // the window the cache held when the sync began (0: the whole history)
    // A page is also cut at about this many bytes of JSON (a server before max_bytes ignores it).
    static constexpr int kPageBytes = 4 * 1024 * 1024;
    // A page unpacked may be no larger (the server sizes pages to kPageBytes; a row may overshoot).
    static constexpr qsizetype kMaxPageBytes = 256 * 1024 * 1024;
    static constexpr QByteArrayView kNextCursorHeader = "Leadscope-Next-Cursor";
    struct Ahead
    {
        QString cursor;
        bool arrived = false; // fetched holds the answer
        bool awaited = false; // the page before it is stored: apply it as it arrives
        Fetched fetched;
    };
    std::optional<Ahead> m_ahead;
    int m_aheadGeneration = 0; // a fetched page of an older generation is dropped
    static constexpr int kPageRetries = 1;
    int m_pageRetries = 0;     // of the current page
    QByteArray m_lastSegments; // the last list of segments stored, to tell a change
    QByteArray m_lastRules;    // … and of rules
    QByteArray m_lastIgnored;  // … and of hidden companies
    QByteArray m_lastCorrections;
    QByteArray m_lastTraffic;
    QByteArray m_lastTargets; // … and of target-account lists
    Result m_result;
    // The companies a sync touched, gathered on the worker's thread page by
    // page (sets of up to a whole organisation's companies: growing them, and
    // freeing each page's, is not the window's work) and moved into m_result
    // when the sync finishes. Pages are applied one after the other and
    // finish() comes after the last one's answer, so the threads take turns.
    struct Touched
    {
        QSet<QString> newCompanies;
        QSet<QString> companiesWithVisits;
    };
    std::shared_ptr<Touched> m_touched;
};

} // namespace leadscope::core

Q_DECLARE_METATYPE(leadscope::core::SyncEngine::Result)
