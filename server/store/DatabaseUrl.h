#pragma once

#include <QString>

#include <optional>

namespace leadscope::server {

// The --db argument: "sqlite:PATH" or "postgres://user[:password]@host[:port]/dbname".
// A password may also come from libpq's usual PGPASSWORD / PGPASSFILE.
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // Parses the argument; on failure returns nullopt and a message in *error.
    static std::optional<DatabaseUrl> parse(const QString& text, QString* error);
    // "sqlite" or "postgresql": what health reports.
    QString kindName() const;
    // For log lines: never contains the password.
    QString redacted() const;
};

} // namespace leadscope::server
