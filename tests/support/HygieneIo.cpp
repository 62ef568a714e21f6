#include "HygieneIo.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace leadscope::test::HygieneIo {

QByteArray readLine()
{
    QByteArray line;
    line.reserve(1024);
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;
    return line;
}

void say(const char* what)
{
    static_cast<void>(std::printf("%s\n", what));
    static_cast<void>(std::fflush(stdout));
}

bool begin(const QStringList& arguments, const QStringList& options)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
    return arguments.size() == 4 || (arguments.size() == 5 && options.contains(arguments[4]));
}

void quitWhenStdinCloses(QCoreApplication* app)
{
    auto* notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
}

} // namespace leadscope::test::HygieneIo
