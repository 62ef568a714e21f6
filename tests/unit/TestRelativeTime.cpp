#include "ui/RelativeTime.h"

#include <QLocale>
#include <QTest>

using namespace leadscope::ui;

// The leads list's "Last visit": recent moments as a person says them, older
// ones as dates, never a future "ago".
class TestRelativeTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void recentMomentsReadAsAPersonSaysThem()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(16, 0)); // a Friday
        const auto at = [](int day, int hour, int minute) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
        };
        QCOMPARE(RelativeTime::describe(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(RelativeTime::describe(now.addSecs(20), now), QStringLiteral("just now")); // a clock a little ahead
        QCOMPARE(RelativeTime::describe(now.addSecs(-5 * 60 - 10), now), QStringLiteral("5 min ago"));
        QCOMPARE(RelativeTime::describe(at(4, 12, 30), now), QStringLiteral("3 h ago"));
        QCOMPARE(RelativeTime::describe(at(3, 14, 33), now), QStringLiteral("yesterday 14:33"));
        QCOMPARE(RelativeTime::describe(at(3, 23, 59), QDateTime(QDate(2026, 12, 4), QTime(0, 30))),
                 QStringLiteral("31 min ago"));
        QCOMPARE(RelativeTime::describe(at(30, 9, 12).addMonths(-1), now), QStringLiteral("Mon 09:12"));
        QCOMPARE(RelativeTime::describe(at(3, 9, 0).addMonths(-1), now), QStringLiteral("3 Nov"));
        QCOMPARE(RelativeTime::describe(QDateTime(QDate(2025, 11, 3), QTime(9, 0)), now), QStringLiteral("3 Nov 2025"));
        // Further in the future than a clock's drift: a date, not "ago".
        QCOMPARE(RelativeTime::describe(at(6, 9, 0), now), QStringLiteral("6 Dec"));
        QVERIFY(RelativeTime::exact(at(3, 14, 33)).contains(QStringLiteral("14:33")));
        QVERIFY(RelativeTime::exact(at(3, 14, 33)).contains(QStringLiteral("December 2026")));
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "TestRelativeTime.moc"
