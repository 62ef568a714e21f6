#pragma once

#include <QString>

namespace leadscope::core {

class Cache;

// What the local copy holds, in brief (`leadscope status`): when it was last
// synced and how many companies and visits it has.
class LocalCopyQuery
{
public:
    explicit LocalCopyQuery(Cache& cache);

    // Milliseconds since the epoch of the last completed sync; 0: never.
    qint64 lastSyncMs() const;
    bool counts(qint64* companies, qint64* visits, QString* error) const;

private:
    Cache& m_cache;
};

} // namespace leadscope::core
