#include "LossyVfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace leadscope::test {

namespace {

struct Pending
{
    sqlite3_int64 offset = 0;
    std::string data;        // a write
    sqlite3_int64 size = -1; // or a truncation to this size
};

struct Disk
{
    std::string durable; // the file as of its last sync
    std::vector<Pending> pending;
};

std::mutex s_mutex;
std::map<std::string, Disk> s_disks;
sqlite3_vfs* s_real = nullptr;
sqlite3_vfs s_vfs;
int s_writes = 0;
int s_cutAt = -1;
bool s_off = false;
QString s_snapshot;
std::string s_database;
unsigned s_seed = 0;

struct LossyFile
{
    sqlite3_file base;
    sqlite3_file* real;
    std::string* path;
};

LossyFile* self(sqlite3_file* file)
{
    return reinterpret_cast<LossyFile*>(file);
}

void apply(std::string& bytes, const Pending& p)
{
    if (p.size >= 0) {
        bytes.resize(size_t(p.size));
        return;
    }
    if (bytes.size() < size_t(p.offset) + p.data.size())
        bytes.resize(size_t(p.offset) + p.data.size(), '\0');
    std::memcpy(bytes.data() + p.offset, p.data.data(), p.data.size());
}

// What the disk holds after the power comes back: everything synced, and
// each later write or truncation with even odds (in order).
void snapshot()
{
    QRandomGenerator random(s_seed);
    QDir().mkpath(s_snapshot);
    for (const auto& [path, disk] : s_disks) {
        if (path != s_database && path.rfind(s_database + '-', 0) != 0)
            continue;
        std::string image = disk.durable;
        for (const Pending& p : disk.pending) {
            if (random.bounded(2) == 0)
                apply(image, p);
        }
        QFile out(QDir(s_snapshot).filePath(QFileInfo(QString::fromStdString(path)).fileName()));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(image.data(), qint64(image.size()));
    }
}

int xClose(sqlite3_file* file)
{
    LossyFile* f = self(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    delete f->path;
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return self(file)->real->pMethods->xRead(self(file)->real, buffer, amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    LossyFile* f = self(file);
    {
        std::lock_guard lock(s_mutex);
        if (s_off)
            return SQLITE_IOERR_WRITE;
        ++s_writes;
        s_disks[*f->path].pending.push_back(
            {offset, std::string(static_cast<const char*>(buffer), size_t(amount)), -1});
        if (s_cutAt >= 0 && s_writes >= s_cutAt) {
            snapshot();
            s_off = true;
            return SQLITE_IOERR_WRITE;
        }
    }
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    LossyFile* f = self(file);
    {
        std::lock_guard lock(s_mutex);
        if (s_off)
            return SQLITE_IOERR_TRUNCATE;
        s_disks[*f->path].pending.push_back({0, {}, size});
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file* file, int flags)
{
    LossyFile* f = self(file);
    std::lock_guard lock(s_mutex);
    if (s_off)
        return SQLITE_IOERR_FSYNC;
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK) {
        Disk& disk = s_disks[*f->path];
        for (const Pending& p : disk.pending)
            apply(disk.durable, p);
        disk.pending.clear();
    }
    return rc;
}

// The rest goes straight through.
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return self(f)->real->pMethods->xFileSize(self(f)->real, size);
}
int xLock(sqlite3_file* f, int level)
{
    return self(f)->real->pMethods->xLock(self(f)->real, level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return self(f)->real->pMethods->xUnlock(self(f)->real, level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return self(f)->real->pMethods->xCheckReservedLock(self(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return self(f)->real->pMethods->xFileControl(self(f)->real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return self(f)->real->pMethods->xSectorSize(self(f)->real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return self(f)->real->pMethods->xDeviceCharacteristics(self(f)->real);
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return self(f)->real->pMethods->xShmMap(self(f)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return self(f)->real->pMethods->xShmLock(self(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    self(f)->real->pMethods->xShmBarrier(self(f)->real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return self(f)->real->pMethods->xShmUnmap(self(f)->real, deleteFlag);
}
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr; // no memory map: every write must come through xWrite to be seen
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods s_methods = {3,
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
                                      xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    LossyFile* f = self(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(LossyFile));
    std::memset(f->real, 0, size_t(s_real->szOsFile));
    file->pMethods = nullptr;
    const int rc = s_real->xOpen(s_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    f->path = new std::string(name ? name : "");
    {
        std::lock_guard lock(s_mutex);
        if (name && !s_disks.count(*f->path)) {
            // What is on disk when a file is opened has survived (it was there before).
            Disk disk;
            QFile existing(QString::fromStdString(*f->path));
            if (existing.open(QIODevice::ReadOnly))
                disk.durable = existing.readAll().toStdString();
            s_disks.emplace(*f->path, std::move(disk));
        }
    }
    file->pMethods = &s_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    {
        std::lock_guard lock(s_mutex);
        if (s_off)
            return SQLITE_IOERR_DELETE;
        s_disks.erase(name); // a deleted file stays deleted (the directory is synced with it)
    }
    return s_real->xDelete(s_real, name, syncDir);
}

} // namespace

bool LossyVfs::install(QString* error)
{
    if (s_real)
        return true;
    s_real = sqlite3_vfs_find(nullptr);
    if (!s_real) {
        *error = QStringLiteral("no default SQLite VFS");
        return false;
    }
    s_vfs = *s_real;
    s_vfs.zName = "leadscope-lossy";
    s_vfs.szOsFile = int(sizeof(LossyFile)) + s_real->szOsFile;
    s_vfs.pNext = nullptr;
    s_vfs.xOpen = xOpen;
    s_vfs.xDelete = xDelete;
    if (sqlite3_vfs_register(&s_vfs, 1) != SQLITE_OK) {
        *error = QStringLiteral("cannot register the lossy VFS");
        return false;
    }
    return true;
}

void LossyVfs::cutPowerAfterWrites(int writes, const QString& database, const QString& snapshotDirectory, unsigned seed)
{
    std::lock_guard lock(s_mutex);
    s_database = database.toStdString();
    s_cutAt = s_writes + writes;
    s_snapshot = snapshotDirectory;
    s_seed = seed;
}

bool LossyVfs::powerWasCut()
{
    std::lock_guard lock(s_mutex);
    return s_off;
}

void LossyVfs::restore()
{
    std::lock_guard lock(s_mutex);
    s_off = false;
    s_cutAt = -1;
}

int LossyVfs::writes()
{
    std::lock_guard lock(s_mutex);
    return s_writes;
}

} // namespace leadscope::test
