#pragma once

#include "protocol/Crypto.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace leadscope::core {

class Cache;
class DataStoreWorker;

// The UI's own connection to the encrypted cache, on a thread of its own so
// that no query ever runs on the UI thread. Screens hand it a piece of work
// over a Cache (one of the query classes) and get the result back on their
// own thread; results for a screen that has gone are dropped. WAL mode lets
// it read while the sync engine writes. Local edits (annotations, "seen")
// are written here too; changed() tells every screen to refresh.
class DataStore : public QObject
{
    Q_OBJECT
public:
    DataStore(QString path, protocol::SecretBytes key, QObject* parent = nullptr);
    ~DataStore() override;

    // Runs work(cache, &error) on the store's thread and then done(result, error)
    // on context's thread. When the cache cannot be opened, work is not
    // called and error says why; before the first sync created it, work is
    // not called either and done gets an empty result without an error.
    template <typename Result>
    void run(QObject* context, std::function<Result(Cache&, QString*)> work,
             std::function<void(Result, const QString&)> done)
    {
        auto result = std::make_shared<Result>();
        post(
            context, [work = std::move(work), result](Cache& cache, QString* error) { *result = work(cache, error); },
            [done = std::move(done), result](const QString& error) { done(std::move(*result), error); });
    }

    // Long work (an export) on a thread and a connection of its own, so the
    // screens' queries do not wait behind it. `stop` turns true when the
    // store closes (sign-out, lock, quit): the work should give up soon, and
    // the store waits for it. done() runs on context's thread.
    template <typename Result>
    void runLong(QObject* context, std::function<Result(Cache&, const std::atomic_bool& stop, QString*)> work,
                 std::function<void(Result, const QString&)> done)
    {
        auto result = std::make_shared<Result>();
        postLong(
            context,
            [work = std::move(work), result](Cache& cache, const std::atomic_bool& stop, QString* error) {
                *result = work(cache, stop, error);
            },
            [done = std::move(done), result](const QString& error) { done(std::move(*result), error); });
    }

    // Closes and opens again at the next query (after the file was replaced by a full resync).
    void reopen();
    // Tells the screens that the data changed (a sync applied pages, an edit
    // was made). During an initial sync pages arrive several times a second
    // and every reload queues queries here, so changed() comes at most once a
    // second: at once when it has been quiet, else once at the interval's end.
    void notifyChanged();
    static constexpr int kChangedIntervalMs = 1000;

Q_SIGNALS:
    void changed();

private:
    void post(QObject* context, std::function<void(Cache&, QString*)> work, std::function<void(const QString&)> done);
    void postLong(QObject* context, std::function<void(Cache&, const std::atomic_bool&, QString*)> work,
                  std::function<void(const QString&)> done);

    QThread m_thread;
    QTimer m_changedLater;
    QElapsedTimer m_sinceChanged;
    DataStoreWorker* m_worker; // lives in m_thread
    std::atomic_bool m_stopping{false};
    QList<QThread*> m_longWork; // running; waited for on destruction
};

} // namespace leadscope::core
