#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace leadscope::core {

class ConnectionMonitor;
class DataStore;
class CredentialStore;
class Session;

// When the cache syncs: after sign-in (and unlock), every few minutes, on
// demand, and when the server is reachable again. Owns the SyncEngine only
// while signed in: locking or signing out cancels it and closes the cache,
// which wipes its key from memory.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle, // nothing to sync: signed out or locked
        Syncing,
        UpToDate,
        DpaPending,  // the organisation has not accepted the DPA
        Offline,     // the last attempt could not reach the server
        Failed,      // the last sync failed (message says why); the local copy stays readable
        NoLocalCopy, // the local copy's key could not be read from the keychain (message says why
                     // and what to do); nothing to show until retry() succeeds
    };
    Q_ENUM(State)

    SyncScheduler(Session* session, CredentialStore* keychain, const QUrl& server, QObject* parent = nullptr);
    ~SyncScheduler() override;

    void setMonitor(ConnectionMonitor* monitor);
    void setInterval(std::chrono::minutes interval);
    State state() const { return m_state; }
    QString message() const { return m_message; }
    qint64 lastSyncMs() const { return m_lastSync; }
    // The screens' connection to the cache while signed in and unlocked; null otherwise.
    DataStore* store() const { return m_store.get(); }

    // Sign-out and account removal: closes the cache and crypto-shreds it —
    // the key leaves the keychain and the file is deleted (LocalCache::destroy).
    // done(error) with a translated problem, or empty.
    void destroyLocalCopy(const QString& email, std::function<void(const QString& error)> done);

public Q_SLOTS:
    void syncNow();
    // After NoLocalCopy: asks the keychain for the key again (the user unlocked or started it).
    void retry();
    void cancel();

Q_SIGNALS:
    void stateChanged(leadscope::core::SyncScheduler::State state, const QString& message);
    void progress(int pages, qint64 changes, qint64 remaining);
    void synced(const leadscope::core::SyncEngine::Result& result);
    // The store appeared (signed in, unlocked) or went (null: signed out, locked).
    void storeChanged(leadscope::core::DataStore* store);

private:
    void start();
    void stop();
    void setState(State state, const QString& message = {});
    void onFinished(const SyncEngine::Result& result);

    Session* m_session;
    CredentialStore* m_keychain;
    QUrl m_server;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<DataStore> m_store;
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_message;
    qint64 m_lastSync = 0;
    bool m_keyPending = false;
    int m_generation = 0; // bumps on sign-out/lock: late key callbacks are dropped
};

} // namespace leadscope::core
