#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// `leadscope --version` and `--help` answer on the terminal, without a display;
// a leadscope://company/… link (from an e-mail) goes to the Leadscope that runs.
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

    // The client with its own runtime directory (where the window listens for links) and settings.
    static void startWindow(QProcess* process, const QString& home, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("LEADSCOPE_CLIENT_BIN"), arguments);
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

    void linksThatAreNotLeadscopeLinksAreRefused()
    {
        for (const char* link :
             {"leadscope://visitor/1", "leadscope://company/a/b", "leadscope://company/", "https://example.com/"}) {
            QTemporaryDir home;
            QProcess p;
            startWindow(&p, home.path(), {QLatin1String(link)});
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(!p.readAllStandardError().isEmpty(), link);
        }
    }

    // A link opened while Leadscope runs goes to that window (it listens in the
    // user's runtime directory), and the second start ends at once.
    void aLinkGoesToTheRunningWindow()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // A stand-in for the running window first: what a second start sends.
        QLocalServer listener;
        QVERIFY(listener.listen(home.filePath(QStringLiteral("run/leadscope-links"))));
        QProcess second;
        startWindow(&second, home.path(), {QStringLiteral("leadscope://company/kvk-10000001")});
        QVERIFY(second.waitForFinished(60'000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(listener.hasPendingConnections() || listener.waitForNewConnection(5000));
        QLocalSocket* socket = listener.nextPendingConnection();
        QVERIFY(socket);
        QVERIFY(socket->canReadLine() || socket->waitForReadyRead(5000));
        QCOMPARE(socket->readLine(), QByteArray("company kvk-10000001\n"));
        listener.close();

        // The real window takes the next one: the second start ends with 0 and opens no window.
        QProcess window;
        startWindow(&window, home.path(), {});
        const QDeadlineTimer deadline(60'000);
        QLocalSocket probe;
        while (!deadline.hasExpired()) {
            probe.connectToServer(home.filePath(QStringLiteral("run/leadscope-links")));
            if (probe.waitForConnected(200))
                break;
            QTest::qWait(200);
        }
        QCOMPARE(probe.state(), QLocalSocket::ConnectedState);
        probe.disconnectFromServer();
        QProcess third;
        startWindow(&third, home.path(), {QStringLiteral("leadscope://company/kvk-10000002")});
        QVERIFY(third.waitForFinished(60'000));
        QCOMPARE(third.exitCode(), 0);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(30'000));
    }
};

QTEST_GUILESS_MAIN(TestClientCommandLine)
#include "TestClientCommandLine.moc"
