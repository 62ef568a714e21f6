#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// `leadscope --version` and `--help` answer on the terminal, without a display.
class TestClientCommandLine : public QObject
{
    Q_OBJECT
private:
    static QProcess* start(const QStringList& arguments)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("LEADSCOPE_CLIENT_BIN"), arguments);
        process->waitForFinished(60'000);
        return process;
    }

private Q_SLOTS:
    void version()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--version")}));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardOutput().startsWith("leadscope " LEADSCOPE_VERSION));
    }
    void help()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY(out.contains("--server"));
        QVERIFY(out.contains("--ca"));
    }
    void badArgument()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--no-such-option"), QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestClientCommandLine)
#include "TestClientCommandLine.moc"
