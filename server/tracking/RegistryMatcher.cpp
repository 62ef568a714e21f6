#include "server/tracking/RegistryMatcher.h"

#include "server/base/Logging.h"
#include "server/tracking/RegistryImport.h"

namespace leadscope::server {

RegistryMatcher::RegistryMatcher(const Store& store)
    : m_store(store)
    , m_index(std::make_shared<const IpRangeIndex>())
{
}

bool RegistryMatcher::load(QString* error)
{
    const qint64 version = RegistryImport::registryVersion(m_store, error);
    if (version < 0)
        return false;
    auto index = RegistryImport::loadIndex(m_store, error);
    if (!index)
        return false;
    qCInfo(lcServer) << "registry index:" << index->rangeCount() << "ranges," << index->segmentCount() << "segments";
    std::lock_guard lock(m_mutex);
    m_index = std::move(index);
    m_version = version;
    return true;
}

bool RegistryMatcher::refreshIfChanged(QString* error)
{
    const qint64 version = RegistryImport::registryVersion(m_store, error);
    if (version < 0)
        return false;
    if (version == this->version())
        return true;
    return load(error);
}

std::shared_ptr<const IpRangeIndex> RegistryMatcher::index() const
{
    std::lock_guard lock(m_mutex);
    return m_index;
}

qint64 RegistryMatcher::version() const
{
    std::lock_guard lock(m_mutex);
    return m_version;
}

} // namespace leadscope::server
