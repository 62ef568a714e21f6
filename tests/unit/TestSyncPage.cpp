#include "core/sync/SyncPage.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace leadscope;
using core::SyncPage;

// A sync page is read (on a thread of its own during a sync) into exactly
// the values the cache stores: what the desktop shows of a company, a visit
// and its pages depends on this reading, and a page any part of which is not
// understood is refused whole.
class TestSyncPage : public QObject
{
    Q_OBJECT
private:
    static SyncPage read(const QByteArray& json)
    {
        SyncPage page;
        QString error;
        [&] {
            QVERIFY2(SyncPage::read(json, &page, &error), qPrintable(error));
        }();
        return page;
    }

    static qint64 ms(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void readsEveryKindOfChangeAsTheCacheKeepsIt()
    {
        const SyncPage page = read(
            R"({"changes":[)"
            R"({"seq":1,"type":"company","op":"upsert","id":"kvk-1",)"
            R"("data":{"name":"Bakkerij de Zon B.V.","city":"Utrecht","phone":null,"employee_band":"10-49"}},)"
            R"({"seq":2,"type":"visit","op":"upsert","id":"v-1",)"
            R"("data":{"company_id":"kvk-1","visitor_key":"k1","site_id":"s1","website":"example.nl",)"
            R"("started_at":"2026-03-01T10:00:00.000+00:00","ended_at":"2026-03-01T10:04:30.250Z",)"
            R"("pageviews":3,"referrer_class":"search","landing_page":"/prijzen","device":"desktop",)"
            R"("match":{"confidence":"high","kind":"range","size":256}}},)"
            R"({"seq":3,"type":"visit","op":"upsert","id":"v-2",)"
            R"("data":{"company_id":"kvk-1","started_at":"2026-03-02T09:00:00+01:00",)"
            R"("ended_at":"2026-03-02T09:00:00+01:00"}},)"
            R"({"seq":4,"type":"pageview","op":"upsert","id":"p-1",)"
            R"("data":{"visit_id":"v-1","path":"/prijzen","title":"Prijzen — Zon","viewed_at":"2026-03-01T10:01:00.500Z",)"
            R"("seconds":42}},)"
            R"({"seq":5,"type":"annotation","op":"upsert","id":"kvk-1","data":{"note":"Bellen","assignee":null}},)"
            R"({"seq":6,"type":"activity","op":"upsert","id":"a-1",)"
            R"("data":{"company_id":"kvk-1","at":"2026-03-03T08:00:00Z","by":"u-1","changes":{"status":["new","open"]}}},)"
            R"({"seq":7,"type":"rule_firing","op":"upsert","id":"f-1",)"
            R"("data":{"rule_id":"r-1","rule_name":"Pricing","company_id":"kvk-1","visit_id":"v-1",)"
            R"("at":"2026-03-01T10:05:00Z","why":{"path":"/prijzen"},"did":{"notify":["u-1","u-2"]}}},)"
            R"({"seq":8,"type":"pageview","op":"delete","id":"p-0"})"
            R"(],"cursor":"c1:OA","has_more":true,"remaining":-5})");
        QCOMPARE(page.cursor, QStringLiteral("c1:OA"));
        QVERIFY(page.hasMore);
        QCOMPARE(page.remaining, 0); // an estimate below zero means none
        QCOMPARE(page.changes.size(), 8);

        const auto& company = std::get<SyncPage::Company>(page.changes[0].row);
        QCOMPARE(page.changes[0].id, QStringLiteral("kvk-1"));
        QCOMPARE(company.fields[1], QStringLiteral("Bakkerij de Zon B.V."));
        QCOMPARE(company.fields[9], QStringLiteral("Utrecht"));
        QCOMPARE(company.fields[6], QStringLiteral("10-49"));
        QVERIFY(!company.fields[12].isNull()); // a null or absent field is empty text, never NULL
        QVERIFY(company.fields[12].isEmpty());
        QVERIFY(!company.fields[0].isNull());

        const auto& visit = std::get<SyncPage::Visit>(page.changes[1].row);
        QCOMPARE(visit.companyId, QStringLiteral("kvk-1"));
        QCOMPARE(visit.startedAt, ms("2026-03-01T10:00:00.000Z"));
        QCOMPARE(visit.endedAt, ms("2026-03-01T10:04:30.250Z"));
        QCOMPARE(visit.pageviews, 3);
        QCOMPARE(visit.landingPage, QStringLiteral("/prijzen"));
        QCOMPARE(visit.confidence, 3);
        QCOMPARE(visit.match, QStringLiteral(R"({"confidence":"high","kind":"range","size":256})"));
        QVERIFY(visit.utmSource.isEmpty() && !visit.utmSource.isNull());

        const auto& bare = std::get<SyncPage::Visit>(page.changes[2].row);
        QCOMPARE(bare.startedAt, ms("2026-03-02T08:00:00Z")); // an offset is honoured
        QCOMPARE(bare.confidence, 0);
        QVERIFY(bare.match.isEmpty()); // sent without a match: it has none

        const auto& view = std::get<SyncPage::Pageview>(page.changes[3].row);
        QCOMPARE(view.visitId, QStringLiteral("v-1"));
        QCOMPARE(view.title, QStringLiteral("Prijzen — Zon"));
        QCOMPARE(view.viewedAt, ms("2026-03-01T10:01:00.500Z"));
        QCOMPARE(view.seconds, 42);

        const auto& note = std::get<SyncPage::Annotation>(page.changes[4].row);
        QCOMPARE(note.tags, QStringLiteral("[]"));
        QCOMPARE(note.status, QStringLiteral("new")); // absent: a new lead
        QCOMPARE(note.note, QStringLiteral("Bellen"));
        QVERIFY(note.assignee.isNull()); // nobody: NULL in the cache

        const auto& activity = std::get<SyncPage::Activity>(page.changes[5].row);
        QCOMPARE(activity.at, ms("2026-03-03T08:00:00Z"));
        QCOMPARE(activity.changes, QStringLiteral(R"({"status":["new","open"]})"));

        const auto& firing = std::get<SyncPage::RuleFiring>(page.changes[6].row);
        QCOMPARE(firing.ruleName, QStringLiteral("Pricing"));
        QCOMPARE(firing.notify, (QStringList{QStringLiteral("u-1"), QStringLiteral("u-2")}));
        QCOMPARE(firing.did, QStringLiteral(R"({"notify":["u-1","u-2"]})"));

        QVERIFY(page.changes[7].remove);
        QCOMPARE(page.changes[7].type, SyncPage::Type::Pageview);
        QVERIFY(std::holds_alternative<std::monostate>(page.changes[7].row));
    }

    void refusesAPageWithAnythingItDoesNotUnderstand_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto page = [](const char* change) -> QByteArray {
            return QByteArray(R"({"changes":[{"type":"company","op":"upsert","id":"kvk-2","data":{"name":"B"}},)") +
                   change + R"(],"cursor":"c1:Mg","has_more":false})";
        };
        QTest::newRow("visit without times") << page(R"({"type":"visit","op":"upsert","id":"v-1",)"
                                                     R"("data":{"company_id":"kvk-2"}})");
        QTest::newRow("visit with a bad time")
            << page(R"({"type":"visit","op":"upsert","id":"v-1","data":{"company_id":"kvk-2",)"
                    R"("started_at":"gisteren","ended_at":"2026-03-01T10:00:00Z"}})");
        QTest::newRow("page view without its visit")
            << page(R"({"type":"pageview","op":"upsert","id":"p-1","data":{"viewed_at":"2026-03-01T10:00:00Z"}})");
        QTest::newRow("unknown type") << page(R"({"type":"secret","op":"upsert","id":"x","data":{}})");
        QTest::newRow("unknown op") << page(R"({"type":"company","op":"merge","id":"kvk-3","data":{"name":"C"}})");
        QTest::newRow("id with a space") << page(R"({"type":"company","op":"delete","id":"kvk 3"})");
        QTest::newRow("id not ASCII") << page(R"({"type":"company","op":"delete","id":"kvk-é"})");
        QTest::newRow("company without a name") << page(R"({"type":"company","op":"upsert","id":"kvk-3","data":{}})");
        QTest::newRow("tags not a list") << page(
            R"({"type":"annotation","op":"upsert","id":"kvk-2","data":{"tags":"a,b"}})");
        QTest::newRow("activity without changes")
            << page(R"({"type":"activity","op":"upsert","id":"a-1","data":{"company_id":"kvk-2",)"
                    R"("at":"2026-03-01T10:00:00Z"}})");
        QTest::newRow("firing without why")
            << page(R"({"type":"rule_firing","op":"upsert","id":"f-1","data":{"rule_id":"r-1","company_id":"kvk-2",)"
                    R"("visit_id":"v-1","at":"2026-03-01T10:00:00Z","did":{}}})");
        QTest::newRow("a change that is no object") << page("42");
        QTest::newRow("no has_more") << QByteArray(R"({"changes":[],"cursor":"c1:Mg"})");
        QTest::newRow("cursor with a lone surrogate")
            << QByteArray(R"({"changes":[],"cursor":"\ud800c1","has_more":false})");
        QTest::newRow("cursor too long") << QByteArray("{\"changes\":[],\"cursor\":\"" + QByteArray(257, 'c') +
                                                       "\",\"has_more\":false}");
        QTest::newRow("cut off") << QByteArray(R"({"changes":[{"type":"company","op":"upsert","id":"kvk-2")");
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    }

    void refusesAPageWithAnythingItDoesNotUnderstand()
    {
        QFETCH(QByteArray, json);
        SyncPage page;
        page.changes.resize(3); // what an earlier page left is not kept either
        QString error;
        QVERIFY(!SyncPage::read(json, &page, &error));
        QVERIFY(error.contains(QStringLiteral("nothing of")));
        QVERIFY(page.changes.isEmpty());
    }

    void aCursorIsPrintableAsciiOfAtMost256Characters()
    {
        QVERIFY(SyncPage::isCursor(QStringLiteral("c1:MTIzNDU2")));
        QVERIFY(SyncPage::isCursor(QString(256, u'x')));
        QVERIFY(!SyncPage::isCursor(QString(257, u'x')));
        QVERIFY(!SyncPage::isCursor(QString()));
        QVERIFY(!SyncPage::isCursor(QStringLiteral("c1 2")));
        QVERIFY(!SyncPage::isCursor(QStringLiteral("c1\n")));
        QVERIFY(!SyncPage::isCursor(QStringLiteral("c1é")));
    }
};

QTEST_GUILESS_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
