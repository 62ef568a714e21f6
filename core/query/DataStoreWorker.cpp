#include "DataStoreWorker.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace leadscope::core {

DataStoreWorker::DataStoreWorker(QString path, protocol::SecretBytes key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{
}

DataStoreWorker::~DataStoreWorker()
{
    close();
}

Cache* DataStoreWorker::cache(QString* error)
{
    if (m_stopped)
        return nullptr; // closing: nothing more is read
    if (m_cache)
        return m_cache.get();
    // The sync engine creates the cache; until it has, there is simply nothing to show.
    const QFileInfo file(m_path);
    if (!file.exists() || file.size() == 0)
        return nullptr;
    Cache::OpenResult result;
    m_cache = Cache::open(m_path, m_key.bytes(), &result);
    if (!m_cache) {
        *error = result.message;
        return nullptr;
    }
    // The query connection: more decrypted pages kept (see Cache).
    if (!m_cache->setPageCache(Cache::kQueryPageCacheMiB, error)) {
        m_cache.reset();
        return nullptr;
    }
    std::lock_guard lock(m_handleMutex);
    m_handle = m_cache->db().handle();
    return m_cache.get();
}

std::unique_ptr<Cache> DataStoreWorker::openAnother(QString* error) const
{
    const QFileInfo file(m_path);
    if (!file.exists() || file.size() == 0) {
        *error = tr("There is no data here yet: wait for the first sync to finish.");
        return nullptr;
    }
    Cache::OpenResult result;
    auto cache = Cache::open(m_path, m_key.bytes(), &result);
    if (!cache)
        *error = result.message;
    return cache;
}

void DataStoreWorker::close()
{
    {
        std::lock_guard lock(m_handleMutex);
        m_handle = nullptr;
    }
    m_cache.reset();
}

void DataStoreWorker::stop()
{
    m_stopped = true;
    std::lock_guard lock(m_handleMutex);
    if (m_handle)
        sqlite3_interrupt(m_handle); // safe from another thread while the connection is open
}

} // namespace leadscope::core
