#pragma once

#include "SqliteStatement.h"

#include <QString>

struct sqlite3;

namespace leadscope::core {

// One connection through SQLite's C API (the library core links, the one
// EncryptedVfs registers with). Closed on destruction.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // vfs: a registered VFS name, or null for SQLite's default.
    bool open(const QString& path, const char* vfs, QString* error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements without results.
    bool exec(const QString& sql, QString* error);
    SqliteStatement prepare(const QString& sql, QString* error);
    // The extended result code of the last failure (e.g. SQLITE_IOERR_DATA).
    int lastErrorCode() const;
    QString lastError() const;

    // After a commit: when the write-ahead log holds more than maxFrames
    // frames, waits up to waitMs for the readers still in it and empties it.
    // SQLite starts the log over only when no reader is in it as a write
    // begins, so with screens reading all the time (a first sync with the
    // list open) it used to grow by every page written — gigabytes, and every
    // read slower for it. A reader that outlasts the wait leaves it for the
    // next maxFrames.
    void limitWal(int maxFrames, int waitMs);

    // BEGIN IMMEDIATE … COMMIT; rolls back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(SqliteDatabase& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool begun() const { return m_begun; }
        bool commit(QString* error);

    private:
        SqliteDatabase& m_db;
        bool m_begun = false;
        bool m_done = false;
    };

private:
    static constexpr int kBusyTimeoutMs = 10'000;

    sqlite3* m_db = nullptr;
    int m_walRetryAt = 0;     // frames: a wait for the readers failed, the next try once the log has grown past this
    int m_openErrorCode = 21; // SQLITE_MISUSE: never opened
    int m_failureCode = 0;    // of the last exec or prepare, if it failed (a later rollback does not hide it)
};

} // namespace leadscope::core
