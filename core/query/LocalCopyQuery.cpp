#include "LocalCopyQuery.h"

#include "core/cache/Cache.h"
#include "core/cache/SqliteDatabase.h"
#include "core/cache/SqliteStatement.h"

namespace leadscope::core {

LocalCopyQuery::LocalCopyQuery(Cache& cache)
    : m_cache(cache)
{
}

qint64 LocalCopyQuery::lastSyncMs() const
{
    return m_cache.meta(QStringLiteral("sync.last")).toLongLong();
}

bool LocalCopyQuery::counts(qint64* companies, qint64* visits, QString* error) const
{
    SqliteStatement statement = m_cache.db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM companies), (SELECT count(*) FROM visits)"), error);
    if (!statement.isValid() || !statement.next())
        return false;
    *companies = statement.int64(0);
    *visits = statement.int64(1);
    return true;
}

} // namespace leadscope::core
