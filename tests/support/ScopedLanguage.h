#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace leadscope::test {

// The app's translation for one language, installed while this lives (the .qm
// files from LEADSCOPE_TRANSLATIONS). `addRows()` gives a data-driven test one
// row per language the app ships, in a "language" column.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
        : m_loaded(m_translator.load(QStringLiteral("leadscope_") + language,
                                     qEnvironmentVariable("LEADSCOPE_TRANSLATIONS")))
    {
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    bool loaded() const { return m_loaded; }

    static void addRows()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "nl", "de"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

private:
    QTranslator m_translator;
    bool m_loaded;
};

} // namespace leadscope::test
