#include "Terminal.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace leadscope::app {

namespace {

bool isTerminal(FILE* stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace

QTextStream& Terminal::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& Terminal::err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool Terminal::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isTerminal(stdin);
#endif
}

bool Terminal::stderrIsTerminal()
{
    return isTerminal(stderr);
}

const char* Terminal::clearLineEnd()
{
    return stderrIsTerminal() ? "\x1b[K" : "";
}

QByteArray Terminal::readLine(const QString& prompt, bool secret)
{
    const bool terminal = stdinIsTerminal();
    if (terminal)
        err() << prompt << Qt::flush;
#ifndef Q_OS_WIN
    termios saved{};
    const bool hide = terminal && secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool hide = terminal && secret && GetConsoleMode(input, &saved);
    if (hide)
        SetConsoleMode(input, saved & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
#ifndef Q_OS_WIN
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#else
        SetConsoleMode(input, saved);
#endif
        err() << "\n" << Qt::flush;
    }
    QByteArray bytes(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    while (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

void Terminal::attachParentConsole()
{
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console; borrow the shell's, unless the
    // streams were redirected to files or pipes already.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE* reopened = nullptr;
        if (GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) == FILE_TYPE_UNKNOWN)
            freopen_s(&reopened, "CONOUT$", "w", stdout);
        if (GetFileType(GetStdHandle(STD_ERROR_HANDLE)) == FILE_TYPE_UNKNOWN)
            freopen_s(&reopened, "CONOUT$", "w", stderr);
        if (GetFileType(GetStdHandle(STD_INPUT_HANDLE)) == FILE_TYPE_UNKNOWN)
            freopen_s(&reopened, "CONIN$", "r", stdin);
    }
#endif
}

} // namespace leadscope::app
