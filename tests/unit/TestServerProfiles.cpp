#include "core/ServerProfiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using core::ServerProfile;
using core::ServerProfiles;

// Server profiles in the settings: several servers, which one is current,
// validation in the user's words, and never a secret on disk.
class TestServerProfiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("leadscope.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void severalServersAndTheCurrentOne()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ServerProfiles profiles(settings);
        QVERIFY(!profiles.current());
        QString error;
        QVERIFY2(
            profiles.save(
                {QStringLiteral("Test / staging"), QUrl(QStringLiteral("https://test.example:8443")), {}, {}, false},
                &error),
            qPrintable(error));
        QVERIFY2(
            profiles.save({QStringLiteral("Production"), QUrl(QStringLiteral("https://leads.example")), {}, {}, false},
                          &error),
            qPrintable(error));
        QCOMPARE(profiles.all().size(), 2);
        QCOMPARE(profiles.all().first().name, QStringLiteral("Production")); // by name
        QCOMPARE(profiles.current()->name, QStringLiteral("Production"));    // the first until one is chosen
        profiles.setCurrent(QStringLiteral("Test / staging"));
        QCOMPARE(profiles.current()->url, QUrl(QStringLiteral("https://test.example:8443")));
        profiles.remember(QStringLiteral("Test / staging"), QStringLiteral("ann@shop.example"), true);

        // Read back by another settings object, as after a restart.
        settings.sync();
        QSettings again(settingsFile(), QSettings::IniFormat);
        ServerProfiles reread(again);
        const auto current = reread.current();
        QVERIFY(current);
        QCOMPARE(current->name, QStringLiteral("Test / staging"));
        QCOMPARE(current->lastEmail, QStringLiteral("ann@shop.example"));
        QVERIFY(current->staySignedIn);
        QCOMPARE(ServerProfiles::nameFor(current->url), QStringLiteral("test.example:8443"));

        // Renaming keeps it current; removing the current one falls back to another.
        ServerProfile renamed = *current;
        renamed.name = QStringLiteral("Staging");
        QVERIFY2(reread.save(renamed, &error, QStringLiteral("Test / staging")), qPrintable(error));
        QCOMPARE(reread.currentName(), QStringLiteral("Staging"));
        QCOMPARE(reread.all().size(), 2);
        reread.remove(QStringLiteral("Staging"));
        QCOMPARE(reread.current()->name, QStringLiteral("Production"));
    }

    void refusesWhatCannotWork()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ServerProfiles profiles(settings);
        QString error;
        QVERIFY(!profiles.save({QStringLiteral("Plain"), QUrl(QStringLiteral("http://leads.example")), {}, {}, false},
                               &error));
        QVERIFY2(error.contains(QStringLiteral("HTTPS")), qPrintable(error));
        QVERIFY(!profiles.save({QStringLiteral(" "), QUrl(QStringLiteral("https://leads.example")), {}, {}, false},
                               &error));
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        QVERIFY(!profiles.save({QStringLiteral("Own CA"),
                                QUrl(QStringLiteral("https://leads.example")),
                                m_dir.filePath(QStringLiteral("missing.pem")),
                                {},
                                false},
                               &error));
        QVERIFY2(error.contains(QStringLiteral("missing.pem")), qPrintable(error));
        QVERIFY(profiles.save({QStringLiteral("A"), QUrl(QStringLiteral("https://a.example")), {}, {}, false}, &error));
        QVERIFY(
            !profiles.save({QStringLiteral("A"), QUrl(QStringLiteral("https://b.example")), {}, {}, false}, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(profiles.all().size(), 1);
        QCOMPARE(profiles.find(QStringLiteral("A"))->url, QUrl(QStringLiteral("https://a.example")));
    }
};

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "TestServerProfiles.moc"
