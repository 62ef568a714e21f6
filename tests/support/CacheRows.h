#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace leadscope::core {
class Cache;
}

namespace leadscope::test {

// Every row of a cache's data tables, in order, one string per row (all
// columns) — what two syncs must agree on row for row.
QStringList cacheRows(core::Cache& cache);
// The same for the cache at `path`, followed by its sync cursor and the
// result of PRAGMA integrity_check ("ok"); or the reason it did not open.
QStringList cacheRows(const QString& path, QByteArrayView key);

} // namespace leadscope::test
