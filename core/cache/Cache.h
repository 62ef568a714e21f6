#pragma once

#include "SqliteDatabase.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace leadscope::core {

// The local copy of the organisation's data: an SQLite database encrypted
// page by page (EncryptedVfs) under a 256-bit key from the OS keychain,
// with numbered schema migrations and an FTS5 index for search. Opening
// refuses anything that is not encrypted the way it must be.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Cache)

public:
    static constexpr int kSchemaVersion = 11;
    // SQLite's page cache holds decrypted pages, so each miss costs a read
    // and an AES-GCM decryption. A connection starts with kPageCacheMiB
    // (the sync engine's writer, whose memory `leadscope sync` keeps small);
    // the UI's query connection, which keeps revisiting the same companies'
    // pages, uses kQueryPageCacheMiB. Memory is taken only as pages are read.
    static constexpr int kPageCacheMiB = 32;
    static constexpr int kQueryPageCacheMiB = 128;

    enum class Error
    {
        None,
        WrongKeyOrDamaged, // authentication of a page failed, or the file is cut short
        NotEncrypted,      // the encryption layer is not in effect: refused
        CannotOpen,        // file system: permissions, full disk, missing folder
        NewerSchema,       // made by a newer Leadscope
    };

    struct OpenResult
    {
        Error error = Error::None;
        QString message; // translated, for the user
    };

    // Opens (creating when absent) the cache at `path` with `key` (32 bytes).
    static std::unique_ptr<Cache> open(const QString& path, QByteArrayView key, OpenResult* result);
    // The SQL of schema version `version` (for benchmarks comparing with plain SQLite).
    static QString schema(int version);
    // Why a write failed, for the user: a full disk in plain words, else SQLite's reason.
    static QString writeFailure(int sqliteCode, const QString& detail);
    // Deletes the cache file and its WAL, shared-memory and journal files.
    static bool remove(const QString& path, QString* error);

    ~Cache();
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;

    SqliteDatabase& db() { return m_db; }
    // Sets this connection's page cache to at most `mebibytes`.
    bool setPageCache(int mebibytes, QString* error);
    const QString& path() const { return m_path; }

    // Re-encrypts the whole cache under `newKey` into a fresh file that
    // replaces this one atomically; the cache stays open under the new key.
    bool rekey(QByteArrayView newKey, QString* error);

    // Small named values (sync cursor, last sync, account) in the cache itself.
    QString meta(const QString& key);
    bool setMeta(const QString& key, const QString& value, QString* error);

private:
    Cache() = default;
    bool configure(bool fresh, OpenResult* result);
    bool migrate(QString* error);

    QString m_path;
    SqliteDatabase m_db;
};

} // namespace leadscope::core
