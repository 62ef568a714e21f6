#include "protocol/Base32.h"
#include "protocol/Crypto.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestOrganisation.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

namespace {

// The customer's website: plain pages on loopback that embed t.js and show
// the page's own cookies once the tracker has run.
class TestSite : public QObject
{
public:
    TestSite(const QString& trackerUrl, const QString& siteId)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this, trackerUrl, siteId] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, trackerUrl, siteId] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    const bool consent = path.startsWith("/consent");
                    const QByteArray page =
                        "<!doctype html><html><head><title>Shop " + path +
                        "</title>"
                        "<script async src=\"" +
                        trackerUrl.toLatin1() + "\" data-site=\"" + siteId.toLatin1() + "\"" +
                        (consent ? QByteArray(" data-mode=\"consent\"") : QByteArray()) +
                        "></script></head><body>"
                        "<pre id=\"cookies\">pending</pre><script>setTimeout(function(){"
                        "document.getElementById('cookies').textContent='cookies:'+document.cookie;},1500);</script>"
                        "</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(page.size()) + "\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

} // namespace

// Real headless Chromium loads pages that embed t.js.
class TestTrackerInBrowser : public QObject
{
    Q_OBJECT
private:
    QString m_chromium;
    QTemporaryDir m_profile;
    QStringList m_flags;

    QString load(const QString& url)
    {
        QProcess browser;
        browser.start(m_chromium, m_flags + QStringList{QStringLiteral("--dump-dom"), url});
        QSignalSpy finished(&browser, &QProcess::finished);
        // Keep the event loop running: the page is served from this process.
        if (!finished.wait(90'000)) {
            browser.kill();
            return {};
        }
        return QString::fromUtf8(browser.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!m_chromium.isEmpty(), "chromium is not installed (run ./scripts/deps)");
    }

    void twoFirstPartyCookiesOneVisitAndConsent()
    {
        QString error;
        test::ServerProcess server;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        const QString db = server.dbUrl();
        QTemporaryDir files;
        test::TestOrganisation org;
        // The browser connects from loopback: in this test, that is a company's address.
        QVERIFY2(test::TestOrganisation::create(db, files.path(), QStringLiteral("Shop B.V."),
                                                QStringLiteral("shop.example"),
                                                "60000001,Loopback Holding B.V.,,Besloten Vennootschap,6201,Software,"
                                                "10-19,Laan 1,1011 AA,Amsterdam,NL,,,\n",
                                                "127.0.0.0,127.255.255.255,60000001,company,Loopback\n", &org, &error),
                 qPrintable(error));
        const QString siteId = org.siteId;
        test::TestUser& admin = org.admin;
        // A second organisation whose website does not record automated browsers (the default).
        QTemporaryDir otherFiles;
        test::TestOrganisation other;
        QVERIFY2(test::TestOrganisation::create(
                     db, otherFiles.path(), QStringLiteral("Other B.V."), QStringLiteral("other.example"),
                     "60000001,Loopback Holding B.V.,,Besloten Vennootschap,6201,Software,"
                     "10-19,Laan 1,1011 AA,Amsterdam,NL,,,\n",
                     "127.0.0.0,127.255.255.255,60000001,company,Loopback\n", &other, &error),
                 qPrintable(error));
        QVERIFY2(server.start(&error, db), qPrintable(error));

        // Headless Chromium says it is automated (navigator.webdriver): the shop's admin lets its
        // website record automated browsers, for this test — an explicit setting, off by default.
        test::ApiTestClient client(server.url(), server.caFile());
        const QString access = client.signIn(admin).access;
        client.call("POST", QStringLiteral("/api/v1/dpa/accept"), {{QStringLiteral("version"), QStringLiteral("1.0")}},
                    access);
        QCOMPARE(client
                     .call("PATCH", QStringLiteral("/api/v1/websites/") + siteId,
                           {{QStringLiteral("record_automated"), true}}, access)
                     .status,
                 200);

        TestSite site(server.url().toString() + QStringLiteral("/t.js"), siteId);
        TestSite otherSite(server.url().toString() + QStringLiteral("/t.js"), other.siteId);
        // Trust exactly the test server's key (by its SPKI hash), nothing broader.
        const QSslCertificate certificate =
            QSslCertificate::fromPath(server.directory() + QStringLiteral("/server.pem")).first();
        const QByteArray spki = protocol::Crypto::sha256(certificate.publicKey().toDer()).toBase64();
        m_flags = {QStringLiteral("--headless"),
                   QStringLiteral("--no-sandbox"),
                   QStringLiteral("--disable-gpu"),
                   QStringLiteral("--disable-quic"),
                   QStringLiteral("--no-first-run"),
                   QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--disable-component-update"),
                   QStringLiteral("--disable-sync"),
                   QStringLiteral("--user-data-dir=") + m_profile.path(),
                   QStringLiteral("--host-resolver-rules=MAP www.shop.example 127.0.0.1, MAP www.other.example "
                                  "127.0.0.1"),
                   QStringLiteral("--ignore-certificate-errors-spki-list=") + QString::fromLatin1(spki),
                   QStringLiteral("--virtual-time-budget=4000")};
        const QString base = QStringLiteral("http://www.shop.example:%1").arg(site.port());

        // The other website keeps the default: the automated browser's hit is a bot's, counted and not stored.
        QVERIFY(load(QStringLiteral("http://www.other.example:%1/").arg(otherSite.port())).contains(u"cookies:"));
        test::TestUser otherAdmin = other.admin;
        const QString otherAccess = client.signIn(otherAdmin).access;
        const auto traffic = client.call("GET", QStringLiteral("/api/v1/traffic"), {}, otherAccess);
        QJsonArray kinds = traffic.json.value(QStringLiteral("traffic")).toArray();
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("bot:automated"));
        QCOMPARE(kinds.first().toObject().value(QStringLiteral("hits")).toInt(), 1);
        bool anyVisit = false;
        for (const QJsonValue& change : client.call("GET", QStringLiteral("/api/v1/sync"), {}, otherAccess)
                                            .json.value(QStringLiteral("changes"))
                                            .toArray())
            anyVisit = anyVisit || change.toObject().value(QStringLiteral("type")).toString() == QLatin1String("visit");
        QVERIFY(!anyVisit);

        // Three page loads of one visitor.
        QString dom;
        for (const char* path : {"/", "/pricing", "/contact"}) {
            dom = load(base + QLatin1String(path));
            QVERIFY2(dom.contains(QStringLiteral("cookies:")), qPrintable(dom.left(500)));
        }
        static const QRegularExpression cookies(QStringLiteral(R"(cookies:([^<]*))"));
        const QString jar = cookies.match(dom).captured(1);
        QVERIFY2(jar.contains(QStringLiteral("_ls_vid=")) && jar.contains(QStringLiteral("_ls_sid=")), qPrintable(jar));
        QCOMPARE(jar.count(u'='), 2); // exactly two cookies, both first-party on the page's own host

        // Consent mode: nothing set, nothing sent.
        QTemporaryDir freshProfile;
        m_flags[8] = QStringLiteral("--user-data-dir=") + freshProfile.path();
        dom = load(base + QStringLiteral("/consent"));
        QVERIFY2(cookies.match(dom).captured(1).trimmed().isEmpty(), qPrintable(dom.left(500)));

        const auto sync = client.call("GET", QStringLiteral("/api/v1/sync"), {}, access);
        QSet<QString> visits;
        QSet<QString> pageviews;
        QSet<QString> paths;
        for (const QJsonValue& change : sync.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            if (c.value(QStringLiteral("type")).toString() == QLatin1String("visit"))
                visits << c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("type")).toString() == QLatin1String("pageview")) {
                pageviews << c.value(QStringLiteral("id")).toString();
                paths << c.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString();
            }
        }
        QCOMPARE(visits.size(), 1);
        QCOMPARE(pageviews.size(), 3);
        QCOMPARE(paths, (QSet<QString>{QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/contact")}));

        // The same visitor follows the opt-out link in the site's privacy statement:
        // tracking stops in this browser and their page views are erased.
        m_flags[8] = QStringLiteral("--user-data-dir=") + m_profile.path();
        dom = load(base + QStringLiteral("/privacy#leadscope-optout"));
        QCOMPARE(cookies.match(dom).captured(1).trimmed(), QStringLiteral("_ls_optout=1"));
        dom = load(base + QStringLiteral("/after-opting-out"));
        QCOMPARE(cookies.match(dom).captured(1).trimmed(), QStringLiteral("_ls_optout=1"));
        QSet<QString> live;
        QStringList seen;
        const auto all = client.call("GET", QStringLiteral("/api/v1/sync"), {}, access);
        for (const QJsonValue& change : all.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            const QString type = c.value(QStringLiteral("type")).toString();
            if (type != QLatin1String("visit") && type != QLatin1String("pageview"))
                continue;
            const QString id = c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
                live.remove(id);
            else
                live.insert(id);
            seen << c.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString();
        }
        QVERIFY2(live.isEmpty(), qPrintable(QStringList(live.values()).join(u' ')));
        QVERIFY(!seen.contains(QStringLiteral("/after-opting-out")));
    }
};

QTEST_GUILESS_MAIN(TestTrackerInBrowser)
#include "TestTrackerInBrowser.moc"
