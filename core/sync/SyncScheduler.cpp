#include "SyncScheduler.h"

#include "core/ConnectionMonitor.h"
#include "core/Preferences.h"
#include "core/Session.h"
#include "core/cache/LocalCache.h"
#include "core/query/DataStore.h"

#include <QDateTime>

namespace leadscope::core {

SyncScheduler::SyncScheduler(Session* session, CredentialStore* keychain, const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_keychain(keychain)
    , m_server(server)
{
    m_timer.setInterval(std::chrono::minutes(5));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(m_session, &Session::signedIn, this, &SyncScheduler::start);
    connect(m_session, &Session::locked, this, &SyncScheduler::stop);
    connect(m_session, &Session::signedOut, this, &SyncScheduler::stop);
}

SyncScheduler::~SyncScheduler()
{
    m_engine.reset();
    m_store.reset();
}

void SyncScheduler::setMonitor(ConnectionMonitor* monitor)
{
    // Back online: catch up at once.
    connect(monitor, &ConnectionMonitor::statusChanged, this, [this](const ConnectionMonitor::Status& status) {
        if (status.state == ConnectionMonitor::State::Connected && m_state == State::Offline)
            syncNow();
    });
}

void SyncScheduler::setInterval(std::chrono::minutes interval)
{
    m_timer.setInterval(interval);
}

void SyncScheduler::setState(State state, const QString& message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void SyncScheduler::start()
{
    if (m_engine || m_keyPending)
        return syncNow();
    m_keyPending = true;
    const int generation = ++m_generation;
    setState(State::Syncing);
    const QString email = m_session->user().email;
    LocalCache::loadOrCreateKey(
        m_keychain, m_server, email, [this, generation, email](protocol::SecretBytes key, const QString& error) {
            if (generation != m_generation)
                return; // signed out or locked meanwhile
            m_keyPending = false;
            if (key.isEmpty()) {
                setState(State::NoLocalCopy,
                         tr("Your leads cannot be shown: Leadscope keeps the key of its encrypted copy of your data in "
                            "this computer's keychain, and cannot use it. %1")
                             .arg(error));
                return;
            }
            const QString path = LocalCache::pathFor(m_server, email);
            m_store = std::make_unique<DataStore>(
                path, protocol::SecretBytes(QByteArray(key.bytes().constData(), key.size())));
            m_engine = std::make_unique<SyncEngine>(m_session, path, std::move(key));
            connect(m_engine.get(), &SyncEngine::progress, this, &SyncScheduler::progress);
            connect(m_engine.get(), &SyncEngine::progress, m_store.get(), &DataStore::notifyChanged);
            connect(m_engine.get(), &SyncEngine::finished, this, &SyncScheduler::onFinished);
            m_timer.start();
            Q_EMIT storeChanged(m_store.get());
            syncNow();
        });
}

void SyncScheduler::retry()
{
    if (m_state == State::NoLocalCopy)
        start();
}

void SyncScheduler::syncNow()
{
    if (!m_engine || m_engine->isRunning())
        return;
    setState(State::Syncing);
    m_engine->setWindowStart(Preferences::cacheWindowStart(QDateTime::currentDateTimeUtc().date()));
    m_engine->start();
}

void SyncScheduler::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncScheduler::destroyLocalCopy(const QString& email, std::function<void(const QString&)> done)
{
    stop(); // nothing may hold the file open
    LocalCache::destroy(m_keychain, m_server, email, std::move(done));
}

void SyncScheduler::stop()
{
    ++m_generation;
    m_keyPending = false;
    m_timer.stop();
    m_engine.reset(); // closes the cache; the key's memory is wiped
    if (m_store) {
        m_store.reset();
        Q_EMIT storeChanged(nullptr);
    }
    setState(State::Idle);
}

void SyncScheduler::onFinished(const SyncEngine::Result& result)
{
    if (m_store) {
        if (result.fullResync)
            m_store->reopen(); // the file was replaced
        if (result.changes > 0 || result.trimmed > 0 || result.editsUploaded > 0 || result.fullResync ||
            result.segmentsChanged || result.rulesChanged || result.ignoredChanged || result.targetListsChanged ||
            result.matchesChanged)
            m_store->notifyChanged();
    }
    switch (result.outcome) {
    case SyncEngine::Outcome::Done:
        m_lastSync = QDateTime::currentMSecsSinceEpoch();
        setState(State::UpToDate);
        break;
    case SyncEngine::Outcome::Cancelled:
        setState(State::UpToDate, result.message);
        break;
    case SyncEngine::Outcome::DpaRequired:
        setState(State::DpaPending, result.message);
        break;
    case SyncEngine::Outcome::Failed:
        setState(result.offline ? State::Offline : State::Failed, result.message);
        break;
    }
    Q_EMIT synced(result);
}

} // namespace leadscope::core
