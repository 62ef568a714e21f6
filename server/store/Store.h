#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <mutex>

namespace leadscope::server {

// The server's persistent store, on SQLite (embedded default) or PostgreSQL
// (scale-out), both through QtSql. Each thread gets its own connection,
// opened on first use. Schema changes are numbered migrations.
class Store
{
public:
    static constexpr int kSchemaVersion = 14;

    explicit Store(DatabaseUrl url);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens (and for SQLite creates) the database on this thread. False + *error on failure.
    bool open(QString* error);
    // The calling thread's connection (opened on first use; check isOpen()).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;
    bool ping() const;

    // Creates or migrates the schema; idempotent.
    bool migrate(QString* error);
    // The schema version in the database (0 = empty database).
    int schemaVersion(QString* error) const;
    // For serve: refuses a database on an older (or newer) schema.
    bool checkSchema(QString* error) const;

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgres; }

private:
    bool openConnection(QSqlDatabase& db, QString* error) const;

    DatabaseUrl m_url;
    QString m_prefix;
    mutable std::mutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace leadscope::server
