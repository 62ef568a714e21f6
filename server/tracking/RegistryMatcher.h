#pragma once

#include "server/tracking/IpRangeIndex.h"

#include <mutex>

#include <memory>

namespace leadscope::server {

class Store;

// The live range index: loaded at start, reloaded when an import bumps the
// registry version, and swapped in atomically — lookups in flight keep the
// index they started with.
class RegistryMatcher
{
public:
    explicit RegistryMatcher(const Store& store);

    bool load(QString* error);
    // Reloads if the store's registry version changed. Safe on any thread.
    bool refreshIfChanged(QString* error);
    std::shared_ptr<const IpRangeIndex> index() const;
    qint64 version() const;

private:
    const Store& m_store;
    mutable std::mutex m_mutex;
    std::shared_ptr<const IpRangeIndex> m_index;
    qint64 m_version = -1;
};

} // namespace leadscope::server
