#include "server/cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadscope-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSCOPE_VERSION));
    leadscope::server::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
