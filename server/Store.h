#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

// The server's persistent store, on SQLite (embedded default) or
// PostgreSQL (scale-out), both through QtSql. One connection per thread.
class Store
{
public:
    explicit Store(DatabaseUrl url);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens (and for SQLite creates) the database. False + *error on failure.
    bool open(QString* error);
    // A round trip to the database: what health reports.
    bool ping() const;

    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase database() const;

private:
    DatabaseUrl m_url;
    QString m_connectionName;
};

} // namespace leadscope::server
