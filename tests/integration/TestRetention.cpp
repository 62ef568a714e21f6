#include "protocol/Base32.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using test::ApiTestClient;
using test::TestUser;

// Retention and backups, on both stores: "After removal, your data is kept
// for 30 days in our system backups" — and never comes back from one.
class TestRetention : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    QString m_db;
    QString m_orgId;
    QString m_siteId;
    TestUser m_admin;
    TestUser m_sales;

    static bool run(const QStringList& arguments, QString* output = nullptr, const QByteArray& input = {})
    {
        QString error;
        QString ignored;
        if (!test::ServerProcess::run(arguments, output ? output : &ignored, &error, input)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool addUser(const QString& email, const QString& role, TestUser* user)
    {
        QString output;
        user->email = email;
        user->password = "retention test password";
        if (!run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--org"),
                  m_orgId, QStringLiteral("--email"), email, QStringLiteral("--role"), role,
                  QStringLiteral("--password-stdin")},
                 &output, user->password + '\n'))
            return false;
        user->id = output.trimmed();
        return true;
    }

    static QString signIn(ApiTestClient& client, TestUser& user) { return client.signIn(user).access; }

    bool prepare(test::ServerProcess& server)
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        QString db;
        if (store == QLatin1String("postgresql") && (db = test::TestPostgres::createDatabase(&error)).isEmpty())
            return false;
        if (!server.prepare(&error, db))
            return false;
        m_db = server.dbUrl();
        QFile companies(m_files.filePath(QStringLiteral("c.csv")));
        QFile ranges(m_files.filePath(QStringLiteral("r.csv")));
        if (!companies.open(QIODevice::WriteOnly) || !ranges.open(QIODevice::WriteOnly))
            return false;
        companies.write("registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
                        "city,country,website,phone,linkedin\n"
                        "20000001,Beta Logistiek B.V.,,Besloten Vennootschap,4941,Goederenvervoer,20-49,Havenweg 1,"
                        "3011 AA,Rotterdam,NL,,,\n");
        ranges.write("start,end,registry_number,kind,name\n203.0.113.0,203.0.113.255,20000001,company,Beta\n");
        companies.close();
        ranges.close();
        QString output;
        if (!run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--companies"),
                  companies.fileName(), QStringLiteral("--ranges"), ranges.fileName()}) ||
            !run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                  QStringLiteral("Retain B.V."), QStringLiteral("--domain"), QStringLiteral("retain.example")},
                 &output))
            return false;
        m_orgId = output.section(u'\n', 0, 0);
        m_siteId = output.section(u'\n', 1, 1).section(u' ', 0, 0);
        m_admin = TestUser{};
        m_sales = TestUser{};
        return addUser(QStringLiteral("admin@retain.example"), QStringLiteral("admin"), &m_admin) &&
               addUser(QStringLiteral("sales.person@retain.example"), QStringLiteral("sales"), &m_sales) &&
               run({QStringLiteral("dpa"), QStringLiteral("record"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--org"), m_orgId, QStringLiteral("--signed-by"), m_admin.email});
    }

    int count(const QString& sql)
    {
        QString error;
        const auto url = server::DatabaseUrl::parse(m_db, &error);
        server::Store store(*url);
        if (!store.open(&error))
            return -1;
        QVariantList row;
        bool found = false;
        server::Sql::fetchOne(store.connection(), sql, {}, &row, &found, &error);
        const int value = found ? row.value(0).toInt() : -1;
        store.closeThreadConnection();
        return value;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void deletedAccountsStayDeletedAfterARestore()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        QVERIFY2(server.start(&error, m_db, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(error));
        ApiTestClient client(server.url(), server.caFile());
        const QString admin = signIn(client, m_admin);
        QVERIFY(!signIn(client, m_sales).isEmpty());
        QCOMPARE(
            client
                .callRaw("POST", QStringLiteral("/collect"),
                         QJsonDocument(QJsonObject{{QStringLiteral("site"), m_siteId},
                                                   {QStringLiteral("url"), QStringLiteral("https://retain.example/")},
                                                   {QStringLiteral("vid"), QString(32, u'a')},
                                                   {QStringLiteral("sid"), QString(32, u'b')}})
                             .toJson(),
                         {}, {{"X-Forwarded-For", "203.0.113.9"}, {"Origin", "https://retain.example"}})
                .status,
            204);

        // A backup while serving, then the account is removed.
        QString backupFile;
        QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                     m_files.filePath(QStringLiteral("backups"))},
                    &backupFile));
        backupFile = backupFile.trimmed();
        QVERIFY2(QFile::exists(backupFile), qPrintable(backupFile));
        QCOMPARE(client.call("DELETE", QStringLiteral("/api/v1/users/") + m_sales.id, {}, admin).status, 200);
        // Gone from the live store at once: no row and no e-mail address anywhere.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'sales.person@retain.example'")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_email = 'sales.person@retain.example'")),
            0);
        QVERIFY(server.stop(&error));

        // Restoring the older backup does not bring the account back.
        QString output;
        QVERIFY(run({QStringLiteral("restore"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), backupFile},
                    &output));
        QVERIFY2(output.contains(QStringLiteral("re-applied 1 account deletions")), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'sales.person@retain.example'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'admin@retain.example'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 1); // the backup's data is back
    }

    void visitsPastRetentionAndOldBackupsArePurged()
    {
        test::ServerProcess server;
        QVERIFY(prepare(server));
        QString error;
        QVERIFY2(server.start(&error, m_db, {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(error));
        ApiTestClient client(server.url(), server.caFile());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client
                         .callRaw("POST", QStringLiteral("/collect"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("site"), m_siteId},
                                                            {QStringLiteral("url"),
                                                             QStringLiteral("https://retain.example/p%1").arg(i)},
                                                            {QStringLiteral("vid"), QString(32, u'c')},
                                                            {QStringLiteral("sid"), QString(32, QChar(u'0' + i))}})
                                      .toJson(),
                                  {}, {{"X-Forwarded-For", "203.0.113.10"}, {"Origin", "https://retain.example"}})
                         .status,
                     204);
        QVERIFY(server.stop(&error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        QString backupFile;
        QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &backupFile));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString output;
        // 29 days on the backup stays; 31 days on it goes. The visits stay within 13 months.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addDays(29).toString(Qt::ISODate), QStringLiteral("--backups"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &output));
        QVERIFY(QFile::exists(backupFile.trimmed()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addDays(31).toString(Qt::ISODate), QStringLiteral("--backups"),
                     m_files.filePath(QStringLiteral("old-backups"))},
                    &output));
        QVERIFY2(!QFile::exists(backupFile.trimmed()), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
        // 14 months on: past retention; the visits and their page views go, with tombstones for clients.
        QVERIFY(run({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                     now.addMonths(14).toString(Qt::ISODate)},
                    &output));
        QVERIFY2(output.contains(QStringLiteral("removed 3 visits, 3 page views")), qPrintable(output));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pageviews")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'delete' AND entity = 'visit'")), 3);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
