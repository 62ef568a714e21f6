#include "server/cli/Command.h"

#include <cstdio>
#include <utility>

namespace leadscope::server {

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

QTextStream& Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Command::usageError(const QString& message)
{
    err() << "leadscope-server: " << message << "\n" << Qt::flush;
    return UsageError;
}

int Command::failure(const QString& message)
{
    err() << "leadscope-server: " << message << "\n" << Qt::flush;
    return Failure;
}

QCommandLineOption Command::databaseOption()
{
    return {QStringLiteral("db"), QStringLiteral("Store: sqlite:PATH or postgres://user@host:port/db"),
            QStringLiteral("url")};
}

std::optional<DatabaseUrl> Command::database(const QCommandLineParser& parser, const QCommandLineOption& option,
                                             int* exitCode)
{
    if (!parser.isSet(option)) {
        *exitCode = usageError(QStringLiteral("--db is required (sqlite:PATH or postgres://user@host:port/dbname)."));
        return std::nullopt;
    }
    QString error;
    auto url = DatabaseUrl::parse(parser.value(option), &error);
    if (!url)
        *exitCode = usageError(error);
    return url;
}

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.setApplicationDescription(QStringLiteral("leadscope-server ") + m_name);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show the options of this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("leadscope-server ") + m_name} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the binary by its path; say the command instead.
        QString text = parser.helpText();
        text = QStringLiteral("Usage: leadscope-server %1 [options]").arg(m_name) + text.mid(text.indexOf(u'\n'));
        out() << text << Qt::flush;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return execute(parser);
}

} // namespace leadscope::server
