#include "LogFile.h"

#include "protocol/LogLevel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <mutex>

namespace leadscope::core {

namespace {

struct State
{
    std::mutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
};

State& state()
{
    static State s;
    return s;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    {
        std::lock_guard lock(s.mutex);
        if (s.file.isOpen()) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                                    protocol::LogLevel::name(type) + ' ' +
                                    (context.category ? context.category : "default") + ": " +
                                    message.toUtf8().replace('\n', ' ') + '\n';
            s.file.write(line);
            s.file.flush();
            if (s.file.size() >= LogFile::kMaxBytes) {
                const QString name = s.file.fileName();
                s.file.close();
                LogFile::rotate(name);
                if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

void LogFile::rotate(const QString& file)
{
    QFile::remove(file + QStringLiteral(".%1").arg(kKeep));
    for (int i = kKeep - 1; i >= 1; --i)
        QFile::rename(file + QStringLiteral(".%1").arg(i), file + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(file, file + QStringLiteral(".1"));
}

bool LogFile::install(const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("%1 cannot be created").arg(directory);
        return false;
    }
    State& s = state();
    std::unique_lock lock(s.mutex);
    const QString name = QDir(directory).filePath(QStringLiteral("leadscope.log"));
    if (QFile::exists(name) && QFileInfo(name).size() >= kMaxBytes)
        rotate(name);
    s.file.setFileName(name);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = s.file.errorString();
        return false;
    }
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    lock.unlock();
    s.previous = qInstallMessageHandler(handler);
    return true;
}

QString LogFile::path()
{
    std::lock_guard lock(state().mutex);
    return state().file.isOpen() ? state().file.fileName() : QString();
}

} // namespace leadscope::core
