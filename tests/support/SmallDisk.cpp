#include "SmallDisk.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace leadscope::test {

SmallDisk::SmallDisk(int megabytes)
    : m_bytes(qint64(megabytes) * 1024 * 1024)
{
    if (geteuid() != 0) {
        m_skipReason = QStringLiteral("Mounting a small file system needs root (CI runs the suites as root).");
        return;
    }
    m_mounted =
        QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=%1m").arg(megabytes), QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    if (!m_mounted)
        m_skipReason = QStringLiteral("This machine does not allow mounting a tmpfs.");
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

bool SmallDisk::fill(qint64 leaveFree)
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(qsizetype(64) * 1024, 'x');
    while (filler.size() < m_bytes - leaveFree && filler.write(block) == block.size()) {
    }
    return true;
}

bool SmallDisk::freeSpace()
{
    return QFile::remove(filePath(QStringLiteral("filler")));
}

} // namespace leadscope::test
