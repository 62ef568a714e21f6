#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadscope::test {

// A folder a local stand-in server (the SMTP relay, the webhook receiver)
// writes what it received to, one <n>.json per message: read back in order.
class JsonInbox
{
public:
    // The messages so far, oldest (lowest n) first.
    static QList<QJsonObject> read(const QString& directory);
    // Waits until at least `count` messages arrived (or the timeout passed).
    static QList<QJsonObject> waitFor(const QString& directory, int count, int timeoutMs);
};

} // namespace leadscope::test
