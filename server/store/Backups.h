#pragma once

#include "server/store/DatabaseUrl.h"

#include <QString>
#include <QStringList>

namespace leadscope::server {

class Store;

// Consistent backups of the live store (SQLite: VACUUM INTO, an online,
// transactionally consistent copy; PostgreSQL: pg_dump), named by the time
// they were taken, deleted after 30 days, and restored with every erasure
// made since re-applied — nothing deleted comes back.
class Backups
{
public:
    static constexpr qint64 kKeepMs = 30LL * 24 * 3600 * 1000;

    // Writes a backup into `directory`; *path says where.
    static bool backup(const Store& store, const QString& directory, qint64 nowMs, QString* path, QString* error);
    // Replaces the store's content with the backup (the server must be stopped).
    static bool restore(const DatabaseUrl& url, const QString& backupFile, QString* error);
    // Deletes backups older than 30 days; returns how many.
    static int expire(const QString& directory, qint64 nowMs, QStringList* removed);
    // The time a backup was taken, from its name (0 if not a backup).
    static qint64 takenAt(const QString& backupFile);

private:
    static QString postgresTool(const QString& name);
};

} // namespace leadscope::server
