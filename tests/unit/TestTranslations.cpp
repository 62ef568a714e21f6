#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string — the desktop's and the server's e-mail — is translated into Dutch and German: lupdate is
// run over the current sources into a copy of the .ts files, and any string
// that is new (unfinished) or untranslated fails the suite, by name.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    static QStringList untranslated(const QString& tsFile)
    {
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot open ") + tsFile};
        QStringList result;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                    result << context + QStringLiteral(": ") + source;
            }
        }
        if (xml.hasError())
            result << tsFile + QStringLiteral(": ") + xml.errorString();
        return result;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QStringList>("folders");
        const QStringList desktop{QStringLiteral("/app"), QStringLiteral("/ui"), QStringLiteral("/core")};
        // The server's e-mail, written in each reader's language.
        const QStringList mail{QStringLiteral("/server/mail")};
        for (const char* language : {"nl", "de"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language) << QStringLiteral("leadscope") << desktop;
            QTest::addRow("server %s", language)
                << QString::fromLatin1(language) << QStringLiteral("leadscope-server") << mail;
        }
    }
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(QString, catalogue);
        QFETCH(QStringList, folders);
        const QString source = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("LEADSCOPE_LUPDATE");
        QVERIFY2(!source.isEmpty() && !lupdate.isEmpty(),
                 "run through ctest (LEADSCOPE_SOURCE_DIR, LEADSCOPE_LUPDATE)");
        QTemporaryDir dir;
        const QString name = QStringLiteral("%1_%2.ts").arg(catalogue, language);
        // The committed file itself: no entry left unfinished, vanished or obsolete.
        const QStringList stale = untranslated(source + QStringLiteral("/translations/") + name);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("unfinished or obsolete in translations/%1:\n  ").arg(name) +
                            stale.join(QStringLiteral("\n  "))));
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
        for (const QString& folder : std::as_const(folders))
            arguments << source + folder;
        process.start(lupdate, arguments << QStringLiteral("-ts") << copy);
        QVERIFY(process.waitForFinished(120'000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in %1 (run the update_translations "
                                                              "target and translate):\n  ")
                                                   .arg(name) +
                                               missing.join(QStringLiteral("\n  "))));
    }

    // The other half: text a user sees that never reaches lupdate. Every call
    // that puts text on screen (labels, titles, tool tips, placeholders, menu
    // and combo items, message boxes, status messages) with a literal of words
    // instead of tr() fails, by file and line. Allowed: markup and numbers
    // only, a URL or address example, and the languages' own names.
    void everyVisibleStringGoesThroughTr()
    {
        const QString source = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
        QVERIFY(!source.isEmpty());
        static const QRegularExpression call(
            QStringLiteral("(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|addItem|addTab|"
                           "showMessage|setAccessibleName|addAction|addMenu|setTitle|information|warning|critical|"
                           "question|about|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox)\\s*\\("
                           "[^;]*?(QStringLiteral|QLatin1String|QString::fromUtf8)\\(\"((?:[^\"\\\\]|\\\\.)*)\""));
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}\\s+[A-Za-z]{2,}"));
        static const QRegularExpression markup(QStringLiteral("<[^>]*>|%\\d|&\\w+;"));
        const QStringList allowed{QStringLiteral("English"), QStringLiteral("Nederlands"), QStringLiteral("Deutsch")};
        QStringList found;
        int scanned = 0;
        for (const QString& folder : {QStringLiteral("/app"), QStringLiteral("/ui"), QStringLiteral("/core")}) {
            QDirIterator files(source + folder, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                // The whole file at once: a call wrapped over several lines
                // (clang-format does that to long ones) is a call too.
                const QString text = QString::fromUtf8(file.readAll());
                auto matches = call.globalMatch(text);
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    const QString literal = match.captured(3);
                    QString shown = literal;
                    shown.remove(markup);
                    if (words.match(shown).hasMatch() && !allowed.contains(literal)) {
                        const qsizetype line = QStringView(text).left(match.capturedStart(3)).count(u'\n') + 1;
                        found << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(line).arg(literal);
                    }
                }
            }
        }
        QVERIFY(scanned > 50);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("visible text outside tr():\n  ") + found.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
