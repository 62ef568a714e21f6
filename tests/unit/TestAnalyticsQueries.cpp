#include "core/cache/Cache.h"
#include "core/query/CompanyQuery.h"
#include "core/query/DashboardQuery.h"
#include "core/query/DataStore.h"
#include "core/query/FlowQuery.h"
#include "core/query/IgnoredCompanies.h"
#include "core/query/LeadScore.h"
#include "core/query/LeadsQuery.h"
#include "core/sync/AnnotationOutbox.h"
#include "core/sync/ChangeApplier.h"
#include "protocol/Crypto.h"
#include "tests/support/ChangePage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace leadscope;
using namespace leadscope::core;

// What the profile, journeys and dashboard screens show, computed over a
// small cache whose every figure is known: one point per day, journeys in
// page-view order, dashboard numbers against hand counts, the flow's
// drop-off, the lead score's parts, and local edits that a sync cannot
// overwrite before the server has them.
class TestAnalyticsQueries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QByteArray m_key = protocol::Crypto::randomBytes(32);
    int m_cursor = 0;
    const QDate m_today{2026, 11, 20};

    qint64 at(int daysAgo, int hour, int minute = 0) const
    {
        return test::ChangePage::at(m_today, daysAgo, hour, minute);
    }

    static QJsonObject change(const char* type, const QString& id, const QJsonObject& data)
    {
        return test::ChangePage::change(type, id, data);
    }

    static QJsonObject company(const QString& id, const QString& name, const QString& industry, const QString& band)
    {
        return test::ChangePage::company(id, name, industry, band);
    }

    static void visit(QJsonArray* changes, const QString& id, const QString& companyId, const QString& visitor,
                      qint64 start, const QStringList& paths, const QString& source = QStringLiteral("direct"),
                      const QString& campaign = {})
    {
        test::ChangePage::visit(changes, id, companyId, visitor, start, paths, source, campaign);
    }

    void apply(const QJsonArray& changes)
    {
        QString error;
        QVERIFY2(test::ChangePage::apply(*m_cache, changes, ++m_cursor, &error), qPrintable(error));
    }

    // How many leads the cache holds (a query for DataStore::run).
    static qint64 countAll(Cache& cache, QString* error)
    {
        qint64 n = -1;
        LeadsQuery(cache).count({}, &n, error);
        return n;
    }

private Q_SLOTS:
    void init()
    {
        Cache::OpenResult result;
        m_cache =
            Cache::open(m_dir.filePath(QStringLiteral("%1.cache").arg(QLatin1String(QTest::currentTestFunction()))),
                        m_key, &result);
        QVERIFY2(m_cache, qPrintable(result.message));
        // Three companies, six visits: what each is, in tests/support/ChangePage.h.
        const QJsonArray changes = test::ChangePage::handCounted(m_today);
        apply(changes);
        if (QTest::currentTestFailed())
            return;
    }

    void cleanup() { m_cache.reset(); }

    void companyProfileTimelineAndJourneys()
    {
        CompanyQuery query(*m_cache);
        query.setNow(at(0, 12));
        CompanyQuery::Company acme;
        bool found = false;
        QString error;
        QVERIFY2(query.company(QStringLiteral("kvk-1"), &acme, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(acme.name, QStringLiteral("Acme B.V."));
        QCOMPARE(acme.visits, 3);
        QCOMPARE(acme.pageviews, 6);
        QCOMPARE(acme.lastVisit, at(0, 8));
        // 4 h ago 29 + 3 visits 13 + 3 intent views (2× /prijzen, /contact) 16 + 6 min 5 + 50–99 employees 10
        QCOMPARE(acme.score.score, 73);
        // The reasons themselves, biggest first, each with its points (they add up to the score).
        QCOMPARE(
            acme.score.reasons,
            (QStringList{LeadScore::tr("%1 (+%2)").arg(LeadScore::tr("Visited today")).arg(29),
                         QStringLiteral("Views of pricing, contact or demo pages: 3 (+16)"),
                         QStringLiteral("Visits: 3 (+13)"), QStringLiteral("50 or more employees (+10)"),
                         LeadScore::tr("%1 (+%2)").arg(LeadScore::tr("%n minute(s) on the site", nullptr, 6)).arg(5)}));
        QVERIFY(query.company(QStringLiteral("kvk-404"), &acme, &found, &error));
        QVERIFY(!found);

        QList<CompanyQuery::Visit> visits;
        QVERIFY2(query.visits(QStringLiteral("kvk-1"), 0, 0, &visits, &error), qPrintable(error));
        QCOMPARE(visits.size(), 3);
        QCOMPARE(visits[0].id, QStringLiteral("v2")); // newest first
        QCOMPARE(visits[0].utmCampaign, QStringLiteral("spring"));
        QCOMPARE(visits[0].pageviews.size(), 2);
        QCOMPARE(visits[0].pageviews[1].path, QStringLiteral("/contact"));
        QCOMPARE(visits[0].pageviews[1].seconds, 60);

        // One point per day of the range, zeros included; weeks start on Monday.
        QList<CompanyQuery::Bucket> days;
        QVERIFY2(query.activity(QStringLiteral("kvk-1"), m_today.addDays(-6), m_today, CompanyQuery::Granularity::Day,
                                &days, &error),
                 qPrintable(error));
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.first().start, m_today.addDays(-6));
        QCOMPARE(days.last().visits, 1);
        QCOMPARE(days.last().pageviews, 2);
        QCOMPARE(days.last().firstVisitId, QStringLiteral("v2"));
        QCOMPARE(days[4].visits, 1); // 2 days ago
        QCOMPARE(days[1].visits, 1); // 5 days ago
        QCOMPARE(days[0].visits + days[2].visits + days[3].visits + days[5].visits, 0);
        QList<CompanyQuery::Bucket> weeks;
        QVERIFY(query.activity(QStringLiteral("kvk-1"), m_today.addDays(-30), m_today, CompanyQuery::Granularity::Week,
                               &weeks, &error));
        qint64 total = 0;
        for (const CompanyQuery::Bucket& week : std::as_const(weeks)) {
            QCOMPARE(week.start.dayOfWeek(), 1);
            total += week.visits;
        }
        QCOMPARE(total, 3);

        // Journeys: visitor 1 is who came first (key-b, 5 days ago); paths in page-view order.
        QList<CompanyQuery::Visitor> visitors;
        QVERIFY2(query.journeys(QStringLiteral("kvk-1"), &visitors, &error), qPrintable(error));
        QCOMPARE(visitors.size(), 2);
        QCOMPARE(visitors[0].number, 1);
        QCOMPARE(visitors[0].visits.size(), 1);
        QCOMPARE(visitors[1].visits.size(), 2);
        QCOMPARE(visitors[1].visits[0].pageviews[2].path, QStringLiteral("/prijzen"));
        QCOMPARE(visitors[1].visits[1].pageviews[0].path, QStringLiteral("/prijzen"));
        QVERIFY(visitors[1].visits[0].visitorKey.isEmpty()); // never handed to the UI
    }

    void dashboardAgainstHandCounts()
    {
        DashboardQuery query(*m_cache);
        const DashboardQuery::Period week{m_today.addDays(-6), m_today};
        DashboardQuery::Figures figures;
        QString error;
        QVERIFY2(query.figures(week, {}, 5, &figures, &error), qPrintable(error));
        // In the week: v1, v2, v3 (Acme), v4 (Bouwbedrijf), v6 (Old Timer).
        QCOMPARE(figures.current.companies, 3);
        QCOMPARE(figures.current.newCompanies, 2); // Old Timer first came 20 days ago
        QCOMPARE(figures.current.visits, 5);
        QCOMPARE(figures.current.pageviews, 10);
        QCOMPARE(figures.current.pagesPerVisit(), 2.0);
        // The week before holds nothing; the one before that had no visit either.
        QCOMPARE(figures.previous.visits, 0);
        QCOMPARE(figures.perDay.size(), 7);
        qint64 sum = 0;
        for (const DashboardQuery::Day& day : std::as_const(figures.perDay))
            sum += day.visits;
        QCOMPARE(sum, 5);
        QCOMPARE(figures.industries.first().label, QStringLiteral("Bouw"));
        QCOMPARE(figures.industries.first().count, 2);
        QCOMPARE(figures.pages.first().label, QStringLiteral("/"));
        QCOMPARE(figures.pages.first().count, 3);
        QCOMPARE(figures.campaigns.size(), 1);
        QCOMPARE(figures.campaigns.first().label, QStringLiteral("spring"));

        // A segment restricts every figure to its companies.
        LeadsQuery::Filter bouw;
        bouw.industry = QStringLiteral("Bouw");
        QVERIFY2(query.figures(week, bouw, 5, &figures, &error), qPrintable(error));
        QCOMPARE(figures.current.companies, 2);
        QCOMPARE(figures.current.visits, 2);
        QCOMPARE(figures.current.newCompanies, 1);
    }

    // What the team hides is in no list, count, figure or notification, and
    // comes back whole when shown again.
    void hiddenCompaniesLeaveEveryFigure()
    {
        QString error;
        const auto hide = [&](const QJsonArray& entries) {
            return IgnoredCompanies::replace(
                *m_cache, QJsonDocument(QJsonObject{{QStringLiteral("ignored"), entries}}).toJson(), &error);
        };
        const auto entry = [](const char* id, const char* company, const char* sbi) {
            return QJsonObject{
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("company_id"), company ? QJsonValue(QLatin1String(company)) : QJsonValue()},
                {QStringLiteral("sbi_prefix"), sbi ? QJsonValue(QLatin1String(sbi)) : QJsonValue()},
                {QStringLiteral("category"), QStringLiteral("customer")},
                {QStringLiteral("reason"), QStringLiteral("since 2019")},
                {QStringLiteral("by"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.example")}}},
                {QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00.000Z")}};
        };
        QCOMPARE(countAll(*m_cache, &error), 3);
        QVERIFY2(hide({entry("i-1", "kvk-1", nullptr)}), qPrintable(error));
        QCOMPARE(countAll(*m_cache, &error), 2);
        QList<LeadsQuery::Row> rows;
        QVERIFY(LeadsQuery(*m_cache).page({}, std::nullopt, 50, &rows, &error));
        for (const LeadsQuery::Row& row : std::as_const(rows))
            QVERIFY(row.id != QLatin1String("kvk-1"));
        DashboardQuery::Figures figures;
        QVERIFY2(DashboardQuery(*m_cache).figures({m_today.addDays(-6), m_today}, {}, 5, &figures, &error),
                 qPrintable(error));
        QCOMPARE(figures.current.companies, 2); // Bouwbedrijf Zuid and Old Timer
        QCOMPARE(figures.current.visits, 2);    // v4, v6
        QCOMPARE(figures.campaigns.size(), 0);  // spring was Acme's
        QList<CompanyQuery::Brief> briefs;
        QVERIFY(CompanyQuery(*m_cache).briefs({QStringLiteral("kvk-1"), QStringLiteral("kvk-2")}, &briefs, &error));
        QCOMPARE(briefs.size(), 1); // no notification about it either
        QCOMPARE(briefs.first().id, QStringLiteral("kvk-2"));
        // An industry: every company whose SBI code starts so.
        QJsonArray changes{test::ChangePage::change("company", QStringLiteral("kvk-2"),
                                                    {{QStringLiteral("name"), QStringLiteral("Bouwbedrijf Zuid")},
                                                     {QStringLiteral("sbi_code"), QStringLiteral("4120")},
                                                     {QStringLiteral("sbi_label"), QStringLiteral("Bouw")}})};
        apply(changes);
        QVERIFY2(hide({entry("i-1", "kvk-1", nullptr), entry("i-2", nullptr, "41")}), qPrintable(error));
        QCOMPARE(countAll(*m_cache, &error), 1);
        QList<IgnoredCompanies::Entry> entries;
        QVERIFY2(IgnoredCompanies::all(*m_cache, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        for (const IgnoredCompanies::Entry& e : std::as_const(entries)) {
            QCOMPARE(e.companies, 1);
            QCOMPARE(e.byEmail, QStringLiteral("a@b.example"));
        }
        // A list the server sends wrong keeps the old one.
        QVERIFY(!IgnoredCompanies::replace(*m_cache, "{\"ignored\":[{\"id\":\"x\"}]}", &error));
        QCOMPARE(countAll(*m_cache, &error), 1);
        // Shown again: everything back.
        QVERIFY2(hide({}), qPrintable(error));
        QCOMPARE(countAll(*m_cache, &error), 3);
        QVERIFY2(DashboardQuery(*m_cache).figures({m_today.addDays(-6), m_today}, {}, 5, &figures, &error),
                 qPrintable(error));
        QCOMPARE(figures.current.visits, 5);
    }

    void flowCountsEntriesStepsAndDropOff()
    {
        FlowQuery query(*m_cache);
        FlowQuery::Flow flow;
        QString error;
        QVERIFY2(query.flow({m_today.addDays(-30), m_today}, {}, {}, 3, 2, &flow, &error), qPrintable(error));
        QCOMPARE(flow.visits, 6);
        // Entries: "/" ×3 (v1, v4, v5, v6 → 4), "/prijzen" ×1, "/blog" ×1.
        QCOMPARE(flow.steps[0][0].path, QStringLiteral("/"));
        QCOMPARE(flow.steps[0][0].visits, 4);
        QCOMPARE(flow.steps[0][0].exits, 1); // v5 left at once
        QCOMPARE(flow.steps[0].size(), 3);   // two kept + "other"
        QVERIFY(flow.steps[0][2].path.isEmpty());
        QCOMPARE(flow.entryPages.first().label, QStringLiteral("/"));
        QCOMPARE(flow.exitPages.first().count, 2);
        qint64 fromHome = 0;
        for (const FlowQuery::Link& link : std::as_const(flow.links)) {
            if (link.fromStep == 0 && link.fromNode == 0)
                fromHome += link.visits;
        }
        QCOMPARE(fromHome, 3); // 4 entered on "/", 1 left
    }

    void leadsSortFilterAndUnseen()
    {
        LeadsQuery query(*m_cache);
        QList<LeadsQuery::Row> rows;
        QString error;
        QVERIFY2(query.page({}, LeadsQuery::Sort::Name, std::nullopt, 2, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].name, QStringLiteral("Acme B.V."));
        QVERIFY2(query.page({}, LeadsQuery::Sort::Name, LeadsQuery::cursorAfter(rows.last()), 2, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].name, QStringLiteral("Old Timer"));
        QVERIFY(query.page({}, LeadsQuery::Sort::Visits, std::nullopt, 5, &rows, &error));
        QCOMPARE(rows[0].id, QStringLiteral("kvk-1"));
        QVERIFY(rows[0].score > rows[1].score);

        LeadsQuery::Filter pricing;
        pricing.visitedPage = QStringLiteral("PRIJZEN");
        qint64 count = 0;
        QVERIFY(query.count(pricing, &count, &error));
        QCOMPARE(count, 1);
        LeadsQuery::Filter site;
        site.website = QStringLiteral("demo.example");
        QVERIFY(query.count(site, &count, &error));
        QCOMPARE(count, 3);

        // Unseen until the profile is opened; a new visit makes it unseen again. On a first sync only
        // the last day before the latest visit is new: Acme (today) and Bouwbedrijf (yesterday 11:00,
        // after the latest visit's time yesterday), not Old Timer (3 days ago).
        LeadsQuery::Filter unseen;
        unseen.unseenOnly = true;
        QVERIFY(query.count(unseen, &count, &error));
        QCOMPARE(count, 2);
        QVERIFY2(LeadsQuery::markSeen(*m_cache, QStringLiteral("kvk-2"), &error), qPrintable(error));
        QVERIFY(query.count(unseen, &count, &error));
        QCOMPARE(count, 1);
        QJsonArray later;
        visit(&later, QStringLiteral("v7"), QStringLiteral("kvk-2"), QStringLiteral("key-c"), at(0, 10),
              {QStringLiteral("/")});
        apply(later);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(query.count(unseen, &count, &error));
        QCOMPARE(count, 2);
        // Marked new again by hand; then the whole list as seen.
        QVERIFY(LeadsQuery::markUnseen(*m_cache, QStringLiteral("kvk-3"), &error));
        QVERIFY(query.count(unseen, &count, &error));
        QCOMPARE(count, 3);
        QVERIFY2(query.markAllSeen({}, &error), qPrintable(error));
        QVERIFY(query.count(unseen, &count, &error));
        QCOMPARE(count, 0);

        QStringList values;
        QVERIFY(query.values(LeadsQuery::Facet::Industry, &values, &error));
        QCOMPARE(values, (QStringList{QStringLiteral("Bouw"), QStringLiteral("Software")}));
        // Saved segments keep their filter as JSON.
        LeadsQuery::Filter hot;
        hot.minVisits = 2;
        hot.visitedPage = QStringLiteral("/prijzen");
        hot.lastVisitFrom = at(7, 0);
        QCOMPARE(LeadsQuery::Filter::fromJson(hot.toJson()), hot);
    }

    // Under a period filter the Visits column counts the visits in that period
    // (what "Last 4 days" means to a reader), sorts by them, and the score
    // still weighs every visit.
    void visitsCountWithinTheFilteredPeriod()
    {
        LeadsQuery query(*m_cache);
        query.setNow(at(0, 12));
        QString error;
        QList<LeadsQuery::Row> all;
        QVERIFY2(query.page({}, LeadsQuery::Sort::Name, std::nullopt, 10, &all, &error), qPrintable(error));
        LeadsQuery::Filter recent;
        recent.lastVisitWithinDays = 4; // today and the 3 days before
        QList<LeadsQuery::Row> rows;
        QVERIFY2(query.page(recent, LeadsQuery::Sort::Name, std::nullopt, 10, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].name, QStringLiteral("Acme B.V."));
        QCOMPARE(rows[0].visits, 2); // today and 2 days ago; not 5 days ago
        QCOMPARE(all[0].visits, 3);
        QCOMPARE(rows[0].score, all[0].score);
        QCOMPARE(rows[2].name, QStringLiteral("Old Timer"));
        QCOMPARE(rows[2].visits, 1); // 3 days ago; not 20 days ago
        QCOMPARE(all[2].visits, 2);
        // Sorted by the visits in the period, fewest first, through the cursor.
        QVERIFY(query.page(recent, {LeadsQuery::Sort::Visits, Qt::AscendingOrder}, std::nullopt, 2, &rows, &error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].visits, 1);
        QCOMPARE(rows[1].visits, 1);
        QVERIFY(query.page(recent, {LeadsQuery::Sort::Visits, Qt::AscendingOrder}, LeadsQuery::cursorAfter(rows[1]), 2,
                           &rows, &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].name, QStringLiteral("Acme B.V."));
        QCOMPARE(rows[0].visits, 2);
    }

    void dashboardPeriodsAreWholeDaysEndingYesterday()
    {
        const DashboardQuery::Period week = DashboardQuery::Period::lastDays(7, m_today);
        QCOMPARE(week.to, m_today.addDays(-1));
        QCOMPARE(week.days(), 7);
        QCOMPARE(week.previous().to, m_today.addDays(-8));
        // The period before, day for day: Old Timer's first visit, 20 days ago, falls in the 14-day period
        // before the last 14.
        const DashboardQuery::Period fortnight = DashboardQuery::Period::lastDays(14, m_today);
        DashboardQuery::Figures figures;
        QString error;
        QVERIFY2(DashboardQuery(*m_cache).figures(fortnight, {}, 5, &figures, &error), qPrintable(error));
        QCOMPARE(figures.previousPerDay.size(), 14);
        QCOMPARE(figures.previousPerDay.first().day, fortnight.previous().from);
        qint64 before = 0;
        for (const DashboardQuery::Day& day : std::as_const(figures.previousPerDay))
            before += day.visits;
        QCOMPARE(before, figures.previous.visits);
        QCOMPARE(before, 1);
        QCOMPARE(figures.current.visits, 4); // today's two visits are not in a period ending yesterday
    }

    void leadScoreIsDeterministicWithReasons()
    {
        const qint64 now = at(0, 12);
        QCOMPARE(LeadScore::compute({}, now).score, 0);
        const LeadScore::Result tenDays = LeadScore::compute({at(10, 12), 1, 0, 30, QStringLiteral("1")}, now);
        QCOMPARE(tenDays.score, 13); // 30·e^(−10/7) = 7, one visit 25·(1−e^(−1/4)) = 6, half a minute 0
        QCOMPARE(tenDays.reasons.size(), 2);
        const LeadScore::Result max = LeadScore::compute({now, 30, 15, 3600, QStringLiteral("500+")}, now);
        QCOMPARE(max.score, 100);
        QCOMPARE(max.reasons.first(), LeadScore::tr("%1 (+%2)").arg(LeadScore::tr("Visited today")).arg(30));
        // The reasons add up to the score.
        const LeadScore::Result typical = LeadScore::compute({at(2, 9), 4, 2, 420, QStringLiteral("10-19")}, now);
        int sum = 0;
        for (const QString& reason : typical.reasons)
            sum += QRegularExpression(QStringLiteral("\\(\\+(\\d+)\\)$")).match(reason).captured(1).toInt();
        QCOMPARE(sum, typical.score);
        // Scores spread: each more visit, intent view or recent day still moves the score — no plateau
        // where dozens of companies tie (46 of 119 pricing visitors once scored exactly 83).
        for (int visits = 1; visits < 8; ++visits)
            QVERIFY(LeadScore::points({now, visits + 1, 2, 600, {}}, now) >
                    LeadScore::points({now, visits, 2, 600, {}}, now));
        for (int views = 1; views < 6; ++views)
            QVERIFY(LeadScore::points({now, 3, views + 1, 600, {}}, now) >
                    LeadScore::points({now, 3, views, 600, {}}, now));
        for (int days = 0; days < 10; ++days)
            QVERIFY(LeadScore::points({at(days + 1, 12), 3, 2, 600, {}}, now) <
                    LeadScore::points({at(days, 12), 3, 2, 600, {}}, now));
        QCOMPARE(LeadScore::employeesAtLeast(QStringLiteral("200-499")), 200);
    }

    // Notes a rule changed say which rule, by name — not "rule:r-…".
    void notesARuleChangedNameTheRule()
    {
        apply({change("annotation", QStringLiteral("kvk-1"),
                      {{QStringLiteral("tags"), QJsonArray{QStringLiteral("pricing")}},
                       {QStringLiteral("status"), QStringLiteral("new")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-11-19T10:00:00.000Z")},
                       {QStringLiteral("updated_by"), QStringLiteral("rule:r-pricing")}})});
        if (QTest::currentTestFailed())
            return;
        CompanyQuery query(*m_cache);
        CompanyQuery::Company acme;
        bool found = false;
        QString error;
        QVERIFY2(query.company(QStringLiteral("kvk-1"), &acme, &found, &error), qPrintable(error));
        QVERIFY(acme.annotation.updatedByRule);
        QCOMPARE(acme.annotation.updatedByName, QString()); // a rule this computer does not know (yet)
        QVERIFY2(m_cache->db().exec(QStringLiteral("INSERT INTO rules (id, position, name) VALUES "
                                                   "('r-pricing', 1, 'Pricing visitors')"),
                                    &error),
                 qPrintable(error));
        QVERIFY(query.company(QStringLiteral("kvk-1"), &acme, &found, &error));
        QVERIFY(acme.annotation.updatedByRule);
        QCOMPARE(acme.annotation.updatedByName, QStringLiteral("Pricing visitors"));
    }

    void localEditsWinUntilTheServerHasThem()
    {
        AnnotationOutbox::Edit edit;
        edit.tags = {QStringLiteral("watch")};
        edit.note = QStringLiteral("Mine");
        edit.status = QStringLiteral("contacted");
        QString error;
        QVERIFY2(AnnotationOutbox::queue(*m_cache, QStringLiteral("kvk-1"), edit, &error), qPrintable(error));
        // A synced annotation (someone else's, older) arrives meanwhile: the queued edit still shows.
        apply({change("annotation", QStringLiteral("kvk-1"),
                      {{QStringLiteral("tags"), QJsonArray{}},
                       {QStringLiteral("note"), QStringLiteral("Theirs")},
                       {QStringLiteral("status"), QStringLiteral("new")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-11-19T10:00:00.000Z")}})});
        if (QTest::currentTestFailed())
            return;
        CompanyQuery query(*m_cache);
        CompanyQuery::Company acme;
        bool found = false;
        QVERIFY(query.company(QStringLiteral("kvk-1"), &acme, &found, &error));
        QCOMPARE(acme.annotation.note, QStringLiteral("Mine"));
        QVERIFY(acme.annotation.pending);
        LeadsQuery::Filter watched;
        watched.tag = QStringLiteral("watch");
        qint64 count = 0;
        QVERIFY(LeadsQuery(*m_cache).count(watched, &count, &error));
        QCOMPARE(count, 1);
        // A second edit replaces the first in the queue.
        edit.note = QStringLiteral("Mine, again");
        QVERIFY(AnnotationOutbox::queue(*m_cache, QStringLiteral("kvk-1"), edit, &error));
        QList<AnnotationOutbox::Entry> pending;
        QVERIFY(AnnotationOutbox::pending(*m_cache, &pending, &error));
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().body.contains("Mine, again"));
        // Refused: what the server had before the edits is back.
        QVERIFY(AnnotationOutbox::refused(*m_cache, pending.first(), &error));
        QVERIFY(query.company(QStringLiteral("kvk-1"), &acme, &found, &error));
        QVERIFY(!acme.annotation.pending);
        QCOMPARE(acme.annotation.note, QString());
        QCOMPARE(acme.annotation.status, QStringLiteral("new"));
    }

    void dataStoreRunsQueriesOffTheCallersThread()
    {
        m_cache.reset(); // the store opens its own connection
        const QString path =
            m_dir.filePath(QStringLiteral("%1.cache").arg(QLatin1String("dataStoreRunsQueriesOffTheCallersThread")));
        DataStore store(path, protocol::SecretBytes(m_key));
        QObject screen;
        Qt::HANDLE worker = nullptr;
        qint64 count = -1;
        QString failure = QStringLiteral("not called");
        store.run<qint64>(
            &screen,
            [&worker](Cache& cache, QString* error) {
                worker = QThread::currentThreadId();
                return countAll(cache, error);
            },
            [&](qint64 n, const QString& error) {
                count = n;
                failure = error;
            });
        QTRY_COMPARE(count, 3);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(worker != QThread::currentThreadId());

        // A screen that is gone gets nothing (and nothing crashes).
        bool called = false;
        {
            QObject gone;
            store.run<int>(
                &gone, [](Cache&, QString*) { return 1; }, [&](int, const QString&) { called = true; });
        }
        qint64 after = -1;
        store.run<qint64>(
            &screen, [](Cache&, QString*) { return qint64(7); }, [&](qint64 n, const QString&) { after = n; });
        QTRY_COMPARE(after, 7);
        QVERIFY(!called);

        // A wrong key: the work is not run, the error says what to do.
        DataStore wrong(path, protocol::SecretBytes(protocol::Crypto::randomBytes(32)));
        QString message;
        bool ran = false;
        wrong.run<int>(
            &screen,
            [&ran](Cache&, QString*) {
                ran = true;
                return 0;
            },
            [&](int, const QString& error) { message = error; });
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY(!ran);
        QVERIFY2(message.contains(QStringLiteral("sync again")), qPrintable(message));
    }

    // Closing a store (quitting, signing out) stops the query it is running
    // and skips the ones queued after it: here one that would never end.
    void closingAStoreStopsItsRunningQuery()
    {
        m_cache.reset();
        const QString path =
            m_dir.filePath(QStringLiteral("%1.cache").arg(QLatin1String("closingAStoreStopsItsRunningQuery")));
        QObject screen;
        std::atomic_bool started{false};
        std::atomic_bool interrupted{false};
        std::atomic_int queuedRan{0};
        {
            DataStore store(path, protocol::SecretBytes(m_key));
            store.run<int>(
                &screen,
                [&](Cache& cache, QString* error) {
                    SqliteStatement endless = cache.db().prepare(
                        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                       "SELECT count(*) FROM n"),
                        error);
                    started = true;
                    const bool answered = endless.next();
                    interrupted = !answered && endless.error().contains(QStringLiteral("interrupt"));
                    return 0;
                },
                [](int, const QString&) {});
            store.run<int>(
                &screen,
                [&](Cache&, QString*) {
                    ++queuedRan;
                    return 0;
                },
                [](int, const QString&) {});
            QTRY_VERIFY(started);
        } // ~DataStore: without the interrupt this never returns
        QVERIFY(interrupted);
        QCOMPARE(queuedRan.load(), 0);
    }

    void aBurstOfChangesReloadsTheScreensTwiceNotPerPage()
    {
        DataStore store(m_dir.filePath(QStringLiteral("burst.cache")), protocol::SecretBytes(m_key));
        QSignalSpy changed(&store, &DataStore::changed);
        for (int page = 0; page < 50; ++page) // an initial sync's pages, in quick succession
            store.notifyChanged();
        QCOMPARE(changed.count(), 1);                        // at once…
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 3000); // …and once more for the rest
        QTest::qWait(DataStore::kChangedIntervalMs + 200);
        QCOMPARE(changed.count(), 2);
    }

    void theScreensConnectionOutlivesTheSyncEnginesOne()
    {
        // The sync engine closes its connection (sign-out of the engine, a
        // full resync) while the screens' store keeps reading the same file.
        const QString path = m_dir.filePath(QStringLiteral("shared.cache"));
        m_cache.reset();
        DataStore store(path, protocol::SecretBytes(m_key));
        QObject screen;
        // Before the engine created the cache there is nothing, and no error either.
        qint64 count = -1;
        QString failure = QStringLiteral("not called");
        store.run<qint64>(
            &screen, [](Cache&, QString*) { return qint64(99); },
            [&](qint64 n, const QString& error) {
                count = n;
                failure = error;
            });
        QTRY_VERIFY(failure != QStringLiteral("not called"));
        QCOMPARE(count, 0);
        QVERIFY(failure.isEmpty());
        {
            Cache::OpenResult result;
            auto engine = Cache::open(path, m_key, &result);
            QVERIFY(engine);
            QJsonArray changes;
            changes.append(company(QStringLiteral("kvk-9"), QStringLiteral("Negen B.V."), QStringLiteral("Bouw"),
                                   QStringLiteral("2-4")));
            visit(&changes, QStringLiteral("v9"), QStringLiteral("kvk-9"), QStringLiteral("k"), at(0, 9),
                  {QStringLiteral("/")});
            ChangeApplier applier(*engine);
            ChangeApplier::Outcome outcome;
            QString applyError;
            QVERIFY2(applier.apply(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                             {QStringLiteral("cursor"), QStringLiteral("c1:1")},
                                                             {QStringLiteral("has_more"), false}})
                                       .toJson(),
                                   &outcome, &applyError),
                     qPrintable(applyError));
            // The store opens now, while the engine's connection is still open…
            count = -1;
            store.run<qint64>(&screen, countAll, [&](qint64 n, const QString&) { count = n; });
            QTRY_COMPARE(count, 1);
        } // …and keeps working after the engine's connection closed.
        count = -1;
        failure = QStringLiteral("not called");
        store.run<qint64>(&screen, countAll, [&](qint64 n, const QString& error) {
            count = n;
            failure = error;
        });
        QTRY_COMPARE(count, 1);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsQueries)
#include "TestAnalyticsQueries.moc"
