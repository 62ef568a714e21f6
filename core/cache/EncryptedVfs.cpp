#include "EncryptedVfs.h"

#include <QByteArray>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace leadscope::core {

namespace {

constexpr int kPage = EncryptedVfs::kPageSize;
constexpr int kUsable = kPage - EncryptedVfs::kReservedBytes;
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr int kWalHeader = 32;
constexpr int kWalFrameHeader = 24;

enum class Kind : unsigned char
{
    Database = 1,
    Journal = 2,
    Wal = 3,
};

// The subkeys of one database, wiped when the last file using them closes.
struct Keys
{
    std::array<unsigned char, 32> database{};
    std::array<unsigned char, 32> journal{};
    std::array<unsigned char, 32> wal{};
    ~Keys()
    {
        OPENSSL_cleanse(database.data(), database.size());
        OPENSSL_cleanse(journal.data(), journal.size());
        OPENSSL_cleanse(wal.data(), wal.size());
    }
    const unsigned char* forKind(Kind kind) const
    {
        switch (kind) {
        case Kind::Database:
            return database.data();
        case Kind::Journal:
            return journal.data();
        case Kind::Wal:
            return wal.data();
        }
        return nullptr;
    }
};

std::mutex s_keysMutex;
// By SQLite's full path of the database, with how many connections registered it:
// the sync engine and the screens each hold one to the same cache.
struct Registration
{
    std::shared_ptr<const Keys> keys;
    int users = 0;
};
std::map<std::string, Registration> s_keys;

sqlite3_vfs s_vfs;
sqlite3_vfs* s_base = nullptr;

struct EncryptedFile
{
    sqlite3_file base; // must be first: SQLite sees this
    sqlite3_file* real;
    Kind kind;
    std::shared_ptr<const Keys> keys;
    EVP_CIPHER_CTX* cipher;   // encryption, keyed once at open
    EVP_CIPHER_CTX* decipher; // decryption, keyed once at open
    std::vector<unsigned char> scratch;
    // The WAL frame header SQLite wrote last, and where: its page follows at
    // once, so the binding needs no read back (-1: none).
    sqlite3_int64 lastFrameHeaderAt;
    unsigned char lastFrameHeader[kWalFrameHeader];
};

// Fetched once: looking the cipher up per page costs provider locks.
const EVP_CIPHER* aes256gcm()
{
    static EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

EncryptedFile* self(sqlite3_file* file)
{
    return reinterpret_cast<EncryptedFile*>(file);
}

// What a page's tag covers besides the page: the kind of file and the
// page's offset in it, and, where the file's own framing says which
// database page this is, that framing. A WAL frame's page data is bound to
// its frame header's page number; a journal record's page to its page number
// and the journal's nonce. So no one who can write the cache folder can point
// a frame at another page (fixing SQLite's unkeyed checksums) and have the
// next checkpoint or rollback write it there. Not the WAL salts: once a
// transaction has rewritten a frame in place, SQLite writes the headers of
// its later frames with zero salts and checksums and fills them in at commit
// (walRewriteChecksums) — after their pages were written.
struct Binding
{
    unsigned char bytes[1 + 8 + 12] = {};
    int size = 9;
};

Binding associatedData(Kind kind, sqlite3_int64 offset, const unsigned char* framing = nullptr)
{
    Binding out;
    out.bytes[0] = static_cast<unsigned char>(kind);
    for (int i = 0; i < 8; ++i)
        out.bytes[1 + i] = static_cast<unsigned char>(static_cast<quint64>(offset) >> (8 * i));
    if (framing) {
        // WAL: page number (then zeros). Journal: page number, nonce (then zeros).
        std::memcpy(out.bytes + 9, framing, 12);
        out.size = int(sizeof out.bytes);
    }
    return out;
}

// page (kPage bytes, plaintext; reserve ignored) → out (kPage bytes on disk).
bool encryptPage(EncryptedFile* f, const unsigned char* page, const Binding& ad, unsigned char* out)
{
    unsigned char* nonce = out + kUsable;
    unsigned char* tag = nonce + kNonce;
    if (RAND_bytes(nonce, kNonce) != 1)
        return false;
    int length = 0;
    EVP_CIPHER_CTX* c = f->cipher;
    return EVP_EncryptInit_ex(c, nullptr, nullptr, nullptr, nonce) == 1 && // key set at open; new nonce
           EVP_EncryptUpdate(c, nullptr, &length, ad.bytes, ad.size) == 1 &&
           EVP_EncryptUpdate(c, out, &length, page, kUsable) == 1 && length == kUsable &&
           EVP_EncryptFinal_ex(c, out + length, &length) == 1 &&
           EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, kTag, tag) == 1;
}

// In place: the page as read from disk becomes plaintext with a zeroed
// reserve (what SQLite wrote there, and what its WAL checksums cover).
bool decryptPage(EncryptedFile* f, unsigned char* page, const Binding& ad)
{
    unsigned char nonce[kNonce];
    unsigned char tag[kTag];
    std::memcpy(nonce, page + kUsable, kNonce);
    std::memcpy(tag, page + kUsable + kNonce, kTag);
    int length = 0;
    EVP_CIPHER_CTX* c = f->decipher;
    const bool ok = EVP_DecryptInit_ex(c, nullptr, nullptr, nullptr, nonce) == 1 &&
                    EVP_DecryptUpdate(c, nullptr, &length, ad.bytes, ad.size) == 1 &&
                    EVP_DecryptUpdate(c, page, &length, page, kUsable) == 1 &&
                    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, kTag, tag) == 1 &&
                    EVP_DecryptFinal_ex(c, page + length, &length) == 1;
    std::memset(page + kUsable, 0, EncryptedVfs::kReservedBytes);
    if (!ok)
        std::memset(page, 0, kUsable); // never hand out unauthenticated bytes
    return ok;
}

bool isAllZero(const unsigned char* data, int size)
{
    for (int i = 0; i < size; ++i) {
        if (data[i] != 0)
            return false;
    }
    return true;
}

// Where page data sits in each kind of file (see the SQLite file format):
// WAL frames are [24-byte header][page] after a 32-byte header; journal
// records are [4-byte page number][page][4-byte checksum] after sector-sized
// headers, so their pages start 4 bytes past a multiple of 8.
bool isPageData(Kind kind, int amount, sqlite3_int64 offset)
{
    if (amount != kPage)
        return false;
    switch (kind) {
    case Kind::Database:
        return offset % kPage == 0;
    case Kind::Wal:
        return offset >= kWalHeader + kWalFrameHeader &&
               (offset - kWalHeader - kWalFrameHeader) % (kPage + kWalFrameHeader) == 0;
    case Kind::Journal:
        return offset % 8 == 4;
    }
    return false;
}

// The binding of the page data at `offset`, with the framing read from the
// real file: a WAL frame's header sits just before its page; a journal
// record's page number just before its page, the nonce in the journal header.
// `frameHeader` when the caller has it at hand (WAL recovery reads whole frames).
bool bindingFor(EncryptedFile* f, sqlite3_int64 offset, Binding* out, const unsigned char* frameHeader = nullptr)
{
    if (f->kind == Kind::Database) {
        *out = associatedData(f->kind, offset);
        return true;
    }
    unsigned char framing[12] = {};
    if (f->kind == Kind::Wal) {
        unsigned char header[kWalFrameHeader];
        if (!frameHeader && f->lastFrameHeaderAt == offset - kWalFrameHeader) {
            frameHeader = f->lastFrameHeader;
        } else if (!frameHeader) {
            if (f->real->pMethods->xRead(f->real, header, kWalFrameHeader, offset - kWalFrameHeader) != SQLITE_OK)
                return false;
            frameHeader = header;
        }
        std::memcpy(framing, frameHeader, 4); // page number
    } else {
        if (f->real->pMethods->xRead(f->real, framing, 4, offset - 4) != SQLITE_OK ||
            f->real->pMethods->xRead(f->real, framing + 4, 4, 12) != SQLITE_OK)
            return false;
    }
    *out = associatedData(f->kind, offset, framing);
    return true;
}

// Whether, after the WAL frame at `frameOffset` (which failed its tag), the
// log holds a whole transaction that began after the frame's own committed:
// a frame of this log (the salts of the WAL header) that authenticates,
// after a commit frame that does. The cache syncs the WAL at every commit
// (synchronous=FULL), so a transaction's frames are all on the disk before
// the next one's are written: a power loss can spoil only the last one. A
// spoiled frame before a later transaction was changed after it was written
// — and ending the log there would silently drop committed transactions.
bool laterTransactionCommitted(EncryptedFile* f, sqlite3_int64 frameOffset, const unsigned char* failedHeader)
{
    constexpr int kFrame = kPage + kWalFrameHeader;
    unsigned char walHeader[kWalHeader];
    sqlite3_int64 size = 0;
    if (f->real->pMethods->xRead(f->real, walHeader, kWalHeader, 0) != SQLITE_OK ||
        f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK)
        return false;
    std::vector<unsigned char> frame(kFrame);
    // The failing frame may itself be a commit frame (as its header says).
    bool afterCommit = std::memcmp(failedHeader + 8, walHeader + 16, 8) == 0 && !isAllZero(failedHeader + 4, 4);
    bool found = false;
    for (sqlite3_int64 at = frameOffset + kFrame; at + kFrame <= size && !found; at += kFrame) {
        if (f->real->pMethods->xRead(f->real, frame.data(), kFrame, at) != SQLITE_OK)
            break;
        if (std::memcmp(frame.data() + 8, walHeader + 16, 8) != 0)
            continue; // a frame of an earlier log, or of a transaction not yet committed
        Binding ad;
        if (!bindingFor(f, at + kWalFrameHeader, &ad, frame.data()) ||
            !decryptPage(f, frame.data() + kWalFrameHeader, ad))
            continue;
        found = afterCommit;
        afterCommit = afterCommit || !isAllZero(frame.data() + 4, 4); // the commit frame's database size
    }
    OPENSSL_cleanse(frame.data(), frame.size());
    return found;
}

int xClose(sqlite3_file* file)
{
    EncryptedFile* f = self(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    EVP_CIPHER_CTX_free(f->cipher); // frees (and cleanses) the key schedules
    EVP_CIPHER_CTX_free(f->decipher);
    OPENSSL_cleanse(f->scratch.data(), f->scratch.size());
    f->keys.~shared_ptr();
    f->scratch.~vector();
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    EncryptedFile* f = self(file);
    auto* out = static_cast<unsigned char*>(buffer);
    if (f->kind == Kind::Database && !isPageData(f->kind, amount, offset)) {
        // A part of a page (the header, the change counter): read the whole
        // page, authenticate it, copy the part.
        const sqlite3_int64 pageOffset = offset - offset % kPage;
        if (offset + amount > pageOffset + kPage)
            return SQLITE_IOERR_READ;
        unsigned char* page = f->scratch.data();
        const int rc = f->real->pMethods->xRead(f->real, page, kPage, pageOffset);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Nothing there (a new database) reads as zeros; half a page is damage.
            std::memset(out, 0, size_t(amount));
            return isAllZero(page, kPage) ? SQLITE_IOERR_SHORT_READ : SQLITE_IOERR_DATA;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!decryptPage(f, page, associatedData(f->kind, pageOffset)))
            return SQLITE_IOERR_DATA;
        std::memcpy(out, page + (offset - pageOffset), size_t(amount));
        return SQLITE_OK;
    }
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        // Zero-filled by the real VFS. In the database, a page cut short is damage.
        if (f->kind == Kind::Database && !isAllZero(out, amount)) {
            std::memset(out, 0, size_t(amount));
            return SQLITE_IOERR_DATA;
        }
        return rc;
    }
    if (rc != SQLITE_OK)
        return rc;
    if (isPageData(f->kind, amount, offset)) {
        // A page on its own is read from the database, from a committed WAL
        // frame (a read or a checkpoint) or from a hot journal's record (all
        // synced before the database was touched): one that fails is damage,
        // never zeros that a checkpoint or a rollback would write back.
        Binding ad;
        if (!bindingFor(f, offset, &ad) || !decryptPage(f, out, ad)) {
            std::memset(out, 0, size_t(amount));
            return SQLITE_IOERR_DATA;
        }
        return SQLITE_OK;
    }
    if (f->kind == Kind::Wal && amount == kPage + kWalFrameHeader && offset >= kWalHeader &&
        (offset - kWalHeader) % (kPage + kWalFrameHeader) == 0) {
        // WAL recovery reads whole frames. A frame that fails reads as zeros,
        // so SQLite's checksum fails and the log ends there: the tail of a
        // transaction that never reached the disk whole. Unless a later one did.
        Binding ad;
        if (!bindingFor(f, offset + kWalFrameHeader, &ad, out) || !decryptPage(f, out + kWalFrameHeader, ad)) {
            if (laterTransactionCommitted(f, offset, out))
                return SQLITE_IOERR_DATA;
        }
        return SQLITE_OK;
    }
    return SQLITE_OK; // framing: headers, page numbers, checksums
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    EncryptedFile* f = self(file);
    if (isPageData(f->kind, amount, offset)) {
        // SQLite writes a frame header or a record's page number before its page.
        unsigned char* page = f->scratch.data();
        Binding ad;
        if (!bindingFor(f, offset, &ad) || !encryptPage(f, static_cast<const unsigned char*>(buffer), ad, page))
            return SQLITE_IOERR_WRITE;
        return f->real->pMethods->xWrite(f->real, page, kPage, offset);
    }
    if (f->kind == Kind::Database)
        return SQLITE_IOERR_WRITE; // only whole pages ever go to the database
    if (f->kind == Kind::Journal && amount == kPage && offset % 8 == 0)
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset); // a sector-sized journal header
    if (amount >= kPage)
        return SQLITE_IOERR_WRITE; // page-sized data in an unexpected place: refuse, never plaintext
    const int rc = f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    if (f->kind == Kind::Wal) {
        const bool frameHeader = rc == SQLITE_OK && amount == kWalFrameHeader && offset >= kWalHeader &&
                                 (offset - kWalHeader) % (kPage + kWalFrameHeader) == 0;
        f->lastFrameHeaderAt = frameHeader ? offset : -1;
        if (frameHeader)
            std::memcpy(f->lastFrameHeader, buffer, kWalFrameHeader);
    }
    return rc;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    self(file)->lastFrameHeaderAt = -1;
    return self(file)->real->pMethods->xTruncate(self(file)->real, size);
}
int xSync(sqlite3_file* file, int flags)
{
    return self(file)->real->pMethods->xSync(self(file)->real, flags);
}
int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return self(file)->real->pMethods->xFileSize(self(file)->real, size);
}
int xLock(sqlite3_file* file, int level)
{
    return self(file)->real->pMethods->xLock(self(file)->real, level);
}
int xUnlock(sqlite3_file* file, int level)
{
    return self(file)->real->pMethods->xUnlock(self(file)->real, level);
}
int xCheckReservedLock(sqlite3_file* file, int* out)
{
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}
int xFileControl(sqlite3_file* file, int op, void* arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        // No memory map: every page must come through xRead to be decrypted.
        *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    return self(file)->real->pMethods->xFileControl(self(file)->real, op, arg);
}
int xSectorSize(sqlite3_file* file)
{
    return self(file)->real->pMethods->xSectorSize(self(file)->real);
}
int xDeviceCharacteristics(sqlite3_file* file)
{
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real);
}
int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return self(file)->real->pMethods->xShmMap(self(file)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return self(file)->real->pMethods->xShmLock(self(file)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* file)
{
    self(file)->real->pMethods->xShmBarrier(self(file)->real);
}
int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return self(file)->real->pMethods->xShmUnmap(self(file)->real, deleteFlag);
}
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr; // never map: pages are ciphertext on disk
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods s_methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    file->pMethods = nullptr;
    Kind kind;
    std::string database;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        kind = Kind::Database;
        database = name ? name : "";
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        kind = Kind::Journal;
        database = name ? sqlite3_filename_database(name) : "";
    } else if (flags & SQLITE_OPEN_WAL) {
        kind = Kind::Wal;
        database = name ? sqlite3_filename_database(name) : "";
    } else {
        return SQLITE_CANTOPEN; // temp files and the like would be plaintext: never
    }
    std::shared_ptr<const Keys> keys;
    {
        std::lock_guard lock(s_keysMutex);
        const auto it = s_keys.find(database);
        if (it != s_keys.end())
            keys = it->second.keys;
    }
    if (!keys)
        return SQLITE_CANTOPEN; // no key, no file
    EncryptedFile* f = self(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(EncryptedFile));
    std::memset(f->real, 0, size_t(s_base->szOsFile));
    f->kind = kind;
    new (&f->keys) std::shared_ptr<const Keys>(std::move(keys));
    new (&f->scratch) std::vector<unsigned char>(size_t(kPage));
    f->lastFrameHeaderAt = -1;
    f->cipher = EVP_CIPHER_CTX_new();
    f->decipher = EVP_CIPHER_CTX_new();
    const unsigned char* key = f->keys->forKind(kind);
    const bool keyed = f->cipher && f->decipher && aes256gcm() &&
                       EVP_EncryptInit_ex(f->cipher, aes256gcm(), nullptr, key, nullptr) == 1 &&
                       EVP_DecryptInit_ex(f->decipher, aes256gcm(), nullptr, key, nullptr) == 1;
    const int rc = keyed ? s_base->xOpen(s_base, name, f->real, flags, outFlags) : SQLITE_NOMEM;
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->real->pMethods = nullptr;
        EVP_CIPHER_CTX_free(f->cipher);
        EVP_CIPHER_CTX_free(f->decipher);
        f->keys.~shared_ptr();
        f->scratch.~vector();
        return rc;
    }
    file->pMethods = &s_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return s_base->xDelete(s_base, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return s_base->xAccess(s_base, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return s_base->xFullPathname(s_base, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // no extensions through the cache
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    sqlite3_snprintf(size, out, "extensions are not loaded");
}
void (*xDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}
void xDlClose(sqlite3_vfs*, void*)
{
}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return s_base->xRandomness(s_base, size, out);
}
int xSleep(sqlite3_vfs*, int microseconds)
{
    return s_base->xSleep(s_base, microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return s_base->xCurrentTime(s_base, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return s_base->xGetLastError ? s_base->xGetLastError(s_base, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return s_base->xCurrentTimeInt64(s_base, out);
}

std::string fullPath(const QString& path)
{
    std::vector<char> buffer(size_t(s_base->mxPathname) + 1);
    const QByteArray native = path.toUtf8();
    if (s_base->xFullPathname(s_base, native.constData(), s_base->mxPathname + 1, buffer.data()) != SQLITE_OK)
        return {};
    return buffer.data();
}

void derive(QByteArrayView key, const char* label, std::array<unsigned char, 32>& out)
{
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(label), std::strlen(label),
         out.data(), &length);
}

} // namespace

const char* EncryptedVfs::name()
{
    return "leadscope-aes256gcm";
}

bool EncryptedVfs::ensureRegistered(QString* error)
{
    static std::once_flag once;
    static int result = SQLITE_ERROR;
    std::call_once(once, [] {
        s_base = sqlite3_vfs_find(nullptr);
        if (!s_base || s_base->iVersion < 2)
            return;
        std::memset(&s_vfs, 0, sizeof s_vfs);
        s_vfs.iVersion = 2;
        s_vfs.szOsFile = int(sizeof(EncryptedFile)) + s_base->szOsFile;
        s_vfs.mxPathname = s_base->mxPathname;
        s_vfs.zName = name();
        s_vfs.xOpen = xOpen;
        s_vfs.xDelete = xDelete;
        s_vfs.xAccess = xAccess;
        s_vfs.xFullPathname = xFullPathname;
        s_vfs.xDlOpen = xDlOpen;
        s_vfs.xDlError = xDlError;
        s_vfs.xDlSym = xDlSym;
        s_vfs.xDlClose = xDlClose;
        s_vfs.xRandomness = xRandomness;
        s_vfs.xSleep = xSleep;
        s_vfs.xCurrentTime = xCurrentTime;
        s_vfs.xGetLastError = xGetLastError;
        s_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        result = sqlite3_vfs_register(&s_vfs, 0);
    });
    if (result != SQLITE_OK && error)
        *error = QStringLiteral("The encrypted storage layer could not be set up (SQLite error %1).").arg(result);
    return result == SQLITE_OK;
}

bool EncryptedVfs::setKey(const QString& path, QByteArrayView key, QString* error)
{
    if (!ensureRegistered(error))
        return false;
    if (key.size() != kKeyBytes) {
        *error = QStringLiteral("The cache key has the wrong length.");
        return false;
    }
    const std::string full = fullPath(path);
    if (full.empty()) {
        *error = QStringLiteral("The cache path %1 cannot be resolved.").arg(path);
        return false;
    }
    auto keys = std::make_shared<Keys>();
    derive(key, "leadscope cache: database pages", keys->database);
    derive(key, "leadscope cache: journal pages", keys->journal);
    derive(key, "leadscope cache: wal pages", keys->wal);
    std::lock_guard lock(s_keysMutex);
    Registration& registration = s_keys[full];
    registration.keys = std::move(keys);
    ++registration.users;
    return true;
}

void EncryptedVfs::forgetKey(const QString& path)
{
    if (!s_base)
        return;
    const std::string full = fullPath(path);
    std::lock_guard lock(s_keysMutex);
    const auto it = s_keys.find(full);
    if (it != s_keys.end() && --it->second.users <= 0)
        s_keys.erase(it); // files still open keep their copy until they close
}

bool EncryptedVfs::isInEffect(sqlite3* db)
{
    sqlite3_vfs* vfs = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || vfs != &s_vfs)
        return false;
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        file->pMethods != &s_methods)
        return false;
    int reserve = -1;
    return sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK &&
           reserve == kReservedBytes;
}

} // namespace leadscope::core
