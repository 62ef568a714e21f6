#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace leadscope::app {

// The terminal the command-line client talks to, the same on every platform:
// stdout and stderr streams, whether a stream is a terminal, a line typed
// without echo, and (Windows, where the client is a GUI program) the console
// of the shell that started it.
class Terminal
{
public:
    static QTextStream& out();
    static QTextStream& err();
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    // "\x1b[K" (clear to the end of the line) on a terminal, nothing otherwise.
    static const char* clearLineEnd();
    // One line from the terminal (without echo for secrets) or from stdin; the
    // caller owns (and wipes) the bytes.
    static QByteArray readLine(const QString& prompt, bool secret);
    // Windows: attaches to the console of the parent shell so the terminal
    // commands' output is seen there. Elsewhere nothing to do.
    static void attachParentConsole();
};

} // namespace leadscope::app
