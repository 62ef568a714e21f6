#include "server/cli/CommandLine.h"

#include "server/base/Logging.h"

#include "server/base/Clock.h"
#include "server/cli/demo/DemoRegistry.h"
#include "server/cli/demo/DemoTraffic.h"
#include "server/domain/Accounts.h"
#include "server/domain/PasswordHasher.h"
#include "server/domain/Retention.h"
#include "server/domain/SignIns.h"
#include "server/http/CertificateFactory.h"
#include "server/runtime/Server.h"
#include "server/runtime/SignalWatcher.h"
#include "server/store/Backups.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"

#include "protocol/Base32.h"
#include "protocol/Crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

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
  init       Create or migrate the store's schema (idempotent)
  org add    Add an organisation with its websites; prints its id, then "SITE_ID DOMAIN" lines
  user add   Add a user to an organisation; prints its id (and a one-time password)
  import     Import the company register and its IP ranges (all or nothing)
  backup     Take a consistent backup of the store (SQLite: VACUUM INTO; PostgreSQL: pg_dump)
  restore    Restore a backup; deletions made since it was taken are applied again
  purge      Delete visits past each organisation's retention and backups older than 30 days
  serve      Serve the Leadscope API over HTTPS
  certs      Create a private CA and a server certificate (demo, tests, self-hosting)
  demo       Build a demo: CA + certificate, organisation "Demo B.V.", three users with 2FA,
             a synthetic company register, and realistic traffic sent through /collect

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
        // Qt's first line names the binary by its path; say the command instead.
        QString text = parser.helpText();
        text = QStringLiteral("Usage: leadscope-server %1 [options]").arg(command) + text.mid(text.indexOf(u'\n'));
        out() << text << Qt::flush;
        *exitCode = CommandLine::Success;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

// --listen / --admin-listen: ADDRESS:PORT.
bool parseListen(const QString& text, QHostAddress* addressOut, quint16* portOut, QString* error)
{
    const int colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        *error = QStringLiteral("\"%1\" is not ADDRESS:PORT, e.g. 127.0.0.1:8443 or [::1]:8443 (port 0: any free port)")
                     .arg(text);
        return false;
    }
    *addressOut = address;
    *portOut = static_cast<quint16>(port);
    return true;
}

QString hostText(const QHostAddress& address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
}

// --db for the store commands: parsed, opened, and (unless `creating`) on the current schema.
std::unique_ptr<Store> openStore(const QCommandLineParser& parser, const QCommandLineOption& db, bool creating,
                                 int* exitCode)
{
    QString error;
    if (!parser.isSet(db)) {
        *exitCode = usageError(QStringLiteral("--db is required (sqlite:PATH or postgres://user@host:port/dbname)."));
        return nullptr;
    }
    const auto url = DatabaseUrl::parse(parser.value(db), &error);
    if (!url) {
        *exitCode = usageError(error);
        return nullptr;
    }
    auto store = std::make_unique<Store>(*url);
    if (!store->open(&error) || (creating ? !store->migrate(&error) : !store->checkSchema(&error))) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        *exitCode = CommandLine::Failure;
        return nullptr;
    }
    return store;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Store: sqlite:PATH or postgres://user@host:port/db"),
                              QStringLiteral("url"));
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
    const QCommandLineOption dpaDir(
        QStringLiteral("dpa-dir"),
        QStringLiteral("Directory of DPA texts (dpa-VERSION.md); default: the built-in ones."), QStringLiteral("dir"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Request worker threads (default 32)."),
                                     QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption siteRate(QStringLiteral("site-rate"),
                                      QStringLiteral("Tracking hits per second each website may send (default 1000)."),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"),
                                       QStringLiteral("Where backups are kept; the daily purge deletes those older "
                                                      "than 30 days."),
                                       QStringLiteral("dir"));
    const QCommandLineOption adminListen(
        QStringLiteral("admin-listen"),
        QStringLiteral("Address and port of the admin listener that serves GET /metrics over HTTPS (default "
                       "127.0.0.1:0, any free port on loopback)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    parser.addOptions({db, listen, cert, key, proxy, idle, dpaDir, workers, siteRate, backupDir, adminListen});
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
    if (!parseListen(parser.value(listen), &options.address, &options.port, &error))
        return usageError(error);
    if (!parseListen(parser.value(adminListen), &options.adminAddress, &options.adminPort, &error))
        return usageError(error);
    bool idleOk = false;
    const int idleSeconds = parser.value(idle).toInt(&idleOk);
    if (!idleOk || idleSeconds < 1 || idleSeconds > 3600)
        return usageError(QStringLiteral("--idle-timeout takes 1 to 3600 seconds."));
    options.idleTimeoutMs = idleSeconds * 1000;
    bool workersOk = false;
    options.workers = parser.value(workers).toInt(&workersOk);
    if (!workersOk || options.workers < 1 || options.workers > 64)
        return usageError(QStringLiteral("--workers takes 1 to 64."));
    options.dpaDirectory = parser.value(dpaDir);
    options.backupDirectory = parser.value(backupDir);
    bool rateOk = false;
    options.siteHitsPerSecond = parser.value(siteRate).toInt(&rateOk);
    if (!rateOk || options.siteHitsPerSecond < 1 || options.siteHitsPerSecond > 1'000'000)
        return usageError(QStringLiteral("--site-rate takes 1 to 1000000."));
    options.database = *database;
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    options.trustedProxies = parser.values(proxy);

    installJsonLogHandler();
    // Before "listening" is printed: a supervisor may signal as soon as it reads it.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });
    Server server;
    if (!server.start(options, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    const QString host = hostText(options.address);
    // Scripts and tests read this line to find the port when --listen used 0.
    out() << "leadscope-server: listening on https://" << host << ':' << server.port() << " (store "
          << options.database.kindName() << ")\n"
          << "leadscope-server: metrics on https://" << hostText(options.adminAddress) << ':' << server.adminPort()
          << "/metrics\n"
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

int init(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("init"), arguments, &exitCode))
        return exitCode;
    const auto store = openStore(parser, db, true, &exitCode);
    if (!store)
        return exitCode;
    out() << "leadscope-server: store " << store->url().redacted() << " is on schema " << Store::kSchemaVersion << "\n"
          << Qt::flush;
    return CommandLine::Success;
}

int orgAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The organisation's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("A website domain (repeatable)."),
                                    QStringLiteral("domain"));
    parser.addOptions({db, name, domain});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("org add"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(name) || !parser.isSet(domain))
        return usageError(QStringLiteral("org add needs --name and at least one --domain."));
    const auto store = openStore(parser, db, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    Accounts accounts(*store, clock);
    Accounts::Organisation org;
    const Accounts::Result result = accounts.addOrganisation(parser.value(name), parser.values(domain), &org);
    if (!result.ok()) {
        err() << "leadscope-server: " << result.message << "\n" << Qt::flush;
        return result.failure == Accounts::Failure::Invalid ? CommandLine::UsageError : CommandLine::Failure;
    }
    out() << org.id << "\n";
    for (const Accounts::Site& site : org.sites)
        out() << site.id << ' ' << site.domain << "\n";
    out() << Qt::flush;
    return CommandLine::Success;
}

int userAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("The organisation's id."), QStringLiteral("id"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("The user's e-mail address."),
                                   QStringLiteral("email"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin, manager or sales."),
                                  QStringLiteral("role"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of stdin; without "
                                                          "it a one-time password is generated and printed once."));
    parser.addOptions({db, org, email, role, passwordStdin});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("user add"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(org) || !parser.isSet(email) || !parser.isSet(role))
        return usageError(QStringLiteral("user add needs --org, --email and --role."));
    const auto userRole = protocol::roleFromName(parser.value(role));
    if (!userRole)
        return usageError(QStringLiteral("--role must be admin, manager or sales."));
    QByteArray password;
    const bool generated = !parser.isSet(passwordStdin);
    if (generated) {
        password = PasswordHasher::generatePassword();
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read stdin"));
        password = input.readLine(4096);
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        if (password.size() < 12) {
            protocol::Crypto::wipe(password);
            return usageError(QStringLiteral("the password must have at least 12 characters."));
        }
    }
    const auto store = openStore(parser, db, false, &exitCode);
    if (!store) {
        protocol::Crypto::wipe(password);
        return exitCode;
    }
    Clock clock;
    Accounts accounts(*store, clock);
    Accounts::User user;
    const Accounts::Result result =
        accounts.addUser(parser.value(org), parser.value(email), *userRole, PasswordHasher::hash(password), &user);
    if (!result.ok()) {
        protocol::Crypto::wipe(password);
        err() << "leadscope-server: " << result.message << "\n" << Qt::flush;
        return result.failure == Accounts::Failure::Invalid ? CommandLine::UsageError : CommandLine::Failure;
    }
    out() << user.id << "\n";
    if (generated)
        out() << QString::fromLatin1(password) << "\n";
    out() << Qt::flush;
    protocol::Crypto::wipe(password);
    return CommandLine::Success;
}

int import(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption companies(
        QStringLiteral("companies"),
        QStringLiteral("Company register CSV (header: %1).").arg(RegistryImport::companyColumns().join(u',')),
        QStringLiteral("file"));
    const QCommandLineOption ranges(QStringLiteral("ranges"),
                                    QStringLiteral("IP range CSV (repeatable, e.g. IPv4 and IPv6)."),
                                    QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("ranges-format"),
                                    QStringLiteral("leadscope (start,end,registry_number,kind[,name]; default) or "
                                                   "ip-location-db (start,end,asn,organisation)."),
                                    QStringLiteral("format"), QStringLiteral("leadscope"));
    parser.addOptions({db, companies, ranges, format});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("import"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(companies) || !parser.isSet(ranges))
        return usageError(QStringLiteral("import needs --companies and --ranges."));
    RegistryImport::RangeFormat rangeFormat;
    if (parser.value(format) == QLatin1String("leadscope"))
        rangeFormat = RegistryImport::RangeFormat::Leadscope;
    else if (parser.value(format) == QLatin1String("ip-location-db"))
        rangeFormat = RegistryImport::RangeFormat::IpLocationDb;
    else
        return usageError(QStringLiteral("--ranges-format is leadscope or ip-location-db."));
    const auto store = openStore(parser, db, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    RegistryImport importer(*store, clock);
    RegistryImport::Report report;
    QString error;
    if (!importer.run(parser.value(companies), parser.values(ranges), rangeFormat, &report, &error)) {
        for (const QString& problem : std::as_const(report.problems))
            err() << "leadscope-server: " << problem << "\n";
        if (!report.problems.isEmpty())
            err() << "leadscope-server: nothing was imported (" << report.problems.size()
                  << (report.problems.size() >= 200 ? "+" : "") << " problems)\n";
        else
            err() << "leadscope-server: " << error << "\n";
        err() << Qt::flush;
        return CommandLine::Failure;
    }
    out() << "leadscope-server: imported " << report.companies << " companies and " << report.ranges << " ranges\n"
          << Qt::flush;
    return CommandLine::Success;
}

int demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    QStringLiteral("Directory for ca.pem, server.pem, server.key, credentials.txt."),
                                    QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the synthetic data (default 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of traffic (default 90)."),
                                  QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption companies(QStringLiteral("companies"),
                                       QStringLiteral("Companies in the register (default 20000)."),
                                       QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({db, outDir, seed, days, companies});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("demo"), arguments, &exitCode))
        return exitCode;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    const quint32 seedValue = parser.value(seed).toUInt(&ok1);
    const int dayCount = parser.value(days).toInt(&ok2);
    const int companyCount = parser.value(companies).toInt(&ok3);
    if (!parser.isSet(outDir) || !ok1 || !ok2 || !ok3 || dayCount < 1 || dayCount > 730 || companyCount < 100 ||
        companyCount > 1'000'000)
        return usageError(QStringLiteral("demo needs --db and --out; --days 1..730, --companies 100..1000000."));
    const QString dir = QDir(parser.value(outDir)).absolutePath();
    if (QFile::exists(dir + QStringLiteral("/credentials.txt")))
        return usageError(QStringLiteral("%1 holds a demo already; remove it to make a new one.").arg(dir));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto store = openStore(parser, db, true, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    const auto fail = [&error](const QString& what) {
        err() << "leadscope-server: " << what << (error.isEmpty() ? QString() : QStringLiteral(": ") + error) << "\n"
              << Qt::flush;
        return CommandLine::Failure;
    };

    CertificateFactory::Files tls;
    if (!CertificateFactory::create(
            dir, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}, 397, &tls, &error))
        return fail(QStringLiteral("cannot create the demo certificates"));

    out() << "leadscope-server: building a register of " << companyCount << " companies…\n" << Qt::flush;
    const DemoRegistry registry(seedValue, companyCount);
    QDir().mkpath(dir + QStringLiteral("/registry"));
    const QString companiesCsv = dir + QStringLiteral("/registry/companies.csv");
    const QString rangesCsv = dir + QStringLiteral("/registry/ranges.csv");
    Clock clock;
    RegistryImport importer(*store, clock);
    RegistryImport::Report report;
    if (!registry.writeCsv(companiesCsv, rangesCsv, &error) ||
        !importer.run(companiesCsv, {rangesCsv}, RegistryImport::RangeFormat::Leadscope, &report, &error))
        return fail(QStringLiteral("cannot import the demo register ") + report.problems.join(u' '));

    Accounts accounts(*store, clock);
    Accounts::Organisation org;
    const Accounts::Result added = accounts.addOrganisation(
        QStringLiteral("Demo B.V."), {QStringLiteral("demo-bv.example"), QStringLiteral("demo-shop.example")}, &org);
    if (!added.ok())
        return fail(added.message);
    QSaveFile credentials(dir + QStringLiteral("/credentials.txt"));
    if (!credentials.open(QIODevice::WriteOnly) ||
        !credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QStringLiteral("cannot write credentials.txt"));
    for (const protocol::Role role : {protocol::Role::Admin, protocol::Role::Manager, protocol::Role::Sales}) {
        QByteArray password = PasswordHasher::generatePassword();
        QByteArray secret = protocol::Crypto::randomBytes(20);
        Accounts::User user;
        const Accounts::Result userAdded =
            accounts.addUser(org.id, protocol::roleName(role) + QStringLiteral("@demo-bv.example"), role,
                             PasswordHasher::hash(password), &user);
        if (!userAdded.ok() || !SignIns::enrolTotp(store->connection(), user.id, secret, &error))
            return fail(QStringLiteral("cannot add the demo users"));
        credentials.write(QStringLiteral("%1 %2 %3 %4\n")
                              .arg(protocol::roleName(role), user.email, QString::fromLatin1(password),
                                   protocol::Base32::encode(secret))
                              .toUtf8());
        protocol::Crypto::wipe(password);
        protocol::Crypto::wipe(secret);
    }
    if (!credentials.commit())
        return fail(QStringLiteral("cannot write credentials.txt"));

    // A short-lived server of our own, so the traffic takes the real path.
    ServeOptions options;
    options.port = 0;
    options.tlsCertificate = tls.serverCertificate;
    options.tlsKey = tls.serverKey;
    options.database = store->url();
    options.trustedProxies = {QStringLiteral("127.0.0.1")};
    options.acceptHitTimestamps = true;
    options.siteHitsPerSecond = 1'000'000;
    Server server;
    if (!server.start(options, &error))
        return fail(QStringLiteral("cannot start the demo's traffic server"));
    QList<DemoTraffic::Site> sites;
    for (const Accounts::Site& site : std::as_const(org.sites))
        sites.append({site.id, site.domain});
    std::sort(sites.begin(), sites.end(),
              [](const DemoTraffic::Site& a, const DemoTraffic::Site& b) { return a.host < b.host; });
    DemoTraffic traffic(registry, sites, seedValue, dayCount);
    DemoTraffic::Summary summary;
    out() << "leadscope-server: sending " << dayCount << " days of traffic through /collect…\n" << Qt::flush;
    const bool sent = traffic.send(QUrl(QStringLiteral("https://127.0.0.1:%1/collect").arg(server.port())),
                                   tls.caCertificate, &summary, &error);
    if (!sent)
        return fail(QStringLiteral("demo traffic failed (%1 of %2 hits)").arg(summary.failed).arg(summary.hits));
    out() << "leadscope-server: demo ready: " << report.companies << " companies, " << summary.sessions << " sessions, "
          << summary.hits << " hits; logins in " << dir << "/credentials.txt\n"
          << Qt::flush;
    return CommandLine::Success;
}

int backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Directory for the backup."),
                                QStringLiteral("dir"));
    parser.addOptions({db, to});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("backup"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(to))
        return usageError(QStringLiteral("backup needs --to DIR."));
    const auto store = openStore(parser, db, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    QString path;
    QString error;
    if (!Backups::backup(*store, parser.value(to), clock.nowMs(), &path, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    out() << path << "\n" << Qt::flush;
    return CommandLine::Success;
}

int restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The backup file (leadscope-TIME.sqlite or .pgdump)."),
                                  QStringLiteral("file"));
    parser.addOptions({db, from});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("restore"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(from))
        return usageError(QStringLiteral("restore needs --from FILE."));
    QString error;
    QList<QPair<qint64, QString>> erasures;
    DatabaseUrl url;
    {
        // What was deleted until now, read before the old copy overwrites it.
        const auto live = openStore(parser, db, true, &exitCode);
        if (!live)
            return exitCode;
        url = live->url();
        if (!Retention::readErasures(*live, &erasures, &error)) {
            err() << "leadscope-server: " << error << "\n" << Qt::flush;
            return CommandLine::Failure;
        }
    }
    if (!Backups::restore(url, parser.value(from), &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    const auto store = openStore(parser, db, true, &exitCode); // migrates an older backup
    if (!store)
        return exitCode;
    Clock clock;
    int applied = 0;
    Retention::Report report;
    if (!Retention::reapplyErasures(*store, Backups::takenAt(parser.value(from)), erasures, &applied, &error) ||
        !Retention::purgeVisits(*store, clock.nowMs(), &report, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    out() << "leadscope-server: restored " << parser.value(from) << "; re-applied " << applied
          << " account deletions and removed " << report.visits << " visits past retention\n"
          << Qt::flush;
    return CommandLine::Success;
}

int purge(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption backups(QStringLiteral("backups"),
                                     QStringLiteral("Backup directory whose backups older than 30 days are deleted."),
                                     QStringLiteral("dir"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Purge as of this ISO 8601 time instead of the clock (for tests and "
                                                "replays)."),
                                 QStringLiteral("time"));
    parser.addOptions({db, backups, now});
    int exitCode = CommandLine::Success;
    if (!parse(parser, QStringLiteral("purge"), arguments, &exitCode))
        return exitCode;
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(now)) {
        const QDateTime at = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!at.isValid())
            return usageError(QStringLiteral("--now takes an ISO 8601 time, e.g. 2026-12-01T03:00:00Z."));
        nowMs = at.toMSecsSinceEpoch();
    }
    const auto store = openStore(parser, db, false, &exitCode);
    if (!store)
        return exitCode;
    Retention::Report report;
    QString error;
    if (!Retention::purgeVisits(*store, nowMs, &report, &error)) {
        err() << "leadscope-server: " << error << "\n" << Qt::flush;
        return CommandLine::Failure;
    }
    QStringList removed;
    if (parser.isSet(backups))
        Backups::expire(parser.value(backups), nowMs, &removed);
    out() << "leadscope-server: removed " << report.visits << " visits, " << report.pageviews << " page views and "
          << removed.size() << " backups older than 30 days\n"
          << Qt::flush;
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
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("org") && rest.value(0) == QLatin1String("add"))
        return orgAdd(rest.mid(1));
    if (command == QLatin1String("user") && rest.value(0) == QLatin1String("add"))
        return userAdd(rest.mid(1));
    if (command == QLatin1String("certs"))
        return certs(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("backup"))
        return backup(rest);
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (command == QLatin1String("purge"))
        return purge(rest);
    return usageError(QStringLiteral("unknown command \"%1\"; run leadscope-server --help").arg(command));
}

} // namespace leadscope::server
