#include "CommandLine.h"

#include "CertificateFactory.h"
#include "Server.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace leadscope::server {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

constexpr auto kUsage = R"(Usage: leadscope-server COMMAND [options]

Commands:
  serve   Serve the Leadscope API over HTTPS
  certs   Create a private CA and a server certificate (demo, tests, self-hosting)

Run "leadscope-server COMMAND --help" for the options of one command.
Exit codes: 0 success, 1 failure (reason on stderr), 2 wrong command line.
)";

int usageError(const QString& message)
{
    err() << "leadscope-server: " << message << "\n" << Qt::flush;
    return CommandLine::UsageError;
}

// Parses; on --help prints and returns Success through *exitCode.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int* exitCode)
{
    parser.setApplicationDescription(QStringLiteral("leadscope-server ") + command);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show the options of this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("leadscope-server ") + command} + arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = CommandLine::Success;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

bool parseListen(const QString& text, ServeOptions* options, QString* error)
{
    const int colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        *error =
            QStringLiteral("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443 or [::1]:8443 (port 0: any free port)");
        return false;
    }
    options->address = address;
    options->port = static_cast<quint16>(port);
    return true;
}

int serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Store: sqlite:PATH or postgres://user@host:port/db"),
                                QStringLiteral("url"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (default 127.0.0.1:8443)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."),
                                 QStringLiteral("file"));
    const QCommandLineOption proxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Reverse proxy whose X-Forwarded-For is believed (CIDR; repeatable)."), QStringLiteral("cidr"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Seconds after which a connection without progress is closed."),
                                  QStringLiteral("seconds"), QStringLiteral("30"));
    parser.addOptions({db, listen, cert, key, proxy, idle});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("serve"), arguments, &exitCode))
        return exitCode;

    ServeOptions options;
    QString error;
    if (!parser.isSet(cert) || !parser.isSet(key))
        return usageError(QStringLiteral("--tls-cert and --tls-key are required: leadscope-server only serves HTTPS "
                                         "(see \"leadscope-server certs\" to make a private CA)."));
    if (!parser.isSet(db))
        return usageError(QStringLiteral("--db is required (sqlite:PATH or postgres://user@host:port/dbname)."));
    const auto database = DatabaseUrl::parse(parser.value(db), &error);
    if (!database)
        return usageError(error);
    if (!parseListen(parser.value(listen), &options, &error))
        return usageError(error);
    bool idleOk = false;
    const int idleSeconds = parser.value(idle).toInt(&idleOk);
    if (!idleOk || idleSeconds < 1 || idleSeconds > 3600)
        return usageError(QStringLiteral("--idle-timeout takes 1 to 3600 seconds."));
    options.idleTimeoutMs = idleSeconds * 1000;
    options.database = *database;
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    options.trustedProxies = parser.values(proxy);

    // Before "listening" is printed: a supervisor may signal as soon as it reads it.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });
    Server server;
    if (!server.start(options, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options.address.toString() + u']'
                             : options.address.toString();
    // Scripts and tests read this line to find the port when --listen used 0.
    out() << "leadscope-server: listening on https://" << host << ':' << server.port() << " (store "
          << options.database.kindName() << ")\n"
          << Qt::flush;
    const int result = QCoreApplication::exec();
    out() << "leadscope-server: stopped\n" << Qt::flush;
    return result;
}

int certs(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dir(QStringLiteral("out"), QStringLiteral("Directory for ca.pem, server.pem, server.key."),
                                 QStringLiteral("dir"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Host name or IP address the certificate is for (repeatable; "
                                                 "default localhost, 127.0.0.1 and ::1)."),
                                  QStringLiteral("name"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Validity in days (default 397)."),
                                  QStringLiteral("days"), QStringLiteral("397"));
    parser.addOptions({dir, host, days});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("certs"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(dir))
        return usageError(QStringLiteral("--out is required."));
    bool daysOk = false;
    const int validDays = parser.value(days).toInt(&daysOk);
    if (!daysOk || validDays < 1 || validDays > 3650)
        return usageError(QStringLiteral("--days takes 1 to 3650."));
    QStringList hosts = parser.values(host);
    if (hosts.isEmpty())
        hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    CertificateFactory::Files files;
    QString error;
    if (!CertificateFactory::create(parser.value(dir), hosts, validDays, &files, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    out() << files.caCertificate << "\n" << files.serverCertificate << "\n" << files.serverKey << "\n" << Qt::flush;
    return CommandLine::Success;
}

} // namespace

int CommandLine::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << QString::fromLatin1(kUsage) << Qt::flush;
        return command.isEmpty() ? UsageError : Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "leadscope-server " << LEADSCOPE_VERSION << "\n" << Qt::flush;
        return Success;
    }
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("certs"))
        return certs(rest);
    return usageError(QStringLiteral("unknown command \"%1\"; run leadscope-server --help").arg(command));
}

} // namespace leadscope::server
