#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace leadscope::server {

// The --db argument: "sqlite:PATH" or
// "postgres://user@host[:port]/dbname[?sslmode=…&sslrootcert=CA.pem]".
// PostgreSQL is reached over TLS with the server's certificate verified
// (sslmode=verify-full) unless the URL says otherwise. A password is refused
// in the URL (it would show in `ps`): it comes from libpq's PGPASSWORD or
// password file (~/.pgpass, PGPASSFILE).
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
    QString database;
    QString sslMode = QStringLiteral("verify-full"); // disable, require, verify-ca or verify-full
    QString sslRootCert;                             // CA file; empty: libpq's default (~/.postgresql/root.crt)

    // Parses the argument; on failure returns nullopt and a message in *error.
    static std::optional<DatabaseUrl> parse(const QString& text, QString* error);
    // ?sslmode= and ?sslrootcert=, nothing else.
    static std::optional<DatabaseUrl> parseOptions(const QUrlQuery& query, DatabaseUrl result, QString* error);
    // "sqlite" or "postgresql": what health reports.
    QString kindName() const;
    // For log lines and messages.
    QString redacted() const;
    // libpq connection options (QSqlDatabase::setConnectOptions).
    QString connectOptions() const;
};

} // namespace leadscope::server
