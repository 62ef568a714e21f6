#include "OpenApiCheck.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace leadscope::test {

int OpenApiCheck::run(const QString& mode, const QJsonArray& items, QString* output)
{
    const QString source = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
    QTemporaryFile file;
    if (source.isEmpty() || !file.open()) {
        *output = QStringLiteral("LEADSCOPE_SOURCE_DIR is not set, or no temporary file");
        return -1;
    }
    file.write(QJsonDocument(items).toJson());
    file.flush();
    QProcess checker;
    checker.setProcessChannelMode(QProcess::MergedChannels);
    checker.start(QStringLiteral("/usr/bin/python3"), {source + QStringLiteral("/tests/openapi/check-openapi"), mode,
                                                       source + QStringLiteral("/docs/openapi.yaml"), file.fileName()});
    if (!checker.waitForFinished(120'000) || checker.exitStatus() != QProcess::NormalExit) {
        *output = QStringLiteral("check-openapi did not finish: ") + checker.errorString();
        return -1;
    }
    *output = QString::fromUtf8(checker.readAll());
    if (checker.exitCode() != 0) {
        for (const QString& line : output->split(u'\n', Qt::SkipEmptyParts))
            qInfo("check-openapi: %s", qPrintable(line)); // all of it (a failure message is cut short)
    }
    return checker.exitCode();
}

} // namespace leadscope::test
