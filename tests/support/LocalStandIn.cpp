#include "LocalStandIn.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStandardPaths>

namespace leadscope::test {

bool LocalStandIn::start(QProcess* process, const QString& script, const QStringList& arguments, const QString& what,
                         quint16* port, QString* error)
{
    // Debian's python3 (the one with python3-aiosmtpd) before any other on the path.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(python, QStringList{qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") + u'/' + script} + arguments);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(200);
        output += process->readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            *port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
    }
    *error = QStringLiteral("%1 did not start: %2").arg(what, QString::fromUtf8(output));
    return false;
}

void LocalStandIn::stop(QProcess* process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(10'000)) {
        process->kill();
        process->waitForFinished(5'000);
    }
}

} // namespace leadscope::test
