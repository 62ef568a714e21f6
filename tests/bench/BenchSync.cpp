// Issue benchmark: serve a 1 000 000-change log in pages of 5 000 over
// loopback HTTPS with gzip, and compare with reading the same pages from the
// store alone, in the same run. Run through scripts/bench (release build).
// With --xl (bench-xl runs it): the same paging in an organisation of
// dataset XL against one of dataset L, in stores bench-xl filled (#27).
//
//   BenchSync [--changes N] [--page N] [--db postgres://…]
//   BenchSync --db STORE_OF_L --xl STORE_OF_XL [--page N]

#include "BenchServer.h"

#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/ChangeLog.h"
#include "server/domain/PasswordHasher.h"
#include "server/http/CertificateFactory.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>

using namespace leadscope;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "BenchSync: " << message << "\n";
    std::exit(1);
}

QByteArray payloadFor(qint64 i)
{
    // A realistic visit-sized JSON object (~230 bytes).
    return QStringLiteral(R"({"id":"v%1","company_id":"kvk-%2","visitor":"%3","website":"www.demo.example",)"
                          R"("start":"2026-11-%4T09:%5:00Z","pageviews":%6,"referrer":"search",)"
                          R"("utm_source":"newsletter","utm_campaign":"autumn-%7","landing":"/pricing"})")
        .arg(i)
        .arg(i % 20000)
        .arg(QString::number(i * 2654435761ULL % 0xffffffffULL, 16))
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(1 + i % 9)
        .arg(i % 7)
        .toUtf8();
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply call(QNetworkAccessManager& network, const QSslConfiguration& tls, const QUrl& url, const QByteArray& body,
           const QString& bearer)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply* reply;
    if (body.isEmpty()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = network.post(request, body);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

QString cursorOf(const QByteArray& page, bool* hasMore)
{
    // The envelope ends with "cursor":"…","has_more":…}; no need to parse 5 000 changes to find it.
    const qsizetype at = page.lastIndexOf("\"cursor\":\"");
    const qsizetype end = page.indexOf('"', at + 10);
    *hasMore = page.endsWith("\"has_more\":true}");
    return QString::fromLatin1(page.mid(at + 10, end - at - 10));
}

// Signs the bench account in (password, then a TOTP code); the access token.
QString signIn(QNetworkAccessManager& network, const QSslConfiguration& tls, const QUrl& base,
               const bench::BenchServer::Account& account)
{
    QUrl loginUrl = base;
    loginUrl.setPath(QStringLiteral("/api/v1/auth/login"));
    const Reply login =
        call(network, tls, loginUrl,
             QJsonDocument(QJsonObject{{QStringLiteral("email"), account.email},
                                       {QStringLiteral("password"), QString::fromLatin1(account.password)}})
                 .toJson(),
             {});
    QUrl mfaUrl = base;
    mfaUrl.setPath(QStringLiteral("/api/v1/auth/mfa"));
    const Reply mfa =
        call(network, tls, mfaUrl,
             QJsonDocument(QJsonObject{{QStringLiteral("mfa_token"),
                                        QJsonDocument::fromJson(login.body)[QStringLiteral("mfa_token")].toString()},
                                       {QStringLiteral("code"),
                                        protocol::Totp::code(account.totpSecret, QDateTime::currentSecsSinceEpoch())}})
                 .toJson(),
             {});
    QString access = QJsonDocument::fromJson(mfa.body)[QStringLiteral("access_token")].toString();
    if (access.isEmpty())
        die(QStringLiteral("sign-in failed: ") + QString::fromUtf8(login.body + mfa.body));
    return access;
}

struct Paging
{
    qint64 changes = 0;
    qint64 pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

// GET /api/v1/sync page after page from `cursor` until `atLeast` changes
// (0: until the log ends), as the desktop pages it.
Paging pageThrough(QNetworkAccessManager& network, const QSslConfiguration& tls, const QUrl& base,
                   const QString& access, QString cursor, int pageSize, qint64 atLeast)
{
    Paging paging;
    qint64 seq = 0;
    if (!server::ChangeLog::decodeCursor(cursor, &seq))
        die(QStringLiteral("not a cursor: ") + cursor);
    QElapsedTimer served;
    served.start();
    for (;;) {
        QUrl syncUrl = base;
        syncUrl.setPath(QStringLiteral("/api/v1/sync"));
        syncUrl.setQuery(QStringLiteral("limit=%1&cursor=%2").arg(pageSize).arg(cursor));
        // QNetworkAccessManager asks for gzip and inflates transparently.
        const Reply page = call(network, tls, syncUrl, {}, access);
        if (page.status != 200)
            die(QStringLiteral("sync answered %1: %2").arg(page.status).arg(QString::fromUtf8(page.body.left(300))));
        ++paging.pages;
        paging.bytes += page.body.size();
        bool hasMore = false;
        cursor = cursorOf(page.body, &hasMore);
        const qint64 before = seq;
        if (!server::ChangeLog::decodeCursor(cursor, &seq))
            die(QStringLiteral("sync answered a cursor that is none: ") + cursor);
        paging.changes += seq - before; // the bench's logs have no gaps
        if (!hasMore || (atLeast > 0 && paging.changes >= atLeast))
            break;
    }
    paging.seconds = served.nsecsElapsed() / 1e9;
    return paging;
}

// Sync paging in an organisation of XL against one of L (issue #27, goal 4),
// in stores bench-xl filled (xl-fill.sql): the whole log of L, and as many
// changes of XL in three stretches (from its start, its middle and near its
// end), over the real server and HTTPS. The organisation is each store's
// largest; the bench's user joins it.
int runXl(const QString& lUrl, const QString& xlUrl, int pageSize)
{
    QTemporaryDir dir;
    QList<Paging> results;
    for (const QString& dbUrl : {lUrl, xlUrl}) {
        const bool atL = results.isEmpty();
        QString error;
        const auto url = server::DatabaseUrl::parse(dbUrl, &error);
        if (!url)
            die(error);
        bench::BenchServer::Account account;
        qint64 changes = 0;
        {
            server::Store store(*url);
            QVariantList row;
            bool found = false;
            if (!store.open(&error) ||
                !server::Sql::fetchOne(store.connection(),
                                       QStringLiteral("SELECT id, change_seq FROM organisations "
                                                      "ORDER BY change_seq DESC LIMIT 1"),
                                       {}, &row, &found, &error) ||
                !found || !bench::BenchServer::prepare(store, &account, &error, row[0].toString()))
                die(QStringLiteral("no filled organisation in the store: ") + error);
            changes = row[1].toLongLong();
            store.closeThreadConnection();
        }
        bench::BenchServer serverProcess;
        if (!serverProcess.start(dbUrl, dir.path(), &error))
            die(error);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(serverProcess.caFile()));
        QNetworkAccessManager network;
        const QString access = signIn(network, tls, serverProcess.url(), account);
        Paging total;
        if (atL) {
            total = pageThrough(network, tls, serverProcess.url(), access, {}, pageSize, 0);
        } else {
            const qint64 stretch = results[0].changes / 3;
            for (const qint64 from : {qint64(0), changes / 2, changes - stretch - pageSize}) {
                const Paging part = pageThrough(network, tls, serverProcess.url(), access,
                                                server::ChangeLog::encodeCursor(from), pageSize, stretch);
                total.changes += part.changes;
                total.pages += part.pages;
                total.bytes += part.bytes;
                total.seconds += part.seconds;
            }
        }
        serverProcess.stop();
        results.append(total);
        out << "  sync at " << (atL ? "L " : "XL") << " (" << changes << " changes): paged " << total.changes << " in "
            << total.pages << " pages of " << pageSize << ": " << qRound64(total.changes / total.seconds)
            << " changes/s (" << total.seconds << " s)\n"
            << Qt::flush;
    }
    const double ratio = (results[1].changes / results[1].seconds) / (results[0].changes / results[0].seconds);
    out << "  sync paging at XL / at L: " << QString::number(ratio, 'f', 2) << "  (target >= 0.80)\n" << Qt::flush;
    return 0;
}

// The default run: a log of `total` changes filled into the store (a fresh
// SQLite file when `dbUrlOrEmpty` is empty), read from the store alone and then
// served over HTTPS.
int runLog(const QString& dbUrlOrEmpty, qint64 total, int pageSize)
{
    QTemporaryDir dir;
    const QString dbUrl =
        !dbUrlOrEmpty.isEmpty() ? dbUrlOrEmpty : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    QString error;
    const auto url = server::DatabaseUrl::parse(dbUrl, &error);
    if (!url)
        die(error);
    server::Store store(*url);
    if (!store.open(&error) || !store.migrate(&error))
        die(error);
    server::Clock clock;
    bench::BenchServer::Account account;
    if (!bench::BenchServer::prepare(store, &account, &error))
        die(error);
    const struct
    {
        QString id;
    } org{account.orgId};

    out << "BenchSync: filling " << total << " changes into " << url->kindName() << "…\n" << Qt::flush;
    QElapsedTimer filling;
    filling.start();
    for (qint64 base = 0; base < total; base += 10'000) {
        QList<server::ChangeLog::Change> batch;
        for (qint64 i = base; i < qMin(total, base + 10'000); ++i)
            batch.append({server::ChangeLog::Entity::Visit, server::ChangeLog::Op::Upsert, QStringLiteral("v%1").arg(i),
                          payloadFor(i)});
        QSqlDatabase db = store.connection();
        server::Sql::Transaction transaction(db);
        if (!server::ChangeLog::append(db, org.id, batch, clock.nowMs(), &error) || !transaction.commit(&error))
            die(error);
    }
    out << "BenchSync: filled in " << filling.elapsed() / 1000.0 << " s\n" << Qt::flush;

    // Baseline: the same pages read from the store alone (query + JSON assembly).
    QElapsedTimer baseline;
    baseline.start();
    qint64 cursor = 0;
    qint64 readBack = 0;
    server::ChangeLog::Reading reading;
    reading.limit = pageSize;
    for (;;) {
        server::ChangeLog::Page page;
        bool expired = false;
        if (!server::ChangeLog::read(store.connection(), org.id, cursor, reading, &page, &expired, &error))
            die(error);
        readBack += page.count;
        cursor = page.lastSeq;
        if (!page.hasMore)
            break;
    }
    const double storeSeconds = baseline.nsecsElapsed() / 1e9;
    if (readBack != total)
        die(QStringLiteral("store read %1 of %2 changes").arg(readBack).arg(total));

    // The real server over loopback HTTPS.
    bench::BenchServer serverProcess;
    if (!serverProcess.start(dbUrl, dir.path(), &error))
        die(error);
    const QUrl base = serverProcess.url();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(serverProcess.caFile()));
    QNetworkAccessManager network;
    const QString access = signIn(network, tls, base, account);
    const Paging served = pageThrough(network, tls, base, access, {}, pageSize, 0);
    const qint64 pages = served.pages;
    const qint64 bytes = served.bytes;
    const double httpSeconds = served.seconds;
    serverProcess.stop();

    const double httpRate = total / httpSeconds;
    const double storeRate = total / storeSeconds;
    out << "BenchSync: " << total << " changes, " << pages << " pages of " << pageSize << ", "
        << bytes / (qint64(1024) * 1024) << " MiB of JSON (gzip on the wire), store " << url->kindName() << "\n";
    out << "  store alone:          " << qRound64(storeRate) << " changes/s (" << storeSeconds << " s)\n";
    out << "  HTTPS + gzip (server): " << qRound64(httpRate) << " changes/s (" << httpSeconds << " s)\n";
    out << "  ratio HTTPS / store:   " << QString::number(httpRate / storeRate, 'f', 2) << "  (target >= 0.30; "
        << "target rate >= 100000 changes/s)\n"
        << Qt::flush;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Changes in the log."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Page size."), QStringLiteral("n"),
                                        QStringLiteral("5000"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Store URL (default: a fresh SQLite file)."),
                                      QStringLiteral("url"));
    const QCommandLineOption xlOption(
        QStringLiteral("xl"),
        QStringLiteral("Sync paging at dataset XL (this store, filled by bench-xl) against L (--db)."),
        QStringLiteral("url"));
    parser.addOptions({changesOption, pageOption, dbOption, xlOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 total = parser.value(changesOption).toLongLong();
    const int pageSize = parser.value(pageOption).toInt();
    if (parser.isSet(xlOption)) {
        if (!parser.isSet(dbOption))
            die(QStringLiteral("--xl needs --db: the store of dataset L to compare with"));
        return runXl(parser.value(dbOption), parser.value(xlOption), pageSize);
    }
    return runLog(parser.isSet(dbOption) ? parser.value(dbOption) : QString(), total, pageSize);
}
