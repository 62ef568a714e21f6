#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace leadscope::fuzz {

// The fuzzer's bytes as Qt sees them from the network or a file.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Invariant broken: report and abort, so libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

// A scratch directory in memory (tmpfs) for targets that need files.
inline QString scratchDirectory()
{
    const QByteArray shm = "/dev/shm";
    return QString::fromLatin1(std::getenv("LEADSCOPE_FUZZ_SCRATCH") ? std::getenv("LEADSCOPE_FUZZ_SCRATCH") : shm);
}

// Replaces a scratch file's contents.
inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write the scratch file", path);
}

} // namespace leadscope::fuzz
