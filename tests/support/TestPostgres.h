#pragma once

#include <QString>

namespace leadscope::test {

// The throw-away PostgreSQL cluster that the "postgres" CTest fixture
// (tests/fixtures/postgres) starts. Never the system cluster.
class TestPostgres
{
public:
    // Reads the fixture's connection details and points libpq at its
    // password file. False + *error (saying why) when the fixture is absent.
    static bool available(QString* error);
    // Creates a fresh, empty database and returns its postgres:// URL
    // (without password; libpq takes it from PGPASSFILE).
    static QString createDatabase(QString* error);
};

} // namespace leadscope::test
