// The encrypted VFS's page decoder. A real cache file is made once; each
// input tampers with it (flips bytes, replaces a page with the input, or cuts
// the file short) and every page is read back through the VFS. A page whose
// stored bytes changed must be refused (and nothing of it handed out); an
// untouched page must decrypt to exactly what it held.
#include "FuzzSupport.h"

#include "core/cache/Cache.h"
#include "core/cache/EncryptedVfs.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cstring>
#include <unistd.h>
#include <vector>

using namespace leadscope;
using core::EncryptedVfs;

namespace {

constexpr int kPage = EncryptedVfs::kPageSize;

struct Fixture
{
    QString path;
    QByteArray stored;             // the file as written
    std::vector<QByteArray> clear; // each page as the VFS returns it
};

struct VfsFile
{
    explicit VfsFile(const QString& path)
    {
        vfs = sqlite3_vfs_find(EncryptedVfs::name());
        name = sqlite3_create_filename(QFile::encodeName(path).constData(), "", "", 0, nullptr);
        file = static_cast<sqlite3_file*>(sqlite3_malloc(vfs->szOsFile));
        std::memset(file, 0, size_t(vfs->szOsFile));
        int outFlags = 0;
        if (vfs->xOpen(vfs, name, file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &outFlags) != SQLITE_OK)
            fuzz::fail("the VFS cannot open the file");
    }
    ~VfsFile()
    {
        if (file->pMethods)
            file->pMethods->xClose(file);
        sqlite3_free(file);
        sqlite3_free_filename(name);
    }
    int read(QByteArray* out, int amount, qint64 offset) const
    {
        out->fill('\x77', amount); // so "zeroed" is something the VFS did
        return file->pMethods->xRead(file, out->data(), amount, offset);
    }

    sqlite3_vfs* vfs;
    sqlite3_filename name;
    sqlite3_file* file;
};

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture made;
        const QDir dir(fuzz::scratchDirectory());
        made.path = dir.filePath(QStringLiteral("fuzz-vfs-%1.cache").arg(getpid()));
        const QByteArray key(EncryptedVfs::kKeyBytes, '\x42');
        QString error;
        core::Cache::remove(made.path, &error);
        {
            core::Cache::OpenResult result;
            auto cache = core::Cache::open(made.path, key, &result);
            if (!cache)
                fuzz::fail("cannot make the cache", result.message);
            for (int i = 0; i < 40; ++i) {
                if (!cache->db().exec(QStringLiteral("INSERT INTO companies (id, name, city) VALUES "
                                                     "('kvk-%1', 'Company %1 B.V.', 'Utrecht')")
                                          .arg(i),
                                      &error))
                    fuzz::fail("cannot fill the cache", error);
            }
        } // closed: the WAL is checkpointed into the database file
        QFile file(made.path);
        if (!file.open(QIODevice::ReadOnly))
            fuzz::fail("cannot read the cache file");
        made.stored = file.readAll();
        if (made.stored.isEmpty() || made.stored.size() % kPage != 0)
            fuzz::fail("the cache file is not whole pages");
        if (!EncryptedVfs::setKey(made.path, key, &error)) // held for the whole run
            fuzz::fail("cannot set the key", error);
        VfsFile vfs(made.path);
        for (qsizetype offset = 0; offset < made.stored.size(); offset += kPage) {
            QByteArray page;
            if (vfs.read(&page, kPage, offset) != SQLITE_OK)
                fuzz::fail("an untouched page does not decrypt");
            made.clear.push_back(page);
        }
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    if (size < 3)
        return 0;
    QByteArray bytes = f.stored;
    const qsizetype pages = bytes.size() / kPage;
    const int mode = data[0] % 3;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (mode == 0) {
        // Flip bytes: (2-byte position within the file, xor value) triples.
        for (qsizetype i = 0; i + 2 < input.size(); i += 3) {
            const qsizetype at = ((uchar(input[i]) << 8 | uchar(input[i + 1])) * 7919) % bytes.size();
            bytes[at] = char(bytes[at] ^ input[i + 2]);
        }
    } else if (mode == 1) {
        // Replace one page with the input (a forged or random page).
        const qsizetype page = uchar(input[0]) % pages;
        QByteArray forged = input.mid(1).leftJustified(kPage, '\0', true);
        bytes.replace(page * kPage, kPage, forged);
    } else {
        // Cut the file short.
        bytes.truncate(((uchar(input[0]) << 8 | uchar(input[1])) * 31) % bytes.size());
    }
    fuzz::writeFile(f.path, bytes);

    VfsFile vfs(f.path);
    for (qsizetype page = 0; page < pages; ++page) {
        const qsizetype offset = page * kPage;
        const QByteArray now = bytes.mid(offset, kPage);
        const bool untouched = now == f.stored.mid(offset, kPage);
        QByteArray out;
        const int rc = vfs.read(&out, kPage, offset);
        if (untouched) {
            if (rc != SQLITE_OK || out != f.clear[size_t(page)])
                fuzz::fail("an untouched page changed");
        } else {
            if (rc == SQLITE_OK)
                fuzz::fail("a tampered page was accepted");
            if (out.count('\0') != out.size())
                fuzz::fail("bytes of a refused page were handed out");
        }
        // A part of a page (how SQLite reads the header) follows the same rule.
        QByteArray part;
        const int partRc = vfs.read(&part, 100, offset + 24);
        if (untouched && (partRc != SQLITE_OK || part != f.clear[size_t(page)].mid(24, 100)))
            fuzz::fail("part of an untouched page changed");
        if (!untouched && partRc == SQLITE_OK)
            fuzz::fail("part of a tampered page was accepted");
    }
    return 0;
}
