#include "core/cache/Cache.h"
#include "core/cache/SqliteStatement.h"
#include "core/query/LeadsQuery.h"
#include "core/query/TargetLists.h"
#include "protocol/Crypto.h"
#include "protocol/LeadFilter.h"
#include "protocol/LeadMatcher.h"
#include "tests/support/ChangePage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace leadscope;
using protocol::LeadFilter;
using protocol::LeadMatcher;

// The one filter language (docs/FILTERS.md): its JSON form refuses what it does
// not understand by name, and the server's matcher and the desktop's SQL over
// its cache give the same companies for the same data and filter.
class TestLeadFilter : public QObject
{
    Q_OBJECT

private:
    static QString refusal(const QByteArray& json)
    {
        QString error;
        const std::optional<LeadFilter> filter = LeadFilter::parse(QJsonDocument::fromJson(json).object(), &error);
        return filter ? QStringLiteral("accepted") : error;
    }

private Q_SLOTS:
    void jsonRoundTripsWithItsVersion()
    {
        LeadFilter filter;
        filter.lastVisitWithinDays = 7;
        filter.sbiPrefix = QStringLiteral("62");
        filter.country = QStringLiteral("NL");
        filter.visitedPage = QStringLiteral("/prijzen");
        filter.minVisits = 2;
        filter.unseenOnly = true;
        filter.ids = {QStringLiteral("kvk-1"), QStringLiteral("kvk-2")};
        filter.visit.page = QStringLiteral("/prijzen*");
        filter.visit.returningWithinDays = 7;
        QCOMPARE(filter.toJsonObject().value(QStringLiteral("v")).toInt(), 2); // the lowest version that holds it
        filter.visit.confidence = QStringLiteral("medium");
        const QJsonObject json = filter.toJsonObject();
        QCOMPARE(json.value(QStringLiteral("v")).toInt(), LeadFilter::kVersion);
        QCOMPARE(json.value(QStringLiteral("visit")).toObject().value(QStringLiteral("confidence")).toString(),
                 QStringLiteral("medium"));
        QCOMPARE(json.value(QStringLiteral("sbi_prefix")).toString(), QStringLiteral("62"));
        QVERIFY(!json.contains(QStringLiteral("city"))); // only what is set
        QString error;
        QCOMPARE(LeadFilter::parse(json, &error).value_or(LeadFilter{}), filter);
        QCOMPARE(LeadFilter::fromJson(filter.toJson()), filter);
        QCOMPARE(LeadFilter{}.toJsonObject(), (QJsonObject{{QStringLiteral("v"), 1}}));
        // A filter saved before the version existed reads as version 1.
        QCOMPARE(refusal(R"({"city":"Utrecht","min_visits":3})"), QStringLiteral("accepted"));
    }

    void badFieldsAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("names");
        QTest::newRow("text as number") << QByteArray(R"({"city":12})") << QStringLiteral("“city” must be text");
        QTest::newRow("fraction") << QByteArray(R"({"min_visits":2.5})")
                                  << QStringLiteral("“min_visits” must be a whole");
        QTest::newRow("negative") << QByteArray(R"({"last_visit_within_days":-1})")
                                  << QStringLiteral("“last_visit_within_days” must be a whole");
        QTest::newRow("too many days") << QByteArray(R"({"last_visit_within_days":99999})")
                                       << QStringLiteral("from 0 to 3650");
        QTest::newRow("unknown field") << QByteArray(R"({"cty":"Utrecht"})")
                                       << QStringLiteral("“cty” is not a filter condition");
        QTest::newRow("newer version") << QByteArray(R"({"v":4,"city":"Utrecht"})")
                                       << QStringLiteral("version 4; this Leadscope understands version 3");
        QTest::newRow("confidence word") << QByteArray(R"({"visit":{"confidence":"sure"}})")
                                         << QStringLiteral(
                                                "“visit.confidence” must be \"low\", \"medium\" or \"high\"");
        QTest::newRow("sbi letters") << QByteArray(R"({"sbi_prefix":"6a"})")
                                     << QStringLiteral("“sbi_prefix” must be 1 to 6 digits");
        QTest::newRow("country") << QByteArray(R"({"country":"nl"})")
                                 << QStringLiteral("“country” must be two capital");
        QTest::newRow("flag") << QByteArray(R"({"unseen_only":"yes"})")
                              << QStringLiteral("“unseen_only” must be true or false");
        QTest::newRow("ids") << QByteArray(R"({"ids":[1,2]})") << QStringLiteral("“ids” must hold company ids");
        QTest::newRow("long") << QByteArray("{\"tag\":\"" + QByteArray(201, 'x') + "\"}")
                              << QStringLiteral("“tag” is longer than 200 characters");
    }

    void badFieldsAreRefusedByName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, names);
        const QString said = refusal(json);
        QVERIFY2(said.contains(names), qPrintable(said));
    }

    void aSavedFilterKeepsWhatItUnderstands()
    {
        // A segment this desktop saved is never lost for one field it cannot read.
        const LeadFilter kept = LeadFilter::fromJson(R"({"city":"Utrecht","min_visits":"lots","future":1,"v":9})");
        LeadFilter expected;
        expected.city = QStringLiteral("Utrecht");
        QCOMPARE(kept, expected);
        QCOMPARE(LeadFilter::fromJson("not json"), LeadFilter{});
    }

    void searchWordsAreMadeAsFts5MakesThem()
    {
        QCOMPARE(LeadMatcher::words(QStringLiteral("Bäckerei Müller-Lüdenscheidt GmbH")),
                 (QStringList{QStringLiteral("backerei"), QStringLiteral("muller"), QStringLiteral("ludenscheidt"),
                              QStringLiteral("gmbh")}));
        QCOMPARE(LeadMatcher::words(QStringLiteral("https://www.tech+data.nl")),
                 (QStringList{QStringLiteral("https"), QStringLiteral("www"), QStringLiteral("tech"),
                              QStringLiteral("data"), QStringLiteral("nl")}));
    }

    // The same random companies, visits, notes and seen marks in a real cache and in
    // memory; hundreds of random filters; the desktop's SQL and the matcher agree on
    // every one (which companies, and how many).
    void theMatcherAndTheCacheAgree()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed); // to replay a failure
        QRandomGenerator random(seed);
        const auto pick = [&random](const QStringList& values) {
            return values.at(int(random.bounded(quint32(values.size()))));
        };
        QTemporaryDir dir;
        QString error;
        core::Cache::OpenResult opened;
        auto cache =
            core::Cache::open(dir.filePath(QStringLiteral("cache.db")), protocol::Crypto::randomBytes(32), &opened);
        QVERIFY2(cache, qPrintable(opened.message));

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QStringList words{QStringLiteral("Bäcker"), QStringLiteral("Müller"), QStringLiteral("Café"),
                                QStringLiteral("Zuid"),   QStringLiteral("de"),     QStringLiteral("Vries"),
                                QStringLiteral("Ørsted"), QStringLiteral("Straße"), QStringLiteral("Tech+Data"),
                                QStringLiteral("A.B.C."), QStringLiteral("IJssel"), QStringLiteral("Köln-Deutz")};
        const QStringList cities{QStringLiteral("Utrecht"), QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Köln"),
                                 QStringLiteral("Zürich")};
        const QStringList countries{QStringLiteral("NL"), QStringLiteral("DE"), QStringLiteral("CH")};
        const QStringList codes{QStringLiteral("6201"), QStringLiteral("6202"), QStringLiteral("4120"),
                                QStringLiteral("7022"), QStringLiteral("62")};
        const QStringList bands{QStringLiteral("2-4"), QStringLiteral("10-19"), QStringLiteral("50-99")};
        const QStringList sites{QStringLiteral("demo.example"), QStringLiteral("shop.example")};
        const QStringList sources{QStringLiteral("direct"), QStringLiteral("search"), QStringLiteral("social"),
                                  QStringLiteral("campaign")};
        const QStringList campaigns{QString(), QStringLiteral("spring"), QStringLiteral("Spring")};
        const QStringList paths{
            QStringLiteral("/"),        QStringLiteral("/prijzen"),  QStringLiteral("/Prijzen/Pakket"),
            QStringLiteral("/contact"), QStringLiteral("/blog/ÄBC"), QStringLiteral("/producten")};
        const QStringList statuses{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                                   QStringLiteral("customer"), QStringLiteral("not_interested")};
        const QStringList tags{QStringLiteral("hot"), QStringLiteral("Hot"), QStringLiteral("watch"),
                               QStringLiteral("pricing")};
        const QStringList users{QStringLiteral("u-1"), QStringLiteral("u-2")};

        QList<LeadMatcher::Company> companies;
        QJsonArray changes;
        int visitNumber = 0;
        QList<std::tuple<QString, int, int>> visitIds; // id, company, visit
        for (int i = 0; i < 240; ++i) {
            LeadMatcher::Company company;
            company.id = QStringLiteral("kvk-%1").arg(i);
            company.name = pick(words) + u' ' + pick(words) + (random.bounded(2) ? QStringLiteral(" B.V.") : QString());
            company.tradeName = random.bounded(3) ? QString() : pick(words);
            company.city = pick(cities);
            company.country = pick(countries);
            company.sbiCode = pick(codes);
            company.industry = QStringLiteral("Label ") + company.sbiCode;
            company.sizeBand = pick(bands);
            company.website = random.bounded(4)
                                  ? QStringLiteral("https://www.%1.nl").arg(LeadMatcher::words(company.name).join(u'-'))
                                  : QString();
            changes.append(test::ChangePage::change("company", company.id,
                                                    {{QStringLiteral("name"), company.name},
                                                     {QStringLiteral("trade_name"), company.tradeName},
                                                     {QStringLiteral("city"), company.city},
                                                     {QStringLiteral("country"), company.country},
                                                     {QStringLiteral("sbi_code"), company.sbiCode},
                                                     {QStringLiteral("sbi_label"), company.industry},
                                                     {QStringLiteral("employee_band"), company.sizeBand},
                                                     {QStringLiteral("website"), company.website}}));
            const int visits = int(random.bounded(5)); // some companies have none
            for (int v = 0; v < visits; ++v) {
                LeadMatcher::Visit visit;
                visit.website = pick(sites);
                visit.source = pick(sources);
                visit.campaign = pick(campaigns);
                visit.startedAt = now - qint64(random.bounded(60 * 24 * 60)) * 60'000; // the last 60 days, by minute
                for (int p = 0, n = 1 + int(random.bounded(4)); p < n; ++p)
                    visit.paths << pick(paths);
                visit.endedAt = visit.startedAt + qint64(visit.paths.size()) * 60'000; // as ChangePage writes it
                visit.pageviews = int(visit.paths.size());
                visit.confidence = int(random.bounded(4)); // 0: matched before confidence was kept
                visitIds << std::make_tuple(QStringLiteral("v%1").arg(visitNumber), int(companies.size()),
                                            int(company.visits.size()));
                test::ChangePage::visit(&changes, QStringLiteral("v%1").arg(visitNumber++), company.id,
                                        QStringLiteral("key-%1").arg(i), visit.startedAt, visit.paths, visit.source,
                                        visit.campaign);
                // (ChangePage's visits are all on demo.example: say which site this one is on.)
                QJsonObject last = changes.at(changes.size() - visit.paths.size() - 1).toObject();
                QJsonObject data = last.value(QStringLiteral("data")).toObject();
                data.insert(QStringLiteral("website"), visit.website);
                if (visit.confidence > 0)
                    data.insert(QStringLiteral("match"), QJsonObject{{QStringLiteral("confidence"),
                                                                      LeadFilter::confidenceName(visit.confidence)}});
                last.insert(QStringLiteral("data"), data);
                changes.replace(changes.size() - visit.paths.size() - 1, last);
                company.visits << visit;
            }
            if (random.bounded(2)) {
                company.status = pick(statuses);
                company.assignee = random.bounded(3) ? pick(users) : QString();
                for (const QString& tag : tags) {
                    if (random.bounded(3) == 0)
                        company.tags << tag;
                }
                changes.append(test::ChangePage::change(
                    "annotation", company.id,
                    {{QStringLiteral("company_id"), company.id},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(company.tags)},
                     {QStringLiteral("status"), company.status},
                     {QStringLiteral("assignee"),
                      company.assignee.isEmpty() ? QJsonValue() : QJsonValue(company.assignee)}}));
            }
            for (const QString& list : {QStringLiteral("l-1"), QStringLiteral("l-2")}) {
                if (random.bounded(3) == 0)
                    company.lists << list;
            }
            companies << company;
        }
        QVERIFY2(test::ChangePage::apply(*cache, changes, 1, &error), qPrintable(error));
        // Two target-account lists, as the server sends them.
        QJsonArray lists;
        for (const QString& list : {QStringLiteral("l-1"), QStringLiteral("l-2")}) {
            QStringList members;
            for (const LeadMatcher::Company& company : std::as_const(companies)) {
                if (company.lists.contains(list))
                    members << company.id;
            }
            lists.append(QJsonObject{{QStringLiteral("id"), list},
                                     {QStringLiteral("name"), QString(QStringLiteral("List ") + list)},
                                     {QStringLiteral("companies"), QJsonArray::fromStringList(members)}});
        }
        QVERIFY2(core::TargetLists::replace(
                     *cache, QJsonDocument(QJsonObject{{QStringLiteral("lists"), lists}}).toJson(), &error),
                 qPrintable(error));
        // What this user has seen: the first sync's baseline (what was there when they
        // first signed in), then companies opened (seen up to their last visit) or marked
        // unseen by hand (all of it new again).
        // (The baseline is put at 30 days ago, so that about half of the visits are after it.)
        const qint64 baseline = now - 30LL * 86'400'000;
        {
            core::SqliteStatement set =
                cache->db().prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('seen_baseline', ?) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                    &error);
            QVERIFY2(set.isValid() && set.bind(1, QString::number(baseline)).exec(), qPrintable(error));
        }
        for (LeadMatcher::Company& company : companies) {
            company.seenUntil = baseline;
            if (company.visits.isEmpty())
                continue;
            if (const quint32 mark = random.bounded(4); mark == 0) {
                QVERIFY2(core::LeadsQuery::markSeen(*cache, company.id, &error), qPrintable(error));
                for (const LeadMatcher::Visit& visit : std::as_const(company.visits))
                    company.seenUntil = std::max(company.seenUntil, visit.startedAt);
            } else if (mark == 1) {
                QVERIFY2(core::LeadsQuery::markUnseen(*cache, company.id, &error), qPrintable(error));
                company.seenUntil = 0;
            }
        }

        // Conditions on one visit: one to three of them.
        const auto randomVisit = [&](LeadFilter::VisitConditions& v) {
            for (int n = 0, count = 1 + int(random.bounded(3)); n < count; ++n) {
                switch (random.bounded(7)) {
                case 0:
                    v.page = pick({QStringLiteral("/prijzen*"), QStringLiteral("*PRIJZEN*"), QStringLiteral("/"),
                                   QStringLiteral("*/pakket"), QStringLiteral("/blog/ä*"), QStringLiteral("/blog/Ä*"),
                                   QStringLiteral("/c_ntact"), QStringLiteral("*%*"), QStringLiteral("/contact")});
                    break;
                case 1:
                    v.minPages = 1 + int(random.bounded(4));
                    break;
                case 2:
                    v.minMinutes = 1 + int(random.bounded(5));
                    break;
                case 3:
                    v.source = pick(sources);
                    break;
                case 4:
                    v.campaign = pick({QStringLiteral("spring"), QStringLiteral("Spring")});
                    break;
                case 5:
                    v.first = v.returningWithinDays == 0;
                    break;
                default:
                    v.returningWithinDays = v.first ? 0 : QList<int>{1, 7, 30}.at(int(random.bounded(3)));
                }
            }
        };
        // Random filters of one to three conditions, from the same values (and some that match nothing).
        const QList<std::function<void(LeadFilter&)>> conditions{
            [&](LeadFilter& f) {
                f.lastVisitWithinDays = QList<int>{1, 7, 30}.at(int(random.bounded(3)));
            },
            [&](LeadFilter& f) { f.lastVisitFrom = now - qint64(random.bounded(40)) * 86'400'000; },
            [&](LeadFilter& f) { f.lastVisitTo = now - qint64(random.bounded(40)) * 86'400'000; },
            [&](LeadFilter& f) { f.website = pick(sites + QStringList{QStringLiteral("other.example")}); },
            [&](LeadFilter& f) { f.city = pick(cities); },
            [&](LeadFilter& f) { f.country = pick(countries); },
            [&](LeadFilter& f) { f.industry = QStringLiteral("Label ") + pick(codes); },
            [&](LeadFilter& f) {
                f.sbiPrefix = pick({QStringLiteral("6"), QStringLiteral("62"), QStringLiteral("620"),
                                    QStringLiteral("4120"), QStringLiteral("9")});
            },
            [&](LeadFilter& f) { f.sizeBand = pick(bands); },
            [&](LeadFilter& f) { f.minVisits = 1 + int(random.bounded(4)); },
            [&](LeadFilter& f) {
                f.visitedPage = pick({QStringLiteral("prijzen"), QStringLiteral("PRIJ"), QStringLiteral("/blog/ä"),
                                      QStringLiteral("/blog/Ä"), QStringLiteral("contact"), QStringLiteral("pakket")});
            },
            [&](LeadFilter& f) { f.source = pick(sources); },
            [&](LeadFilter& f) {
                f.campaign = pick({QStringLiteral("spring"), QStringLiteral("Spring")});
            },
            [&](LeadFilter& f) {
                f.search = pick({QStringLiteral("bä"), QStringLiteral("bac"), QStringLiteral("mül"),
                                 QStringLiteral("cafe"), QStringLiteral("café"), QStringLiteral("vries de"),
                                 QStringLiteral("tech+da"), QStringLiteral("a.b"), QStringLiteral("straße"),
                                 QStringLiteral("strasse"), QStringLiteral("ørs"), QStringLiteral("ors"),
                                 QStringLiteral("s-hert"), QStringLiteral("koln"), QStringLiteral("köln deu"),
                                 QStringLiteral("ijs"), QStringLiteral("www"), QStringLiteral("zu zu")});
            },
            [&](LeadFilter& f) { f.status = pick(statuses); },
            [&](LeadFilter& f) { f.tag = pick(tags); },
            [&](LeadFilter& f) { f.assignee = pick(users); },
            [&](LeadFilter& f) { f.unseenOnly = true; },
            [&](LeadFilter& f) {
                for (int n = 0; n < 30; ++n)
                    f.ids << QStringLiteral("kvk-%1").arg(random.bounded(260));
            },
            [&](LeadFilter& f) { randomVisit(f.visit); },
            [&](LeadFilter& f) {
                f.onList = pick({QStringLiteral("l-1"), QStringLiteral("l-2"), QStringLiteral("l-9")});
            },
        };
        core::LeadsQuery query(*cache);
        query.setNow(now);
        query.setScoring(false);
        for (int round = 0; round < 400; ++round) {
            LeadFilter filter;
            for (int n = 0, count = 1 + int(random.bounded(3)); n < count; ++n)
                conditions.at(int(random.bounded(quint32(conditions.size()))))(filter);
            QList<core::LeadsQuery::Row> rows;
            QVERIFY2(query.page(filter, std::nullopt, 100'000, &rows, &error), qPrintable(error));
            QSet<QString> bySql;
            for (const core::LeadsQuery::Row& row : std::as_const(rows))
                bySql << row.id;
            qint64 counted = -1;
            QVERIFY2(query.count(filter, &counted, &error), qPrintable(error));
            const LeadMatcher matcher(filter, now);
            QSet<QString> byMatcher;
            for (const LeadMatcher::Company& company : std::as_const(companies)) {
                if (matcher.matches(company))
                    byMatcher << company.id;
            }
            if (bySql != byMatcher || counted != bySql.size()) {
                const QSet<QString> onlySql = bySql - byMatcher;
                const QSet<QString> onlyMatcher = byMatcher - bySql;
                QFAIL(qPrintable(QStringLiteral("seed %1, filter %2: SQL %3 (count %4), matcher %5; only SQL: %6; "
                                                "only matcher: %7")
                                     .arg(seed)
                                     .arg(QString::fromUtf8(filter.toJson()))
                                     .arg(bySql.size())
                                     .arg(counted)
                                     .arg(byMatcher.size())
                                     .arg(QStringList(onlySql.begin(), onlySql.end()).join(u' '),
                                          QStringList(onlyMatcher.begin(), onlyMatcher.end()).join(u' '))));
            }
        }

        // Rules: the visits of the last 30 days on which a rule fires — the
        // server's matcher visit by visit, and the desktop's "test on history" SQL.
        const QList<std::function<void(LeadFilter&)>> ruleConditions{
            conditions.at(3),  conditions.at(4),  conditions.at(5),  conditions.at(6),
            conditions.at(7),  conditions.at(8),  conditions.at(13), conditions.at(14),
            conditions.at(15), conditions.at(16), conditions.at(18), conditions.at(20)};
        const qint64 from = now - 30LL * 86'400'000;
        for (int round = 0; round < 300; ++round) {
            LeadFilter filter;
            randomVisit(filter.visit);
            for (int n = 0, count = int(random.bounded(3)); n < count; ++n)
                ruleConditions.at(int(random.bounded(quint32(ruleConditions.size()))))(filter);
            QVERIFY2(filter.fitsARule(&error), qPrintable(error));
            QList<core::LeadsQuery::Firing> firings;
            qint64 visitsSince = 0;
            QVERIFY2(query.ruleFirings(filter, from, &firings, &visitsSince, &error), qPrintable(error));
            QSet<QString> bySql;
            QHash<QString, qint64> perCompany;
            for (const core::LeadsQuery::Firing& firing : std::as_const(firings)) {
                bySql << firing.visitId;
                ++perCompany[firing.companyId];
            }
            // What the rule editor shows, counted per company, says the same.
            core::LeadsQuery::Trial trial;
            QVERIFY2(query.ruleTrial(filter, from, &trial, &error), qPrintable(error));
            QCOMPARE(trial.firings, qint64(firings.size()));
            QCOMPARE(trial.visits, visitsSince);
            QCOMPARE(trial.companies.size(), perCompany.size());
            for (const auto& [companyId, count] : std::as_const(trial.companies))
                QCOMPARE(count, perCompany.value(companyId));
            const LeadMatcher matcher(filter.asRule(), now); // as the server runs it (Rules::active)
            QSet<QString> byMatcher;
            qint64 since = 0;
            for (const auto& [id, c, v] : std::as_const(visitIds)) {
                const LeadMatcher::Company& company = companies.at(c);
                const LeadMatcher::Visit& visit = company.visits.at(v);
                if (visit.startedAt < from)
                    continue;
                ++since;
                qint64 previous = 0;
                for (const LeadMatcher::Visit& other : company.visits) {
                    if (other.startedAt < visit.startedAt)
                        previous = std::max(previous, other.startedAt);
                }
                if (const std::optional<QJsonObject> why = matcher.firesOn(company, visit, previous)) {
                    byMatcher << id;
                    // The reason names each condition that was set.
                    if (!filter.visit.page.isEmpty())
                        QVERIFY(
                            LeadFilter::pathMatches(filter.visit.page, why->value(QStringLiteral("page")).toString()));
                    if (filter.visit.minPages > 0)
                        QCOMPARE(why->value(QStringLiteral("pages")).toInt(), visit.pageviews);
                    if (filter.visit.first)
                        QVERIFY(why->value(QStringLiteral("first")).toBool());
                }
            }
            QCOMPARE(visitsSince, since);
            if (bySql != byMatcher) {
                const QSet<QString> onlySql = bySql - byMatcher;
                const QSet<QString> onlyMatcher = byMatcher - bySql;
                QFAIL(qPrintable(QStringLiteral("seed %1, rule %2: SQL %3, matcher %4; only SQL: %5; only matcher: %6")
                                     .arg(seed)
                                     .arg(QString::fromUtf8(filter.toJson()))
                                     .arg(bySql.size())
                                     .arg(byMatcher.size())
                                     .arg(QStringList(onlySql.begin(), onlySql.end()).join(u' '),
                                          QStringList(onlyMatcher.begin(), onlyMatcher.end()).join(u' '))));
            }
        }
    }

    void visitPatternsMatchWholePaths()
    {
        QVERIFY(LeadFilter::pathMatches(QStringLiteral("/prijzen*"), QStringLiteral("/Prijzen/pakket")));
        QVERIFY(LeadFilter::pathMatches(QStringLiteral("/prijzen"), QStringLiteral("/PRIJZEN")));
        QVERIFY(!LeadFilter::pathMatches(QStringLiteral("/prijzen"), QStringLiteral("/prijzen/pakket")));
        QVERIFY(LeadFilter::pathMatches(QStringLiteral("*pakket"), QStringLiteral("/prijzen/pakket")));
        QVERIFY(LeadFilter::pathMatches(QStringLiteral("*a*b*"), QStringLiteral("xaxxbx")));
        QVERIFY(!LeadFilter::pathMatches(QStringLiteral("*a*b"), QStringLiteral("xaxxbx")));
        QVERIFY(!LeadFilter::pathMatches(QStringLiteral("/blog/ä*"), QStringLiteral("/blog/Äbc"))); // A–Z only
        QCOMPARE(LeadFilter::likePattern(QStringLiteral("/100%_*")), QStringLiteral("/100\\%\\_%"));
    }

    void rulesRefuseConditionsOnTheWholeHistory()
    {
        QString error;
        LeadFilter filter;
        filter.visit.page = QStringLiteral("/prijzen*");
        filter.city = QStringLiteral("Utrecht");
        QVERIFY(filter.fitsARule(&error));
        filter.visitedPage = QStringLiteral("prijzen");
        QVERIFY(!filter.fitsARule(&error));
        QCOMPARE(error, QStringLiteral("“visited_page” looks at a company's whole history; a rule looks at the visit "
                                       "being recorded. Use “visit.page”."));
        // A visit's conditions have their own version; a filter without them stays version 1.
        QCOMPARE(LeadFilter{}.toJsonObject().value(QStringLiteral("v")).toInt(), 1);
        LeadFilter visit;
        visit.visit.minPages = 3;
        QCOMPARE(visit.toJsonObject().value(QStringLiteral("v")).toInt(), 2);
        QCOMPARE(LeadFilter::parse(visit.toJsonObject(), &error), std::optional<LeadFilter>(visit));
        QVERIFY(!LeadFilter::parse(QJsonDocument::fromJson(R"({"visit":{"pages":3}})").object(), &error));
        QCOMPARE(error, QStringLiteral("“visit.pages” is not a condition on a visit."));
        QVERIFY(!LeadFilter::parse(QJsonDocument::fromJson(R"({"visit":{"min_minutes":-1}})").object(), &error));
        QCOMPARE(error, QStringLiteral("“visit.min_minutes” must be a whole number from 0 to 1440."));
        QVERIFY(!LeadFilter::parse(
            QJsonDocument::fromJson(R"({"visit":{"first":true,"returning_within_days":3}})").object(), &error));
    }
};

QTEST_GUILESS_MAIN(TestLeadFilter)
#include "TestLeadFilter.moc"
