#pragma once

#include "server/store/Sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace leadscope::server {

// What the writers need of an organisation on every batch (its rules, its
// ignore list), read from the store only when a version column on the
// organisation says it changed — one indexed read per batch otherwise.
// Shared between the writer threads; `T` is read-only once made.
template <typename T>
class OrganisationCache
{
public:
    using Value = std::shared_ptr<const T>;
    using Load = std::function<bool(std::shared_ptr<T> fresh, QString* error)>;

    explicit OrganisationCache(const char* versionColumn)
        : m_versionColumn(QLatin1String(versionColumn))
    {
    }

    // The organisation's value; `load` fills a fresh one when the version moved
    // (version 0: nothing was ever written, the value stays empty).
    bool get(QSqlDatabase db, const QString& orgId, const Load& load, Value* value, QString* error)
    {
        QVariantList row;
        bool found = false;
        if (!Sql::fetchOneCached(db, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(m_versionColumn),
                                 {orgId}, &row, &found, error))
            return false;
        const qint64 version = found ? row.value(0).toLongLong() : 0;
        {
            std::lock_guard lock(m_mutex);
            const auto cached = m_byOrg.constFind(orgId);
            if (cached != m_byOrg.cend() && cached->first == version) {
                *value = cached->second;
                return true;
            }
        }
        auto fresh = std::make_shared<T>();
        if (version > 0 && !load(fresh, error))
            return false;
        *value = fresh;
        std::lock_guard lock(m_mutex);
        m_byOrg.insert(orgId, {version, *value});
        return true;
    }

private:
    QString m_versionColumn;
    std::mutex m_mutex;
    QHash<QString, std::pair<qint64, Value>> m_byOrg;
};

} // namespace leadscope::server
