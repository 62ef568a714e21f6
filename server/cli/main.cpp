#include "server/base/Logging.h"
#include "server/cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    leadscope::server::silenceQtHttpServerLogging(); // in every mode, before any category exists
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadscope-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSCOPE_VERSION));
    leadscope::server::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
