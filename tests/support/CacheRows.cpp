#include "CacheRows.h"

#include "core/cache/Cache.h"
#include "core/sync/ChangeApplier.h"

namespace leadscope::test {

QStringList cacheRows(core::Cache& cache)
{
    QStringList rows;
    QString error;
    for (const char* sql : {"SELECT * FROM companies ORDER BY id", "SELECT * FROM visits ORDER BY id",
                            "SELECT * FROM pageviews ORDER BY id", "SELECT * FROM annotations ORDER BY company_id"}) {
        core::SqliteStatement query = cache.db().prepare(QString::fromLatin1(sql), &error);
        if (!query.isValid())
            qWarning("%s: %s", sql, qPrintable(error));
        while (query.isValid() && query.next()) {
            QStringList fields;
            for (int i = 0; i < query.columnCount(); ++i)
                fields << query.text(i);
            rows << fields.join(u'|');
        }
        if (!query.ok())
            qWarning("%s: %s", sql, qPrintable(query.error()));
    }
    return rows;
}

QStringList cacheRows(const QString& path, QByteArrayView key)
{
    core::Cache::OpenResult result;
    auto cache = core::Cache::open(path, key, &result);
    if (!cache)
        return {QStringLiteral("cannot open: ") + result.message};
    QStringList rows = cacheRows(*cache);
    rows << cache->meta(QString::fromLatin1(core::ChangeApplier::kCursorKey));
    QString error;
    core::SqliteStatement integrity = cache->db().prepare(QStringLiteral("PRAGMA integrity_check"), &error);
    while (integrity.isValid() && integrity.next())
        rows << integrity.text(0);
    return rows;
}

} // namespace leadscope::test
