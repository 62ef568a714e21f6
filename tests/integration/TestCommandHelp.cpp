#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

// The command lines are contracts (docs/CLI.md, the README, scripts that
// call them): every command's --help text and exit code of both programs is
// compared with a committed copy in tests/data/help/, and so are the answers
// to no command and an unknown one. A changed text fails here; when the
// change is meant, LEADSCOPE_UPDATE_HELP=1 rewrites the copies for review.
class TestCommandHelp : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), QDir::tempPath()); // no profile or language setting of the user
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(),
                   {}};
        // Qt's own note about the environment (XDG_RUNTIME_DIR) is not the program's output.
        for (const QByteArray& line : process.readAllStandardError().split('\n'))
            if (!line.isEmpty() && !line.startsWith("QStandardPaths:"))
                result.err += line + '\n';
        // Qt names the binary by the path it was started with; the copies name it by its name.
        result.out.replace(program.toUtf8(), QFileInfo(program).fileName().toUtf8());
        return result;
    }

private Q_SLOTS:
    void helpAndExitCodes_data()
    {
        QTest::addColumn<QString>("binary"); // environment variable naming the program
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("copy");      // file in tests/data/help/ with the expected stdout
        QTest::addColumn<QString>("stderrHas"); // text stderr must contain (empty: stderr must be empty)
        const QString server = QStringLiteral("LEADSCOPE_SERVER_BIN");
        const QString client = QStringLiteral("LEADSCOPE_CLIENT_BIN");
        const QString help = QStringLiteral("--help");
        QTest::newRow("server") << server << QStringList() << 2 << QStringLiteral("server.txt") << QString();
        QTest::newRow("server --help") << server << QStringList{help} << 0 << QStringLiteral("server.txt") << QString();
        QTest::newRow("server help") << server << QStringList{QStringLiteral("help")} << 0
                                     << QStringLiteral("server.txt") << QString();
        QTest::newRow("server unknown") << server << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                        << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("server org unknown") << server << QStringList{QStringLiteral("org"), QStringLiteral("remove")}
                                            << 2 << QString() << QStringLiteral("unknown command \"org\"");
        QTest::newRow("server bad option") << server << QStringList{QStringLiteral("init"), QStringLiteral("--nope")}
                                           << 2 << QString() << QStringLiteral("Unknown option 'nope'");
        QTest::newRow("server extra argument")
            << server << QStringList{QStringLiteral("backup"), QStringLiteral("extra")} << 2 << QString()
            << QStringLiteral("unexpected argument \"extra\"");
        for (const QString& command :
             {QStringLiteral("init"), QStringLiteral("org add"), QStringLiteral("user add"),
              QStringLiteral("user reset"), QStringLiteral("dpa record"), QStringLiteral("import"),
              QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("purge"),
              QStringLiteral("corrections list"), QStringLiteral("corrections apply"),
              QStringLiteral("corrections reject"), QStringLiteral("serve"), QStringLiteral("certs"),
              QStringLiteral("secrets-key"), QStringLiteral("demo")}) {
            QTest::newRow(qPrintable(QStringLiteral("server ") + command))
                << server << (command.split(u' ') << help) << 0
                << QStringLiteral("server-%1.txt").arg(QString(command).replace(u' ', u'-')) << QString();
        }
        QTest::newRow("client --help") << client << QStringList{help} << 0 << QStringLiteral("client.txt") << QString();
        for (const QString& command : {QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("sync"),
                                       QStringLiteral("status"), QStringLiteral("export")}) {
            QTest::newRow(qPrintable(QStringLiteral("client ") + command))
                << client << QStringList{command, help} << 0 << QStringLiteral("client-%1.txt").arg(command)
                << QString();
        }
        QTest::newRow("client bad option") << client << QStringList{QStringLiteral("sync"), QStringLiteral("--nope")}
                                           << 2 << QString() << QStringLiteral("nope");
    }

    void helpAndExitCodes()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, copy);
        QFETCH(QString, stderrHas);
        const QString executable = qEnvironmentVariable(binary.toLatin1().constData());
        const QString source = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
        QVERIFY2(!executable.isEmpty() && !source.isEmpty(), "run through ctest");
        const Run result = run(executable, arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (stderrHas.isEmpty())
            QVERIFY2(result.err.isEmpty(), result.err.constData());
        else
            QVERIFY2(result.err.contains(stderrHas.toUtf8()), result.err.constData());
        if (copy.isEmpty())
            return;
        QFile expected(source + QStringLiteral("/tests/data/help/") + copy);
        if (qEnvironmentVariableIntValue("LEADSCOPE_UPDATE_HELP") == 1) {
            QVERIFY2(expected.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(expected.fileName()));
            expected.write(result.out);
            return;
        }
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        const QByteArray wanted = expected.readAll();
        if (result.out != wanted) {
            // Name the first line that differs: that is what a reviewer needs to see.
            const QList<QByteArray> got = result.out.split('\n');
            const QList<QByteArray> want = wanted.split('\n');
            for (qsizetype i = 0; i < qMax(got.size(), want.size()); ++i) {
                if (got.value(i) != want.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1, line %2:\n  expected: %3\n  actual:   %4")
                                         .arg(copy)
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(want.value(i)), QString::fromUtf8(got.value(i)))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "TestCommandHelp.moc"
