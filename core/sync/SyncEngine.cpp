#include "SyncEngine.h"

#include "SyncWorker.h"

#include "core/BackgroundPriority.h"
#include "core/ContentDecoding.h"
#include "core/Logging.h"
#include "core/Session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace leadscope::core {

SyncEngine::SyncEngine(Session* session, QString cachePath, protocol::SecretBytes key, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_cachePath(std::move(cachePath))
    , m_key(std::make_shared<protocol::SecretBytes>(std::move(key)))
    , m_worker(new SyncWorker(m_cachePath))
    , m_reader(new QObject)
{
    // Both threads are background work: the window's thread goes first.
    const auto lower = [] {
        if (!BackgroundPriority::lowerCurrentThread())
            qCInfo(lcSync) << "a sync thread keeps its priority: the system refused to lower it";
    };
    m_thread.setObjectName(QStringLiteral("leadscope-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, lower);
    m_readThread.setObjectName(QStringLiteral("leadscope-sync-read"));
    m_reader->moveToThread(&m_readThread);
    connect(&m_readThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_readThread.start();
    QMetaObject::invokeMethod(m_reader, lower);
}

SyncEngine::~SyncEngine()
{
    m_cancel = true;
    // First the reader: nothing it posts back arrives while this object goes.
    m_readThread.quit();
    m_readThread.wait();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_result = Result{};
    m_touched = std::make_shared<Touched>();
    m_pageRetries = 0;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, key = m_key] {
        QString error;
        QList<AnnotationOutbox::Entry> edits;
        const bool ok = worker->open(key->bytes(), &error) && worker->pendingEdits(&edits, &error);
        const QString cursor = ok ? worker->cursor() : QString();
        const qint64 held = ok ? worker->windowStart() : 0;
        QMetaObject::invokeMethod(this, [this, ok, error, cursor, edits, held] {
            m_heldSince = held;
            if (!ok)
                finish(Outcome::Failed, error);
            else
                uploadEdits(edits, cursor);
        });
    });
}

void SyncEngine::cancel()
{
    m_cancel = true;
}

void SyncEngine::setWindowStart(const QDate& day)
{
    m_windowDay = day;
    m_windowMs = day.isValid() ? day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() : 0;
}

void SyncEngine::uploadEdits(QList<AnnotationOutbox::Entry> edits, const QString& cursor)
{
    if (edits.isEmpty() || m_cancel) {
        beginPages(cursor);
        return;
    }
    const AnnotationOutbox::Entry entry = edits.takeFirst();
    m_session->request(
        "PUT",
        QStringLiteral("/api/v1/companies/%1/annotation")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(entry.companyId))),
        QJsonDocument::fromJson(entry.body), [this, entry, edits, cursor](const Session::Reply& reply) {
            if (reply.status == 451) {
                finish(Outcome::DpaRequired, reply.failure.message);
                return;
            }
            const bool refused = reply.status == 400 || reply.status == 403 || reply.status == 404;
            if (!reply.ok() && !refused) {
                // Kept in the outbox for the next attempt.
                const ApiFailure::Kind kind = reply.failure.kind;
                m_result.offline = kind == ApiFailure::Kind::Network || kind == ApiFailure::Kind::Timeout;
                finish(kind == ApiFailure::Kind::Cancelled ? Outcome::Cancelled : Outcome::Failed,
                       reply.failure.message);
                return;
            }
            if (refused)
                m_result.editsRefused << tr("An edit was refused by the server: %1").arg(reply.failure.message);
            QMetaObject::invokeMethod(m_worker,
                                      [this, worker = m_worker, entry, refused, body = reply.body, edits, cursor] {
                                          QString error;
                                          const bool ok = refused ? worker->editRefused(entry, &error)
                                                                  : worker->editAccepted(entry, body, &error);
                                          QMetaObject::invokeMethod(this, [this, ok, refused, error, edits, cursor] {
                                              if (!ok) {
                                                  finish(Outcome::Failed, error);
                                                  return;
                                              }
                                              if (!refused)
                                                  ++m_result.editsUploaded;
                                              uploadEdits(edits, cursor);
                                          });
                                      });
        });
}

void SyncEngine::beginPages(const QString& cursor)
{
    // A cache that holds a window starting later than the one asked for lacks the months between.
    const bool grew = !cursor.isEmpty() && m_heldSince > 0 && (m_windowMs == 0 || m_windowMs < m_heldSince);
    if (!grew || m_cancel) {
        requestPage(cursor);
        return;
    }
    qCInfo(lcSync) << "the window of months grew; full resync";
    resyncFromStart();
}

void SyncEngine::resyncFromStart()
{
    m_result.fullResync = true;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, key = m_key] {
        QString error;
        const bool ok = worker->beginFullResync(key->bytes(), &error);
        QMetaObject::invokeMethod(this, [this, ok, error] {
            if (ok)
                requestPage({});
            else
                finish(Outcome::Failed, error);
        });
    });
}

void SyncEngine::requestPage(const QString& cursor)
{
    if (m_cancel) {
        finish(Outcome::Cancelled, tr("Sync cancelled. What arrived so far is kept."));
        return;
    }
    fetchPage(cursor, [this, cursor](const Fetched& fetched) { onPage(cursor, fetched); });
}

void SyncEngine::fetchPage(const QString& cursor, std::function<void(const Fetched&)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    query.addQueryItem(QStringLiteral("max_bytes"), QString::number(kPageBytes));
    // The team's history of annotations: asked for, as older clients refuse a type they do not know.
    // (And what rules did.)
    query.addQueryItem(QStringLiteral("with"), QStringLiteral("activity,rule_firings"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (m_windowDay.isValid())
        query.addQueryItem(QStringLiteral("since"), m_windowDay.toString(Qt::ISODate));
    // The page comes as the server packed it and is unpacked on the reader thread as it is read: Qt
    // would unpack its 4 MiB on this thread, the window's, 10-20 ms at a time.
    m_session->request(
        "GET", QStringLiteral("/api/v1/sync?") + query.toString(QUrl::FullyEncoded), {},
        [self = QPointer<SyncEngine>(this), done = std::move(done)](const Session::Reply& reply) {
            if (!self)
                return; // (a page fetched ahead for an engine that is gone)
            if (!reply.ok()) {
                done(Fetched{reply, nullptr, {}});
                return;
            }
            // Read on the reader thread (page n+1 while the worker stores page n), then
            // back on this one, in the order the pages arrived. (The engine waits for
            // the reader before it goes.)
            QMetaObject::invokeMethod(
                self->m_reader, [engine = self.data(), reply = Session::Reply(reply), done]() mutable {
                    auto page = std::make_shared<SyncPage>();
                    QString error;
                    QByteArray json;
                    if (!ContentDecoding::decode(reply.header("Content-Encoding"), reply.body, kMaxPageBytes, &json,
                                                 &error) ||
                        !SyncPage::read(json, page.get(), &error))
                        page.reset();
                    // Read, the body goes back to be released on the thread that allocated
                    // it: freed here, below the window's priority, it held the window's heap
                    // (glibc's arena lock) while this thread waited for a CPU, and the window
                    // stalled 20-30 ms on its next free().
                    QByteArray body = std::exchange(reply.body, {});
                    QMetaObject::invokeMethod(engine, [body = std::move(body), reply, page, error, done]() mutable {
                        body.clear();
                        done(Fetched{reply, page, error});
                    });
                });
        },
        ApiClient::Body::AsSent);
}

void SyncEngine::fetchAhead(const QString& cursor)
{
    // The next page is on its way while this one is applied; it is used only
    // if this one is stored and ends where it begins (SyncEngine::continueWith).
    m_ahead = Ahead{cursor, false, false, {}};
    const int generation = ++m_aheadGeneration;
    fetchPage(cursor, [self = QPointer<SyncEngine>(this), generation, cursor](const Fetched& fetched) {
        if (!self || generation != self->m_aheadGeneration || !self->m_ahead)
            return; // dropped meanwhile
        if (!self->m_ahead->awaited) {
            self->m_ahead->arrived = true;
            self->m_ahead->fetched = fetched;
            return;
        }
        self->m_ahead.reset();
        self->onPage(cursor, fetched);
    });
}

void SyncEngine::continueWith(const QString& cursor)
{
    if (m_cancel || !m_ahead || m_ahead->cursor != cursor) {
        dropAhead();
        requestPage(cursor);
        return;
    }
    if (!m_ahead->arrived) {
        m_ahead->awaited = true;
        return;
    }
    const Fetched fetched = std::move(m_ahead->fetched);
    m_ahead.reset();
    onPage(cursor, fetched);
}

void SyncEngine::dropAhead()
{
    m_ahead.reset();
    ++m_aheadGeneration;
}

void SyncEngine::onPage(const QString& cursor, const Fetched& fetched)
{
    const Session::Reply& reply = fetched.reply;
    if (reply.status == 410 && !m_result.fullResync) {
        // The cursor is older than the server's log: everything again, into a fresh file.
        qCInfo(lcSync) << "cursor expired; full resync";
        resyncFromStart();
        return;
    }
    if (reply.status == 451) {
        finish(Outcome::DpaRequired, reply.failure.message);
        return;
    }
    if (!reply.ok()) {
        const ApiFailure::Kind kind = reply.failure.kind;
        m_result.offline = kind == ApiFailure::Kind::Network || kind == ApiFailure::Kind::Timeout;
        finish(reply.failure.kind == ApiFailure::Kind::Cancelled ? Outcome::Cancelled : Outcome::Failed,
               reply.failure.message);
        return;
    }
    if (!fetched.page) {
        pageApplied(cursor, false, fetched.readError, {}); // not understood: nothing of it stored
        return;
    }
    // A server that names the next page's cursor up front is asked for it now (if it is a cursor
    // as the page's own must be; anything else waits for the page).
    const QString next = QString::fromLatin1(reply.header(kNextCursorHeader));
    if (SyncPage::isCursor(next) && !m_cancel)
        fetchAhead(next);
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, page = fetched.page, key = m_key, cursor,
                                         since = m_windowMs, touched = m_touched] {
        ChangeApplier::Outcome outcome;
        QString error;
        bool ok = worker->apply(*page, &outcome, &error);
        if (ok) {
            touched->newCompanies.unite(outcome.newCompanies);
            touched->companiesWithVisits.unite(outcome.companiesWithVisits);
        }
        outcome.newCompanies = {};
        outcome.companiesWithVisits = {};
        const bool complete = ok && !outcome.hasMore;
        if (complete && worker->inFullResync())
            ok = worker->finishFullResync(key->bytes(), &error);
        // The window's start moves on with the days: what fell out of it leaves the cache.
        qint64 removed = 0;
        if (complete && ok && since > 0)
            ok = worker->trimToWindow(since, &removed, &error);
        if (complete && ok)
            worker->setMeta(QStringLiteral("sync.last"), QString::number(QDateTime::currentMSecsSinceEpoch()), &error);
        if (removed > 0)
            qCInfo(lcSync) << "window of months:" << removed << "visits before its start left the cache";
        QMetaObject::invokeMethod(this, [this, ok, error, outcome, cursor, removed] {
            m_result.trimmed += removed;
            pageApplied(cursor, ok, error, outcome);
        });
    });
}

void SyncEngine::pageApplied(const QString& cursor, bool ok, const QString& error,
                             const ChangeApplier::Outcome& outcome)
{
    if (!ok) {
        dropAhead();
        // Nothing of the page was stored. An answer cut off on the way
        // (Qt may hand a truncated body over as complete) reads as a bad
        // page: ask once more before giving up.
        if (m_pageRetries++ < kPageRetries) {
            qCInfo(lcSync) << "a page could not be applied; asking for it again";
            requestPage(cursor);
            return;
        }
        finish(Outcome::Failed, error);
        return;
    }
    m_pageRetries = 0;
    ++m_result.pages;
    m_result.changes += outcome.applied;
    m_result.ruleAlerts += outcome.ruleAlerts;
    Q_EMIT progress(m_result.pages, m_result.changes, outcome.remaining);
    if (outcome.hasMore) {
        continueWith(outcome.cursor);
    } else {
        dropAhead();
        refreshLists(0);
    }
}

void SyncEngine::refreshLists(int next)
{
    // Names for assignees and the colleagues a lead can go to; then the user's
    // and the team's saved segments, the organisation's rules, the
    // companies it hides, its target-account lists, its reported matches and
    // its websites' traffic that is no visit. The changes are in already: a list that cannot be
    // fetched (an older server has none) keeps the old one.
    struct List
    {
        const char* path;
        bool (SyncWorker::*replace)(const QByteArray&, QString*);
        QByteArray SyncEngine::*last; // null: no "changed" to tell
        bool Result::*changed;
    };
    static const List lists[] = {
        {"/api/v1/team", &SyncWorker::replaceTeam, nullptr, nullptr},
        {"/api/v1/segments", &SyncWorker::replaceSegments, &SyncEngine::m_lastSegments, &Result::segmentsChanged},
        {"/api/v1/rules", &SyncWorker::replaceRules, &SyncEngine::m_lastRules, &Result::rulesChanged},
        {"/api/v1/ignored", &SyncWorker::replaceIgnored, &SyncEngine::m_lastIgnored, &Result::ignoredChanged},
        {"/api/v1/target-lists", &SyncWorker::replaceTargetLists, &SyncEngine::m_lastTargets,
         &Result::targetListsChanged},
        {"/api/v1/corrections", &SyncWorker::replaceCorrections, &SyncEngine::m_lastCorrections,
         &Result::matchesChanged},
        {"/api/v1/traffic", &SyncWorker::replaceTraffic, &SyncEngine::m_lastTraffic, &Result::matchesChanged},
    };
    if (next >= int(std::size(lists))) {
        finish(Outcome::Done);
        return;
    }
    const List& list = lists[next];
    refreshList(QLatin1String(list.path), list.replace, [this, list, next](bool stored, const QByteArray& body) {
        if (list.last) {
            // (A full resync's fresh file had none: its list is new whatever it holds.)
            // (Two lists may share one flag: either one changing sets it.)
            m_result.*list.changed =
                m_result.*list.changed || (stored && (body != this->*list.last || m_result.fullResync));
            if (stored)
                this->*list.last = body;
        }
        refreshLists(next + 1);
    });
}

void SyncEngine::refreshList(const QString& path, bool (SyncWorker::*replace)(const QByteArray&, QString*),
                             std::function<void(bool stored, const QByteArray& body)> then)
{
    m_session->request("GET", path, {}, [this, path, replace, then](const Session::Reply& reply) {
        if (!reply.ok()) {
            qCInfo(lcSync) << path << "not refreshed:" << reply.status;
            then(false, {});
            return;
        }
        QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, path, replace, then, body = reply.body] {
            QString error;
            const bool stored = (worker->*replace)(body, &error);
            if (!stored)
                qCWarning(lcSync) << path << "not stored:" << error;
            QMetaObject::invokeMethod(this, [then, stored, body] { then(stored, body); });
        });
    });
}

void SyncEngine::finish(Outcome outcome, const QString& message)
{
    dropAhead();
    m_running = false;
    if (m_touched) {
        m_result.newCompanies = std::move(m_touched->newCompanies);
        m_result.companiesWithVisits = std::move(m_touched->companiesWithVisits);
        m_touched.reset();
    }
    m_result.outcome = outcome;
    m_result.message = message;
    qCInfo(lcSync) << "sync finished:" << outcome << m_result.pages << "pages," << m_result.changes << "changes";
    Q_EMIT finished(m_result);
}

} // namespace leadscope::core
