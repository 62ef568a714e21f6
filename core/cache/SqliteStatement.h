#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace leadscope::core {

// One prepared statement of SQLite's C API, finalised on destruction.
// Binding is 1-based as in SQL; columns are 0-based.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }

    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& value); // a null QString binds NULL
    SqliteStatement& bind(int index, const QByteArray& value);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindVariant(int index, const QVariant& value);

    // Next row: true while there is one. False at the end or on an error (check ok()).
    bool next();
    // Runs a statement that returns no rows. False + error() on failure.
    bool exec();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    // Ready to bind and run again (bindings are cleared).
    void reset();

    int columnCount() const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    // The column as SQLite stores it: integer, real, text, blob or null.
    QVariant value(int column) const;

private:
    void fail();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = true;
    QString m_error;
};

} // namespace leadscope::core
