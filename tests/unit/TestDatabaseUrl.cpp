#include "server/store/DatabaseUrl.h"

#include <QTest>

using leadscope::server::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqlite()
    {
        QString error;
        const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/leadscope/db.sqlite"), &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->kind, DatabaseUrl::Kind::Sqlite);
        QCOMPARE(url->path, QStringLiteral("/var/lib/leadscope/db.sqlite"));
        QCOMPARE(url->kindName(), QStringLiteral("sqlite"));
    }
    void postgres()
    {
        QString error;
        const auto url = DatabaseUrl::parse(QStringLiteral("postgres://lead@db.internal:6543/leadscope"), &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->kind, DatabaseUrl::Kind::Postgres);
        QCOMPARE(url->user, QStringLiteral("lead"));
        QCOMPARE(url->host, QStringLiteral("db.internal"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->database, QStringLiteral("leadscope"));
        QCOMPARE(url->kindName(), QStringLiteral("postgresql"));
    }
    void aPasswordInTheUrlIsRefused()
    {
        // It would show in `ps`; libpq's password file or PGPASSWORD keep it out of sight.
        QString error;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgres://lead:hunter2@db:5432/ls"), &error));
        QVERIFY2(error.contains(QStringLiteral("password")) && !error.contains(QStringLiteral("hunter2")),
                 qPrintable(error));
    }
    void tlsIsVerifiedUnlessTheUrlSaysOtherwise()
    {
        QString error;
        const auto plain = DatabaseUrl::parse(QStringLiteral("postgres://lead@db:5432/ls"), &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->sslMode, QStringLiteral("verify-full"));
        QVERIFY(plain->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        const auto pinned =
            DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls?sslrootcert=/etc/pg/ca.pem"), &error);
        QVERIFY2(pinned, qPrintable(error));
        QCOMPARE(pinned->sslRootCert, QStringLiteral("/etc/pg/ca.pem"));
        QVERIFY(pinned->connectOptions().endsWith(QStringLiteral(";sslrootcert=/etc/pg/ca.pem")));
        const auto off = DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls?sslmode=disable"), &error);
        QVERIFY2(off, qPrintable(error));
        QCOMPARE(off->sslMode, QStringLiteral("disable"));
        QVERIFY(off->redacted().endsWith(QStringLiteral("?sslmode=disable"))); // visible in logs
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls?sslmode=prefer"), &error));
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls?host=/tmp"), &error));
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls?sslrootcert=a;sslmode=disable"), &error));
    }
    void defaultPort()
    {
        QString error;
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://lead@db/ls"), &error)->port, 5432);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << QStringLiteral("/tmp/x.db");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
        QTest::newRow("postgres without db") << QStringLiteral("postgres://u@h:5432/");
        QTest::newRow("postgres without host") << QStringLiteral("postgres:///db");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
