#include "TerminalClient.h"

#include "core/ApiClient.h"
#include "core/CredentialStore.h"
#include "core/ServerProfiles.h"
#include "core/Session.h"
#include "core/admin/AdminClient.h"
#include "core/cache/Cache.h"
#include "core/cache/LocalCache.h"
#include "core/export/LeadExport.h"
#include "core/export/LeadReport.h"
#include "core/query/LeadsQuery.h"
#include "core/query/SavedSegments.h"
#include "core/sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace leadscope::app {

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

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// One line from the terminal (without echo for secrets) or from stdin.
QByteArray readLine(const QString& prompt, bool secret)
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
#ifndef Q_OS_WIN
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << "\n" << Qt::flush;
    }
#else
    if (hide) {
        SetConsoleMode(input, saved);
        err() << "\n" << Qt::flush;
    }
#endif
    QByteArray bytes(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    while (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

struct Context
{
    QSettings settings;
    core::ServerProfiles profiles{settings};
    QNetworkAccessManager network;
    core::CredentialStore keychain;
};

void addProfileOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"), TerminalClient::tr("The server profile (default: the current one)."),
                      TerminalClient::tr("name")});
    parser.addHelpOption();
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exit)
{
    if (!parser.parse(arguments.mid(1))) {
        err() << "leadscope: " << parser.errorText() << "\n" << Qt::flush;
        *exit = TerminalClient::Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the binary by its path; say the command instead.
        QString text = parser.helpText();
        text =
            TerminalClient::tr("Usage: leadscope %1 [options]").arg(arguments.value(1)) + text.mid(text.indexOf(u'\n'));
        out() << text << Qt::flush;
        *exit = TerminalClient::Ok;
        return false;
    }
    return true;
}

std::optional<core::ServerProfile> chosenProfile(Context& context, const QCommandLineParser& parser)
{
    const QString name = parser.value(QStringLiteral("profile"));
    return name.isEmpty() ? context.profiles.current() : context.profiles.find(name);
}

// The client and session for a profile; null (after saying why) when its
// address or CA file cannot be used.
struct Connection
{
    std::unique_ptr<core::ApiClient> client;
    std::unique_ptr<core::Session> session;
};

std::optional<Connection> connectTo(Context& context, const core::ServerProfile& profile)
{
    core::ServerEndpoint endpoint(profile.url, profile.caFile);
    QString error;
    if (!endpoint.load(&error)) {
        err() << "leadscope: " << error << "\n" << Qt::flush;
        return std::nullopt;
    }
    Connection connection;
    connection.client = std::make_unique<core::ApiClient>(&context.network, endpoint);
    connection.session = std::make_unique<core::Session>(connection.client.get(), &context.keychain);
    return connection;
}

// Signs in with the kept refresh token and waits until the rotated one is
// back in the keychain (exiting before that would strand the session).
int resume(core::Session& session, const QString& email, QString* message)
{
    QEventLoop loop;
    int exit = TerminalClient::Ok;
    bool signedIn = false;
    QObject::connect(&session, &core::Session::resumeFailed, &loop, [&](const QString& reason) {
        *message = reason;
        exit = TerminalClient::NotSignedIn;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::signedIn, &loop, [&] { signedIn = true; });
    QObject::connect(&session, &core::Session::refreshTokenKept, &loop, [&] { loop.quit(); });
    QObject::connect(&session, &core::Session::keychainProblem, &loop, [&](const QString& reason) {
        *message = reason;
        exit = TerminalClient::Keychain;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::failed, &loop, [&](const core::ApiFailure& failure) {
        *message = failure.message;
        exit = TerminalClient::Failed;
        loop.quit();
    });
    session.resume(email);
    loop.exec();
    if (exit == TerminalClient::Ok && !signedIn)
        exit = TerminalClient::Failed;
    return exit;
}

// What `sync` and `export` both need: the profile's kept sign-in resumed
// and the cache key from the keychain. Ok, or the exit code (already said why).
struct SignedIn
{
    core::ServerProfile profile;
    Connection connection;
    protocol::SecretBytes key;
};

int openSignedIn(Context& context, const QCommandLineParser& parser, SignedIn* result)
{
    const auto profile = chosenProfile(context, parser);
    if (!profile || profile->lastEmail.isEmpty() || !profile->staySignedIn) {
        err() << "leadscope: " << TerminalClient::tr("Not signed in. Run: leadscope login --server URL --email ADDRESS")
              << "\n"
              << Qt::flush;
        return TerminalClient::NotSignedIn;
    }
    auto connection = connectTo(context, *profile);
    if (!connection)
        return TerminalClient::Usage;
    QString message;
    if (const int resumed = resume(*connection->session, profile->lastEmail, &message); resumed != TerminalClient::Ok) {
        err() << "leadscope: " << message << "\n" << Qt::flush;
        return resumed;
    }
    QEventLoop loop;
    protocol::SecretBytes key;
    core::LocalCache::loadOrCreateKey(&context.keychain, profile->url, profile->lastEmail,
                                      [&](protocol::SecretBytes loaded, const QString& problem) {
                                          key = std::move(loaded);
                                          message = problem;
                                          loop.quit();
                                      });
    loop.exec();
    if (key.isEmpty()) {
        err() << "leadscope: " << message << "\n" << Qt::flush;
        return TerminalClient::Keychain;
    }
    result->profile = *profile;
    result->connection = std::move(*connection);
    result->key = std::move(key);
    return TerminalClient::Ok;
}

} // namespace

bool TerminalClient::handles(const QStringList& arguments)
{
    static const QStringList commands{QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("sync"),
                                      QStringLiteral("status"), QStringLiteral("export")};
    return arguments.size() > 1 && commands.contains(arguments[1]);
}

int TerminalClient::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("login"))
        return login(arguments);
    if (command == QLatin1String("logout"))
        return logout(arguments);
    if (command == QLatin1String("sync"))
        return sync(arguments);
    if (command == QLatin1String("export"))
        return exportLeads(arguments);
    return status(arguments);
}

int TerminalClient::login(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs in and keeps the sign-in in the OS keychain. Asks for the password and the code from your "
           "authenticator app (one line each from stdin when it is not a terminal)."));
    parser.addOption({QStringLiteral("server"), tr("The server, e.g. https://leadscope.example.com."), tr("url")});
    parser.addOption({QStringLiteral("ca"), tr("Trust this certificate authority (PEM) for the server."), tr("file")});
    parser.addOption({QStringLiteral("email"), tr("Your e-mail address."), tr("address")});
    addProfileOption(parser);
    int exit = Ok;
    if (!parse(parser, arguments, &exit))
        return exit;
    Context context;
    std::optional<core::ServerProfile> profile = chosenProfile(context, parser);
    if (parser.isSet(QStringLiteral("server"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        const QString name = parser.value(QStringLiteral("profile")).isEmpty()
                                 ? core::ServerProfiles::nameFor(url)
                                 : parser.value(QStringLiteral("profile"));
        core::ServerProfile updated = context.profiles.find(name).value_or(core::ServerProfile{});
        updated.name = name;
        updated.url = url;
        updated.caFile = parser.value(QStringLiteral("ca"));
        QString error;
        if (!context.profiles.save(updated, &error, name)) {
            err() << "leadscope: " << error << "\n" << Qt::flush;
            return Usage;
        }
        profile = updated;
    }
    if (!profile) {
        err() << "leadscope: " << tr("Name the server with --server (and --ca for a private certificate authority).")
              << "\n"
              << Qt::flush;
        return Usage;
    }
    const QString email =
        parser.isSet(QStringLiteral("email")) ? parser.value(QStringLiteral("email")).trimmed() : profile->lastEmail;
    if (email.isEmpty()) {
        err() << "leadscope: " << tr("Give your e-mail address with --email.") << "\n" << Qt::flush;
        return Usage;
    }
    context.profiles.setCurrent(profile->name);

    auto connection = connectTo(context, *profile);
    if (!connection)
        return Usage;
    core::Session& session = *connection->session;
    QEventLoop loop;
    QString message;
    bool kept = false;
    bool signedIn = false;
    const auto askCode = [&] {
        session.submitCode(QString::fromLatin1(readLine(tr("Code from your authenticator app: "), false)));
    };
    QObject::connect(&session, &core::Session::enrolmentRequired, &loop,
                     [&](const QString& secret, const QString& uri) {
                         err() << tr("Two-factor authentication is not set up yet. Add this key to your "
                                     "authenticator app: %1\n(or open %2)\n")
                                      .arg(secret, uri)
                               << Qt::flush;
                         askCode();
                     });
    QObject::connect(&session, &core::Session::codeRequired, &loop, askCode);
    QObject::connect(&session, &core::Session::signedIn, &loop, [&] { signedIn = true; });
    QObject::connect(&session, &core::Session::refreshTokenKept, &loop, [&] {
        kept = true;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::keychainProblem, &loop, [&](const QString& reason) {
        message = reason;
        exit = Keychain;
        loop.quit();
    });
    QObject::connect(&session, &core::Session::failed, &loop, [&](const core::ApiFailure& failure) {
        message = failure.message;
        exit = Failed;
        loop.quit();
    });
    protocol::SecretBytes password(readLine(tr("Password for %1: ").arg(email), true));
    session.signIn(email, std::move(password), true);
    loop.exec();
    if (!signedIn || !kept) {
        err() << "leadscope: " << (message.isEmpty() ? tr("Signing in failed.") : message) << "\n" << Qt::flush;
        return exit == Ok ? Failed : exit;
    }
    context.profiles.remember(profile->name, email, true);
    out() << tr("Signed in to %1 as %2 (%3). The sign-in is kept in the keychain.")
                 .arg(core::ServerProfiles::nameFor(profile->url), session.user().email, session.user().role)
          << "\n"
          << Qt::flush;
    return Ok;
}

int TerminalClient::logout(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs out: ends the session on the server, forgets the kept sign-in and deletes the local copy of "
           "your data and its key."));
    addProfileOption(parser);
    int exit = Ok;
    if (!parse(parser, arguments, &exit))
        return exit;
    Context context;
    const auto profile = chosenProfile(context, parser);
    if (!profile || profile->lastEmail.isEmpty()) {
        err() << "leadscope: " << tr("Not signed in.") << "\n" << Qt::flush;
        return NotSignedIn;
    }
    auto connection = connectTo(context, *profile);
    if (!connection)
        return Usage;
    core::Session& session = *connection->session;
    QString message;
    QEventLoop loop;
    if (resume(session, profile->lastEmail, &message) == Ok) {
        QObject::connect(&session, &core::Session::signedOut, &loop, &QEventLoop::quit);
        session.signOut(); // revokes on the server, removes the kept token
        loop.exec();
    } else {
        // Offline or already ended: forget the kept token anyway.
        context.keychain.remove(
            core::CredentialStore::keyFor(profile->url, profile->lastEmail.toLower(), QStringLiteral("refresh-token")),
            [&](core::CredentialResult) { loop.quit(); });
        loop.exec();
    }
    QString shredError;
    core::LocalCache::destroy(&context.keychain, profile->url, profile->lastEmail, [&](const QString& problem) {
        shredError = problem;
        loop.quit();
    });
    loop.exec();
    context.profiles.remember(profile->name, profile->lastEmail, false);
    if (!shredError.isEmpty()) {
        err() << "leadscope: " << shredError << "\n" << Qt::flush;
        return Keychain;
    }
    out() << tr("Signed out. The local copy of your data and its key are deleted.") << "\n" << Qt::flush;
    return Ok;
}

int TerminalClient::sync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Brings the local copy of your organisation's data up to date. Progress "
                                        "goes to stderr, a one-line summary to stdout."));
    parser.addOption({QStringLiteral("page-size"), tr("Changes per request (1–10000, default 2000)."), tr("n")});
    addProfileOption(parser);
    int exit = Ok;
    if (!parse(parser, arguments, &exit))
        return exit;
    int pageSize = 2000;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 10'000) {
            err() << "leadscope: " << tr("--page-size takes 1 to 10000.") << "\n" << Qt::flush;
            return Usage;
        }
    }
    Context context;
    SignedIn signedIn;
    if (const int opened = openSignedIn(context, parser, &signedIn); opened != Ok)
        return opened;
    const auto& profile = signedIn.profile;
    core::Session& session = *signedIn.connection.session;
    protocol::SecretBytes key = std::move(signedIn.key);
    QEventLoop loop;
    core::SyncEngine engine(&session, core::LocalCache::pathFor(profile.url, profile.lastEmail), std::move(key));
    engine.setPageLimit(pageSize);
    core::SyncEngine::Result result;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(
        &engine, &core::SyncEngine::progress, &loop, [&elapsed](int pages, qint64 changes, qint64 remaining) {
            QString line = tr("Syncing… %1 changes in %2 pages").arg(changes).arg(pages);
            if (remaining > 0 && changes > 0) {
                // At the rate so far.
                const qint64 seconds = qint64(double(remaining) * double(elapsed.elapsed()) / double(changes) / 1000.0);
                line += tr(", about %1 to go (%2 s)").arg(remaining).arg(seconds);
            }
            err() << "\r" << line << (isatty(STDERR_FILENO) ? "\x1b[K" : "") << Qt::flush; // clear the rest of the line
        });
    QObject::connect(&engine, &core::SyncEngine::finished, &loop, [&](const core::SyncEngine::Result& finished) {
        result = finished;
        loop.quit();
    });
    engine.start();
    loop.exec();
    err() << "\n" << Qt::flush;
    switch (result.outcome) {
    case core::SyncEngine::Outcome::Done:
        out() << tr("Synced %1 changes in %2 pages: %3 new companies, %4 companies with new visits.")
                     .arg(result.changes)
                     .arg(result.pages)
                     .arg(result.newCompanies.size())
                     .arg(result.companiesWithVisits.size())
              << (result.fullResync ? QStringLiteral(" ") + tr("(a full resync)") : QString()) << "\n"
              << Qt::flush;
        return Ok;
    case core::SyncEngine::Outcome::DpaRequired:
        err() << "leadscope: " << result.message << "\n" << Qt::flush;
        return DpaRequired;
    case core::SyncEngine::Outcome::Cancelled:
    case core::SyncEngine::Outcome::Failed:
        break;
    }
    err() << "leadscope: " << result.message << "\n" << Qt::flush;
    return Failed;
}

int TerminalClient::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the signed-in account, the server, the last sync and the size of "
                                        "the local copy."));
    addProfileOption(parser);
    int exit = Ok;
    if (!parse(parser, arguments, &exit))
        return exit;
    Context context;
    const auto profile = chosenProfile(context, parser);
    if (!profile) {
        out() << tr("No server yet. Run: leadscope login --server URL --email ADDRESS") << "\n" << Qt::flush;
        return NotSignedIn;
    }
    out() << tr("Server:     %1 (%2)").arg(profile->name, profile->url.toString()) << "\n";
    if (profile->lastEmail.isEmpty() || !profile->staySignedIn) {
        out() << tr("Account:    not signed in") << "\n" << Qt::flush;
        return NotSignedIn;
    }
    out() << tr("Account:    %1").arg(profile->lastEmail) << "\n";
    const QString path = core::LocalCache::pathFor(profile->url, profile->lastEmail);
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QEventLoop loop;
    core::CredentialResult keyResult;
    context.keychain.read(core::LocalCache::keychainKeyFor(profile->url, profile->lastEmail),
                          [&](core::CredentialResult result) {
                              keyResult = std::move(result);
                              loop.quit();
                          });
    loop.exec();
    if (!QFileInfo::exists(path) || !keyResult.ok()) {
        out() << tr("Last sync:  never") << "\n" << Qt::flush;
        return keyResult.ok() || keyResult.error == core::CredentialError::NotFound ? Ok : Keychain;
    }
    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(path, keyResult.secret.bytes(), &opened);
    if (!cache) {
        out() << tr("Local copy: %1").arg(opened.message) << "\n" << Qt::flush;
        return Failed;
    }
    const qint64 last = cache->meta(QStringLiteral("sync.last")).toLongLong();
    const QLocale locale;
    if (last > 0) {
        const qint64 minutes = (QDateTime::currentMSecsSinceEpoch() - last) / 60'000;
        out() << tr("Last sync:  %1 (%2 minutes ago)")
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(last), QLocale::ShortFormat))
                     .arg(minutes)
              << "\n";
    } else {
        out() << tr("Last sync:  never") << "\n";
    }
    QString error;
    core::SqliteStatement counts = cache->db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM companies), (SELECT count(*) FROM visits)"), &error);
    if (counts.isValid() && counts.next())
        out() << tr("Local copy: %1 companies, %2 visits, %3 (encrypted)")
                     .arg(counts.int64(0))
                     .arg(counts.int64(1))
                     .arg(locale.formattedDataSize(bytes))
              << "\n";
    out() << Qt::flush;
    return Ok;
}

int TerminalClient::exportLeads(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a lead list from the local copy (run `leadscope sync` first for the newest data): the companies "
           "of a saved segment or a filter, newest visit first. Needs the manager or admin role; the server records "
           "every export. Only company data and your team's notes go into the file."));
    parser.addOption(
        {QStringLiteral("format"),
         tr("csv, xlsx (Excel) or pdf (a report: at most %1 companies).").arg(core::LeadReport::kMaxCompanies),
         tr("format")});
    parser.addOption({QStringLiteral("segment"), tr("A saved segment, by name."), tr("name")});
    parser.addOption(
        {QStringLiteral("filter"), tr("A filter as JSON, e.g. {\"city\":\"Utrecht\",\"min_visits\":2}."), tr("json")});
    parser.addOption({QStringLiteral("columns"), tr("Comma-separated: %1 (default: all).").arg([] {
                          QStringList keys;
                          for (const core::LeadExport::Column column : core::LeadExport::allColumns())
                              keys << core::LeadExport::key(column);
                          return keys.join(QStringLiteral(", "));
                      }()),
                      tr("list")});
    parser.addOption(
        {QStringLiteral("delimiter"), tr("The field separator (default: the locale's, , or ;)."), tr("character")});
    parser.addOption({QStringLiteral("bom"), tr("Start the file with a UTF-8 byte-order mark (for Excel).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("file")});
    addProfileOption(parser);
    int exit = Ok;
    if (!parse(parser, arguments, &exit))
        return exit;
    const auto usage = [](const QString& message) {
        err() << "leadscope: " << message << "\n" << Qt::flush;
        return Usage;
    };
    const QString format = parser.value(QStringLiteral("format"));
    const auto kind = core::LeadExport::formatFromKey(format);
    if (!kind)
        return usage(tr("--format is csv, xlsx or pdf."));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(tr("Say where to write the list: -o FILE."));
    if (parser.isSet(QStringLiteral("segment")) && parser.isSet(QStringLiteral("filter")))
        return usage(tr("Use --segment or --filter, not both."));
    QList<core::LeadExport::Column> columns = core::LeadExport::allColumns();
    if (parser.isSet(QStringLiteral("columns"))) {
        columns.clear();
        for (const QString& key : parser.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts)) {
            const auto column = core::LeadExport::fromKey(key);
            if (!column)
                return usage(tr("There is no column “%1”.").arg(key.trimmed()));
            columns << *column;
        }
        if (columns.isEmpty())
            return usage(tr("--columns needs at least one column."));
    }
    core::CsvWriter::Options options{core::CsvWriter::localeDelimiter(), parser.isSet(QStringLiteral("bom"))};
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter.size() != 1 || delimiter == QLatin1String("\"") || delimiter == QLatin1String("\n"))
            return usage(tr("--delimiter is one character, not a quote or a line break."));
        options.delimiter = delimiter.front();
    }

    Context context;
    core::LeadsQuery::Filter filter;
    QString segmentName;
    if (parser.isSet(QStringLiteral("filter"))) {
        const QByteArray json = parser.value(QStringLiteral("filter")).toUtf8();
        QJsonParseError parsed;
        if (!QJsonDocument::fromJson(json, &parsed).isObject())
            return usage(tr("--filter is not a JSON object: %1").arg(parsed.errorString()));
        filter = core::LeadsQuery::Filter::fromJson(json);
        segmentName = tr("filter %1").arg(QString::fromUtf8(filter.toJson()));
    }
    SignedIn signedIn;
    if (const int opened = openSignedIn(context, parser, &signedIn); opened != Ok)
        return opened;
    if (parser.isSet(QStringLiteral("segment"))) {
        segmentName = parser.value(QStringLiteral("segment"));
        bool found = false;
        for (const core::SavedSegments::Segment& segment : core::SavedSegments(signedIn.profile.name).all()) {
            if (segment.name.compare(segmentName, Qt::CaseInsensitive) == 0) {
                filter = segment.filter;
                found = true;
            }
        }
        if (!found)
            return usage(tr("There is no saved segment called “%1”.").arg(segmentName));
    }
    if (segmentName.isEmpty())
        segmentName = tr("all leads");

    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(core::LocalCache::pathFor(signedIn.profile.url, signedIn.profile.lastEmail),
                                   signedIn.key.bytes(), &opened);
    signedIn.key.clear();
    if (!cache) {
        err() << "leadscope: " << opened.message << "\n" << Qt::flush;
        return Failed;
    }
    qint64 rows = 0;
    QString error;
    if (!core::LeadsQuery(*cache).count(filter, &rows, &error)) {
        err() << "leadscope: " << error << "\n" << Qt::flush;
        return Failed;
    }
    if (!core::LeadExport::fits(*kind, rows, &error)) {
        err() << "leadscope: " << error << "\n" << Qt::flush;
        return Usage;
    }

    // The server decides who may export, and records it, before anything is written.
    QEventLoop loop;
    core::ApiFailure refused;
    core::AdminClient(signedIn.connection.session.get())
        .requestExportGrant(&loop, format, segmentName, rows, [&](const core::ApiFailure& failure) {
            refused = failure;
            loop.quit();
        });
    loop.exec();
    if (refused.isError()) {
        err() << "leadscope: " << refused.message << "\n" << Qt::flush;
        return refused.httpStatus == 403 ? NotAllowed : refused.httpStatus == 451 ? DpaRequired : Failed;
    }

    bool cancelled = false;
    const auto progress = [](qint64 written, qint64 total) {
        err() << "\r" << tr("Writing… %1 of %2 companies").arg(written).arg(total)
              << (isatty(STDERR_FILENO) ? "\x1b[K" : "") << Qt::flush;
        return true;
    };
    core::LeadExport::Request request;
    request.format = *kind;
    request.filter = filter;
    request.columns = columns;
    request.csv = options;
    request.report.scope = segmentName;
    request.report.generatedBy = signedIn.profile.lastEmail;
    const bool written = core::LeadExport::write(*cache, request, output, progress, &cancelled, &error);
    if (!written) {
        err() << "\nleadscope: " << error << "\n" << Qt::flush;
        return Failed;
    }
    err() << "\n" << Qt::flush;
    out() << tr("Wrote %1 companies to %2.").arg(rows).arg(output) << "\n" << Qt::flush;
    return Ok;
}

} // namespace leadscope::app
