#pragma once

#include "core/cache/Cache.h"
#include "protocol/Crypto.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

struct sqlite3;

namespace leadscope::core {

// DataStore's side on its thread: holds the connection (opened at the first
// query) and the key, wiped when it closes.
class DataStoreWorker : public QObject
{
    Q_OBJECT
public:
    DataStoreWorker(QString path, protocol::SecretBytes key);
    ~DataStoreWorker() override;

    // Opens on first use. Null with *error empty while the sync engine has not created the cache yet.
    Cache* cache(QString* error);
    void close();
    // From any thread: the query running now stops (SQLITE_INTERRUPT) and no
    // further one starts — for a store that is closing, so that quitting never
    // waits for a long count.
    void stop();
    // A connection of its own for long work on another thread (the path and
    // key never change, so any thread may call this).
    std::unique_ptr<Cache> openAnother(QString* error) const;

private:
    QString m_path;
    protocol::SecretBytes m_key;
    std::unique_ptr<Cache> m_cache;
    std::mutex m_handleMutex;    // guards m_handle against close() while stop() uses it
    sqlite3* m_handle = nullptr; // m_cache's connection, for sqlite3_interrupt
    std::atomic_bool m_stopped{false};
};

} // namespace leadscope::core
