#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace leadscope::test {

// A small file system (tmpfs) for a test that fills a disk up; unmounted when
// destroyed. Mounting needs root (CI runs the suites as root): check
// mounted() and QSKIP with skipReason() otherwise.
class SmallDisk
{
public:
    explicit SmallDisk(int megabytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    QString filePath(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    // Someone else's file takes all but about `leaveFree` bytes.
    bool fill(qint64 leaveFree = 0);
    // The user makes room again.
    bool freeSpace();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
    qint64 m_bytes;
};

} // namespace leadscope::test
