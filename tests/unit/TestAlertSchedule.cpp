#include "server/domain/AlertPreferences.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using leadscope::server::AlertPreferences;

// When a reader's digest is due and what it covers, in the reader's zone —
// across a change to summer time — and when quiet hours end; what the
// preferences accept and refuse, by field.
class TestAlertSchedule : public QObject
{
    Q_OBJECT
private:
    static qint64 local(const char* text, const char* zone = "Europe/Amsterdam")
    {
        QDateTime time = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
        time.setTimeZone(QTimeZone(zone));
        return time.toMSecsSinceEpoch();
    }
    static AlertPreferences::Prefs prefs(const char* json)
    {
        AlertPreferences::Prefs p;
        QString error;
        if (!p.merge(QJsonDocument::fromJson(json).object(), &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

private Q_SLOTS:
    void dailyDigestOnChosenWeekdays()
    {
        const auto p = prefs(R"({"digest":"daily","digest_hour":8,"digest_days":["mon","tue","wed","thu","fri"],
                                 "time_zone":"Europe/Amsterdam"})");
        // Saturday morning: the last one was Friday at 08:00 there (07:00 UTC in winter).
        QCOMPARE(p.lastDigestAtOrBefore(local("2026-12-05T10:00:00")), local("2026-12-04T08:00:00"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(local("2026-12-04T08:00:00"), QTimeZone::utc()).time().hour(), 7);
        // Monday 08:00 covers the weekend: from Friday's.
        const qint64 monday = p.lastDigestAtOrBefore(local("2026-12-07T08:00:00"));
        QCOMPARE(monday, local("2026-12-07T08:00:00"));
        QCOMPARE(p.digestPeriodStart(monday), local("2026-12-04T08:00:00"));
        // A minute before it: still Friday's.
        QCOMPARE(p.lastDigestAtOrBefore(local("2026-12-07T07:59:00")), local("2026-12-04T08:00:00"));
    }

    void summerTimeKeepsTheLocalHour()
    {
        const auto p = prefs(R"({"digest":"daily","digest_hour":8,
                                 "digest_days":["mon","tue","wed","thu","fri","sat","sun"],
                                 "time_zone":"Europe/Amsterdam"})");
        // 29 March 2026: clocks go from 02:00 to 03:00 in Amsterdam.
        const qint64 sunday = p.lastDigestAtOrBefore(local("2026-03-29T09:00:00"));
        QCOMPARE(sunday, local("2026-03-29T08:00:00"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(sunday, QTimeZone::utc()).time().hour(), 6); // CEST
        QCOMPARE(p.digestPeriodStart(sunday), local("2026-03-28T08:00:00"));
        QCOMPARE(sunday - p.digestPeriodStart(sunday), 23LL * 3600 * 1000); // a short day
    }

    void weeklyDigestCoversSevenDays()
    {
        const auto p = prefs(R"({"digest":"weekly","digest_hour":9,"digest_days":["wed"],"time_zone":"Asia/Tokyo"})");
        const qint64 slot = p.lastDigestAtOrBefore(local("2026-12-08T12:00:00", "Asia/Tokyo")); // a Tuesday
        QCOMPARE(slot, local("2026-12-02T09:00:00", "Asia/Tokyo"));
        QCOMPARE(p.digestPeriodStart(slot), local("2026-11-25T09:00:00", "Asia/Tokyo"));
        QCOMPARE(prefs(R"({"digest":"off"})").lastDigestAtOrBefore(local("2026-12-08T12:00:00")), 0);
    }

    void quietHoursWrapMidnight()
    {
        const auto p = prefs(R"({"quiet_hours":{"from":21,"to":7},"time_zone":"Europe/Amsterdam"})");
        QCOMPARE(p.outsideQuietHours(local("2026-12-05T23:30:00")), local("2026-12-06T07:00:00"));
        QCOMPARE(p.outsideQuietHours(local("2026-12-06T06:59:00")), local("2026-12-06T07:00:00"));
        QCOMPARE(p.outsideQuietHours(local("2026-12-06T12:00:00")), local("2026-12-06T12:00:00"));
        QCOMPARE(p.outsideQuietHours(local("2026-12-06T21:00:00")), local("2026-12-07T07:00:00"));
        const auto day = prefs(R"({"quiet_hours":{"from":12,"to":14},"time_zone":"UTC"})");
        QCOMPARE(day.outsideQuietHours(local("2026-12-06T13:15:00", "UTC")), local("2026-12-06T14:00:00", "UTC"));
        QCOMPARE(day.outsideQuietHours(local("2026-12-06T14:00:00", "UTC")), local("2026-12-06T14:00:00", "UTC"));
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("hour") << QByteArray(R"({"digest_hour":24})") << QStringLiteral("digest_hour");
        QTest::newRow("hour as text") << QByteArray(R"({"digest_hour":"8"})") << QStringLiteral("digest_hour");
        QTest::newRow("day") << QByteArray(R"({"digest_days":["someday"]})") << QStringLiteral("digest_days");
        QTest::newRow("weekly on two days")
            << QByteArray(R"({"digest":"weekly","digest_days":["mon","fri"]})") << QStringLiteral("digest_days");
        QTest::newRow("daily on no day") << QByteArray(R"({"digest":"daily","digest_days":[]})")
                                         << QStringLiteral("digest_days");
        QTest::newRow("digest") << QByteArray(R"({"digest":"hourly"})") << QStringLiteral("digest");
        QTest::newRow("zone") << QByteArray(R"({"time_zone":"Mars/Olympus"})") << QStringLiteral("time_zone");
        QTest::newRow("language") << QByteArray(R"({"language":"fr"})") << QStringLiteral("language");
        QTest::newRow("quiet same hour") << QByteArray(R"({"quiet_hours":{"from":3,"to":3}})")
                                         << QStringLiteral("quiet_hours");
        QTest::newRow("alerts") << QByteArray(R"({"email_alerts":"yes"})") << QStringLiteral("email_alerts");
        QTest::newRow("unknown") << QByteArray(R"({"sms":true})") << QStringLiteral("sms");
    }
    void refusalsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        AlertPreferences::Prefs p;
        const AlertPreferences::Prefs before = p;
        QString error;
        QVERIFY(!p.merge(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.startsWith(field + u':'), qPrintable(error));
        QCOMPARE(p.toJson(), before.toJson()); // nothing half-applied
    }

    void roundTrip()
    {
        const auto p = prefs(R"({"email_alerts":true,"digest":"weekly","digest_hour":17,"digest_days":["sun"],
                                 "quiet_hours":{"from":22,"to":6},"language":"de","time_zone":"Europe/Berlin"})");
        AlertPreferences::Prefs again;
        QString error;
        QVERIFY2(again.merge(p.toJson(), &error), qPrintable(error));
        QCOMPARE(again.toJson(), p.toJson());
        QCOMPARE(p.toJson().value(QStringLiteral("digest_days")).toArray(), QJsonArray{QStringLiteral("sun")});
    }
};

QTEST_GUILESS_MAIN(TestAlertSchedule)
#include "TestAlertSchedule.moc"
