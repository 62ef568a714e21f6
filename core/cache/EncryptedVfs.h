#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;

namespace leadscope::core {

// An SQLite VFS that encrypts every page of a database file, of its WAL and
// of its rollback journal with AES-256-GCM (OpenSSL EVP). Each page keeps
// its 12-byte nonce and 16-byte tag in SQLite's per-page reserved bytes; a
// fresh random nonce is drawn for every write; the associated data binds
// the file kind and the page's offset in the file, and each kind of file
// has its own subkey of the database key — so a page cannot be moved to
// another place, file or database. Nothing is written in plaintext but the
// WAL's and journal's own framing (salts, checksums, page numbers). Any other
// file SQLite asks for (temp files, super-journals) is refused, so nothing
// can spill to disk unencrypted: caches run with temp_store=MEMORY.
//
// A page that fails authentication is an I/O error (SQLITE_IOERR_DATA),
// never returned — except where SQLite itself expects torn data and checks
// it (the last frames of a WAL or records of a journal after a crash), where
// the page reads as zeros and SQLite's own checksum rejects it.
//
// Registered with the SQLite that core links, by name; it works whatever
// SQLite Qt's own SQL plugin was built with, because the cache never goes
// through QtSql.
class EncryptedVfs
{
public:
    static constexpr int kPageSize = 4096;
    static constexpr int kReservedBytes = 28; // nonce 12 + tag 16
    static constexpr qsizetype kKeyBytes = 32;

    static const char* name();
    // Registers the VFS once per process (not as the default).
    static bool ensureRegistered(QString* error);

    // The key of the database at `path` (as given to open). Files of a
    // database without a key cannot be opened. Keys are held in wiped memory.
    // Counted: each setKey is matched by one forgetKey, and the key stays
    // while any connection (sync engine, screens) still uses the database.
    static bool setKey(const QString& path, QByteArrayView key, QString* error);
    static void forgetKey(const QString& path);

    // True when `db`'s main database goes through this VFS with the reserved
    // bytes the encryption needs.
    static bool isInEffect(sqlite3* db);
};

} // namespace leadscope::core
