#pragma once

#include <QString>

namespace leadscope::test {

// An SQLite VFS that models a power loss. Installed as the default VFS (so
// the cache's encryption VFS sits on top of it), it passes everything to the
// real VFS and also remembers what the disk can be relied on to hold: a
// file's contents as of its last xSync. Writes and truncations since then are
// "in the page cache" — a power loss keeps a random part of them.
//
// cutPowerAfterWrites(n, database, dir) arms it: on the n-th write from then
// on it stores, in `dir`, the database's files (database, -wal, -journal) as
// they would be found after the power came back, and from then on every
// write and sync fails (the machine is off) until restore().
class LossyVfs
{
public:
    static bool install(QString* error); // once per process, before any cache is opened
    static void cutPowerAfterWrites(int writes, const QString& database, const QString& snapshotDirectory,
                                    unsigned seed);
    static bool powerWasCut();
    static void restore(); // power back: writes work again, nothing armed
    static int writes();   // write calls so far (to pick cut points)
};

} // namespace leadscope::test
