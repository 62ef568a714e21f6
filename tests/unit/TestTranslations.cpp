#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string is translated into Dutch and German: lupdate is
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
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QString source = qEnvironmentVariable("LEADSCOPE_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("LEADSCOPE_LUPDATE");
        QVERIFY2(!source.isEmpty() && !lupdate.isEmpty(),
                 "run through ctest (LEADSCOPE_SOURCE_DIR, LEADSCOPE_LUPDATE)");
        QTemporaryDir dir;
        const QString name = QStringLiteral("leadscope_%1.ts").arg(language);
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), source + QStringLiteral("/app"),
                       source + QStringLiteral("/ui"), source + QStringLiteral("/core"), QStringLiteral("-ts"), copy});
        QVERIFY(process.waitForFinished(120'000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in %1 (run the update_translations "
                                                              "target and translate):\n  ")
                                                   .arg(name) +
                                               missing.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
