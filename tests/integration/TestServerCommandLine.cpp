#include "tests/support/ServerProcess.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using leadscope::test::ServerProcess;

// The operator's command line is a contract: exit codes and messages.
class TestServerCommandLine : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ServerProcess::serverBinary(), arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return {-2, QStringLiteral("timed out: ") + QString::fromLocal8Bit(process.readAll())};
        }
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerProcess::serverBinary().isEmpty(), "LEADSCOPE_SERVER_BIN is not set; run through ctest");
        QString error;
        QVERIFY2(!ServerProcess::makeCertificates(m_dir.path(), &error).isEmpty(), qPrintable(error));
    }

    void refusesToServeWithoutTls()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("a.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("only serves HTTPS")), qPrintable(result.output));
        QVERIFY(!result.output.contains(QStringLiteral("listening")));
    }

    void refusesAKeyThatIsNotAKey()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("b.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                m_dir.filePath(QStringLiteral("ca.pem"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("private key")), qPrintable(result.output));
    }

    void refusesABadDatabaseUrl()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("mysql://x@y/z"),
                                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("sqlite:")), qPrintable(result.output));
    }

    void reportsAPortInUse()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()),
                                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Cannot listen")), qPrintable(result.output));
    }

    void reportsAnUnreachablePostgres()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("postgres://nobody:pw@127.0.0.1:%1/none").arg(closedPort),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Cannot open the store")), qPrintable(result.output));
        QVERIFY2(!result.output.contains(QStringLiteral(":pw@")), qPrintable(result.output)); // no password echoed
    }

    void helpAndUnknownCommands()
    {
        Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.output.contains(QStringLiteral("serve")));
        result = run({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.output.contains(QStringLiteral("--tls-cert")));
        result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.output.contains(QStringLiteral("unknown command")));
        result = run({});
        QCOMPARE(result.exitCode, 2);
    }

    void stopsCleanlyOnSigterm()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.stop(&error), qPrintable(error));
        QVERIFY(server.output().contains(QStringLiteral("stopped")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
