#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace leadscope::test {

// Starts and stops a local stand-in server from scripts/lib (the SMTP relay,
// the webhook receiver): Debian's python3 runs the script, which prints
// "listening on 127.0.0.1:PORT" when it is ready.
class LocalStandIn
{
public:
    // `script` is relative to the source tree; `what` names it in the error.
    static bool start(QProcess* process, const QString& script, const QStringList& arguments, const QString& what,
                      quint16* port, QString* error);
    static void stop(QProcess* process);
};

} // namespace leadscope::test
