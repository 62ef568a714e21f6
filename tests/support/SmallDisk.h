#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace leadscope::test {

// A small file system (tmpfs) for a test that fills a disk up; unmounted when
// destroyed. Mounting needs root (CI runs the suites as root): a test starts
// with LEADSCOPE_REQUIRE_SMALL_DISK(disk).
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

// Where the machine cannot mount one, the test is skipped — visibly: CTest
// reports its suite as "Skipped", not "Passed" (SKIP_REGULAR_EXPRESSION in
// tests/CMakeLists.txt). Where skips are not allowed (LEADSCOPE_NO_SKIPS=1,
// which scripts/test sets when it runs as root, as CI does) it fails instead.
#define LEADSCOPE_REQUIRE_SMALL_DISK(disk)                                                                             \
    do {                                                                                                               \
        if (!(disk).mounted()) {                                                                                       \
            if (qEnvironmentVariableIsSet("LEADSCOPE_NO_SKIPS"))                                                       \
                QFAIL(qPrintable(QStringLiteral("Not skipped here (LEADSCOPE_NO_SKIPS): ") + (disk).skipReason()));    \
            QSKIP(qPrintable((disk).skipReason()));                                                                    \
        }                                                                                                              \
    } while (false)
