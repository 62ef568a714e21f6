#include "core/LogFile.h"
#include "tests/support/ClientProcess.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// What users and support expect of a finished desktop program: the language
// chosen in Settings (applied at the next start), a log that never grows
// without bound, and diagnostics that help without giving anything away.
class TestClientPolish : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // `leadscope ARGS` with its settings in `config` (XDG_CONFIG_HOME); stdout.
    QString run(const QString& config, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.remove(QStringLiteral("LANG"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(test::ClientProcess::binary(), arguments);
        process.waitForFinished(60'000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString configWithLanguage(const QString& language)
    {
        QString config = m_dir.filePath(QStringLiteral("config-") + language);
        QDir().mkpath(config + QStringLiteral("/Leadscope"));
        QFile file(config + QStringLiteral("/Leadscope/Leadscope.conf"));
        if (file.open(QIODevice::WriteOnly))
            file.write("[appearance]\nlanguage=" + language.toLatin1() + "\n");
        return config;
    }

private Q_SLOTS:
    void theChosenLanguageWinsOverTheSystems()
    {
        const QString english = run(configWithLanguage(QString()), {QStringLiteral("--help")});
        QVERIFY2(english.contains(QStringLiteral("without storing IP addresses")), qPrintable(english));
        const QString german = run(configWithLanguage(QStringLiteral("de")), {QStringLiteral("--help")});
        QVERIFY2(german.contains(QStringLiteral("ohne IP-Adressen zu speichern")) &&
                     german.contains(QStringLiteral("Optionen")),
                 qPrintable(german));
        const QString dutch =
            run(configWithLanguage(QStringLiteral("nl")), {QStringLiteral("sync"), QStringLiteral("--help")});
        QVERIFY2(dutch.startsWith(QStringLiteral("Gebruik: leadscope sync")), qPrintable(dutch));
        QVERIFY(!dutch.contains(QStringLiteral("Usage")));
    }

    void theLogRotatesAndKeepsThreeOldFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("logs"));
        QString error;
        QVERIFY2(core::LogFile::install(dir, &error), qPrintable(error));
        QCOMPARE(core::LogFile::path(), QDir(dir).filePath(QStringLiteral("leadscope.log")));
        const QString line(200, u'x');
        for (int i = 0; i < 30'000; ++i) // about 7 MiB
            qInfo("%d %s", i, qPrintable(line));
        const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("leadscope.log"), QStringLiteral("leadscope.log.1"),
                                     QStringLiteral("leadscope.log.2"), QStringLiteral("leadscope.log.3")}));
        for (const QString& name : files)
            QVERIFY(QFileInfo(QDir(dir).filePath(name)).size() <= core::LogFile::kMaxBytes + 1024);
        QFile current(core::LogFile::path());
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QByteArray last = current.readAll();
        QVERIFY(last.contains("29999 xxx")); // the newest line is in the current file
        QVERIFY(last.contains(" info default: "));
        QCOMPARE(QFileInfo(core::LogFile::path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions{});
    }

    void diagnosticsSayWhatHelpsAndNothingSecret()
    {
        ui::MainWindow window(nullptr, nullptr);
        const QString text = window.diagnostics();
        QVERIFY2(text.contains(QStringLiteral("Leadscope ")) && text.contains(QStringLiteral("Qt ")) &&
                     text.contains(QStringLiteral("TLS: ")) && text.contains(QStringLiteral("Keychain: ")) &&
                     text.contains(QStringLiteral("Log: ")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("token"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestClientPolish)
#include "TestClientPolish.moc"
