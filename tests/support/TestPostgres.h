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
    // The data rows "sqlite" and "postgresql" of a suite's column "store" —
    // or only the one named by LEADSCOPE_TEST_STORE, so that CTest can run a
    // long suite as one entry per store (leadscope_add_test's PER_STORE).
    static void addStoreRows();
};

} // namespace leadscope::test
