#include "JsonInbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>

namespace leadscope::test {

QList<QJsonObject> JsonInbox::read(const QString& directory)
{
    QDir dir(directory);
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.section(u'.', 0, 0).toInt() < b.section(u'.', 0, 0).toInt();
    });
    QList<QJsonObject> out;
    for (const QString& name : std::as_const(names)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return out;
}

QList<QJsonObject> JsonInbox::waitFor(const QString& directory, int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QList<QJsonObject> messages = read(directory);
    while (messages.size() < count && !deadline.hasExpired()) {
        QThread::msleep(100);
        messages = read(directory);
    }
    return messages;
}

} // namespace leadscope::test
