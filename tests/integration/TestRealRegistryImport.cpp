#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using leadscope::test::ServerProcess;

// The real public IP → AS-organisation data set (tests/data/ip-location-db,
// CC BY 4.0: RouteViews, DB-IP, NRO): 411 961 IPv4 and 103 197 IPv6 ranges.
class TestRealRegistryImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAllRanges()
    {
        const QString data = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") +
                             QStringLiteral("/tests/data/ip-location-db/ip-location-db-asn-2.3.2026061719.tgz");
        QVERIFY2(QFile::exists(data), qPrintable(data + QStringLiteral(" is missing")));
        QTemporaryDir dir;
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"), {QStringLiteral("xzf"), data});
        QVERIFY(tar.waitForFinished(120'000));
        QCOMPARE(tar.exitCode(), 0);
        QFile companies(dir.filePath(QStringLiteral("companies.csv")));
        QVERIFY(companies.open(QIODevice::WriteOnly));
        // A register with one company whose name matches an AS organisation of its own.
        companies.write("registry_number,name,trade_name,legal_form,sbi_code,sbi_label,employee_band,street,postcode,"
                        "city,country,website,phone,linkedin\n"
                        "50000001,Rabobank,,Cooperatie,6419,Bankwezen,500+,Croeselaan 18,3521 CB,Utrecht,NL,,,\n");
        companies.close();
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("registry.db"));
        QString output;
        QString error;
        QVERIFY2(ServerProcess::run({QStringLiteral("init"), QStringLiteral("--db"), db}, &output, &error),
                 qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(ServerProcess::run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                     QStringLiteral("--companies"), companies.fileName(), QStringLiteral("--ranges"),
                                     dir.filePath(QStringLiteral("package/asn-ipv4.csv")), QStringLiteral("--ranges"),
                                     dir.filePath(QStringLiteral("package/asn-ipv6.csv")),
                                     QStringLiteral("--ranges-format"), QStringLiteral("ip-location-db")},
                                    &output, &error),
                 qPrintable(error));
        QVERIFY2(output.contains(QStringLiteral("imported 1 companies and 515158 ranges")), qPrintable(output));
        qInfo("imported 515 158 ranges in %.1f s", timer.elapsed() / 1000.0);
        // A server starts on it and builds its index.
        ServerProcess server;
        server.setSkipInit(true);
        QVERIFY2(server.start(&error, db), qPrintable(error));
        QVERIFY2(server.output().contains(QStringLiteral("registry index: 515158 ranges")),
                 qPrintable(server.output()));
    }
};

QTEST_GUILESS_MAIN(TestRealRegistryImport)
#include "TestRealRegistryImport.moc"
