#pragma once

#include "server/store/DatabaseUrl.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace leadscope::server {

// One `leadscope-server` command: its name ("org add"), the line the usage
// text shows for it, its own options, and what it does. run() parses the
// arguments the same way for every command: --help prints the command's
// options, a wrong option or a stray argument is a usage error (exit 2).
class Command
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,   // the work failed; the reason is on stderr
        UsageError = 2 // the command line was wrong
    };

    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    // One or more lines for the usage text (continuation lines without indentation).
    const QString& summary() const { return m_summary; }

    // The arguments after the command's name; returns the process exit code.
    int run(const QStringList& arguments);

    static QTextStream& out();
    static QTextStream& err();
    // Prints "leadscope-server: MESSAGE" on stderr and returns UsageError.
    static int usageError(const QString& message);
    // Prints "leadscope-server: MESSAGE" on stderr and returns Failure.
    static int failure(const QString& message);

protected:
    Command(QString name, QString summary);

    // --db, as every command that reaches the store takes it.
    static QCommandLineOption databaseOption();
    // The store --db names; nullopt (the message printed, the exit code in *exitCode) when missing or invalid.
    static std::optional<DatabaseUrl> database(const QCommandLineParser& parser, const QCommandLineOption& option,
                                               int* exitCode);

    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;

private:
    const QString m_name;
    const QString m_summary;
};

} // namespace leadscope::server
