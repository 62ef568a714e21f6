#include "DatasetL.h"

#include "core/query/LeadScore.h"

#include "core/cache/Cache.h"
#include "core/cache/SqliteDatabase.h"
#include "protocol/LeadFilter.h"
#include "server/base/Clock.h"
#include "server/domain/ChangeLog.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace leadscope::bench {

namespace {
const QStringList kCities{QStringLiteral("Amsterdam"), QStringLiteral("Rotterdam"), QStringLiteral("Utrecht"),
                          QStringLiteral("Eindhoven"), QStringLiteral("Groningen"), QStringLiteral("Tilburg"),
                          QStringLiteral("Almere"),    QStringLiteral("Breda"),     QStringLiteral("Nijmegen"),
                          QStringLiteral("Apeldoorn")};
const QStringList kWords{QStringLiteral("Techniek"), QStringLiteral("Logistiek"),   QStringLiteral("Bouw"),
                         QStringLiteral("Advies"),   QStringLiteral("Software"),    QStringLiteral("Metaal"),
                         QStringLiteral("Zorg"),     QStringLiteral("Installatie"), QStringLiteral("Handel"),
                         QStringLiteral("Media")};
} // namespace

const QStringList& DatasetL::cities()
{
    return kCities;
}

const QStringList& DatasetL::words()
{
    return kWords;
}

void DatasetL::generate(const std::function<void(const Company&)>& company,
                        const std::function<void(const Visit&)>& visit,
                        const std::function<void(const Pageview&)>& pageview) const
{
    QRandomGenerator random(42);
    for (int i = 0; i < m_sizes.companies; ++i) {
        const QString& word = kWords[i % kWords.size()];
        const QString& city = kCities[(i / 10) % kCities.size()];
        company({QStringLiteral("kvk-%1").arg(10'000'000 + i), QString::number(10'000'000 + i),
                 QStringLiteral("%1 %2 %3 B.V.").arg(word, city).arg(i), word, city,
                 QStringLiteral("https://www.company-%1.example").arg(i), word, QStringLiteral("10-19")});
    }
    for (int v = 0; v < m_sizes.visits; ++v) {
        const int companyIndex = int(random.bounded(m_sizes.companies));
        const qint64 started = kStart + qint64(random.bounded(quint32(m_sizes.days) * 24 * 3600)) * 1000;
        const QString visitId = QStringLiteral("v-%1").arg(v);
        // (From the visit's number, not the generator: the rest of L stays as it was.)
        const bool low = v % 20 == 0;
        const bool medium = !low && v % 4 == 1;
        visit({visitId, QStringLiteral("kvk-%1").arg(10'000'000 + companyIndex),
               QString::number(random.generate64(), 16), QStringLiteral("www.shop.example"), started, started + 240'000,
               m_sizes.pageviewsPerVisit, QStringLiteral("search"), QStringLiteral("/"),
               low      ? QStringLiteral("low")
               : medium ? QStringLiteral("medium")
                        : QStringLiteral("high"),
               medium ? 20 : 24, low ? QStringLiteral("name") : QStringLiteral("registry_number")});
        for (int p = 0; p < m_sizes.pageviewsPerVisit; ++p)
            pageview({QStringLiteral("p-%1-%2").arg(v).arg(p), visitId,
                      QStringLiteral("/products/item-%1").arg(random.bounded(200)), QStringLiteral("Product page"),
                      started + qint64(p) * 60'000, 60});
    }
}

QJsonObject DatasetL::matchOf(const Visit& visit)
{
    return QJsonObject{
        {QStringLiteral("confidence"), visit.confidence},
        {QStringLiteral("range_kind"), QStringLiteral("company")},
        {QStringLiteral("prefix_length"), visit.prefixLength},
        {QStringLiteral("ip_version"), 4},
        {QStringLiteral("linked_by"), visit.linkedBy},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("format"), QStringLiteral("leadscope-csv")},
                                               {QStringLiteral("file"), QStringLiteral("ranges.csv")},
                                               {QStringLiteral("at"), QStringLiteral("2026-11-02T08:00:00.000Z")}}}};
}

bool DatasetL::createCacheSchema(core::SqliteDatabase& db, QString* error)
{
    for (int version = 1; version <= core::Cache::kSchemaVersion; ++version) {
        if (!db.exec(core::Cache::schema(version), error))
            return false;
    }
    return true;
}

bool DatasetL::insertInto(core::SqliteDatabase& db, qint64 rowsPerCommit, double* seconds, QString* error) const
{
    core::SqliteStatement company = db.prepare(
        QStringLiteral("INSERT INTO companies (id, registry_number, name, trade_name, city, website, sbi_label, "
                       "employee_band) VALUES (?,?,?,?,?,?,?,?)"),
        error);
    core::SqliteStatement visit =
        db.prepare(QStringLiteral("INSERT INTO visits (id, company_id, visitor_key, website, started_at, ended_at, "
                                  "pageviews, referrer_class, landing_page, confidence) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                   error);
    core::SqliteStatement match =
        db.prepare(QStringLiteral("INSERT INTO visit_matches (visit_id, match) VALUES (?,?)"), error);
    core::SqliteStatement pageview = db.prepare(
        QStringLiteral("INSERT INTO pageviews (id, visit_id, path, title, viewed_at, seconds) VALUES (?,?,?,?,?,?)"),
        error);
    if (!company.isValid() || !visit.isValid() || !match.isValid() || !pageview.isValid())
        return false;
    QElapsedTimer clock;
    clock.start();
    bool ok = db.exec(QStringLiteral("BEGIN IMMEDIATE"), error);
    qint64 pending = 0;
    const auto step = [&](core::SqliteStatement& statement) {
        if (!ok)
            return;
        if (!statement.exec()) {
            *error = statement.error();
            ok = false;
        } else if (rowsPerCommit > 0 && ++pending % rowsPerCommit == 0) {
            ok = db.exec(QStringLiteral("COMMIT; BEGIN IMMEDIATE"), error);
        }
    };
    const auto also = [&](core::SqliteStatement& statement) { // part of the row before: not counted
        if (ok && !statement.exec()) {
            *error = statement.error();
            ok = false;
        }
    };
    generate(
        [&](const Company& c) {
            company.bind(1, c.id).bind(2, c.registryNumber).bind(3, c.name).bind(4, c.tradeName).bind(5, c.city);
            step(company.bind(6, c.website).bind(7, c.industry).bind(8, c.sizeBand));
        },
        [&](const Visit& v) {
            visit.bind(1, v.id).bind(2, v.companyId).bind(3, v.visitorKey).bind(4, v.website).bind(5, v.startedAt);
            visit.bind(6, v.endedAt).bind(7, v.pageviews).bind(8, v.referrerClass).bind(9, v.landingPage);
            // As the change applier stores it: the confidence as a level, the match as JSON text beside.
            also(match.bind(1, v.id).bind(2,
                                          QString::fromUtf8(QJsonDocument(matchOf(v)).toJson(QJsonDocument::Compact))));
            step(visit.bind(10, qint64(protocol::LeadFilter::confidenceLevel(v.confidence))));
        },
        [&](const Pageview& p) {
            pageview.bind(1, p.id).bind(2, p.visitId).bind(3, p.path).bind(4, p.title).bind(5, p.viewedAt);
            step(pageview.bind(6, p.seconds));
        });
    ok = ok && db.exec(QStringLiteral("COMMIT"), error);
    *seconds = double(clock.nsecsElapsed()) / 1e9;
    // What the change applier keeps per company as pages arrive (not timed: the
    // benchmarks' inserts compare storage, not the applier).
    ok = ok && db.exec(core::LeadScore::refreshSignalsSql(QStringLiteral("1")), error);
    return ok;
}

bool DatasetL::appendToChangeLog(server::Store& store, const QString& orgId, QString* error) const
{
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    };
    server::Clock clock;
    QList<server::ChangeLog::Change> batch;
    bool ok = true;
    const auto flush = [&] {
        QSqlDatabase db = store.connection();
        server::Sql::Transaction transaction(db);
        ok = ok && server::ChangeLog::append(db, orgId, batch, clock.nowMs(), error) && transaction.commit(error);
        batch.clear();
    };
    const auto add = [&](server::ChangeLog::Entity entity, const QString& id, const QJsonObject& data) {
        batch.append({entity, server::ChangeLog::Op::Upsert, id, QJsonDocument(data).toJson(QJsonDocument::Compact)});
        if (batch.size() >= 20'000)
            flush();
    };
    generate(
        [&](const Company& c) {
            add(server::ChangeLog::Entity::Company, c.id,
                {{QStringLiteral("registry_number"), c.registryNumber},
                 {QStringLiteral("name"), c.name},
                 {QStringLiteral("trade_name"), c.tradeName},
                 {QStringLiteral("city"), c.city},
                 {QStringLiteral("website"), c.website},
                 {QStringLiteral("sbi_label"), c.industry},
                 {QStringLiteral("employee_band"), c.sizeBand}});
        },
        [&](const Visit& v) {
            add(server::ChangeLog::Entity::Visit, v.id,
                {{QStringLiteral("company_id"), v.companyId},
                 {QStringLiteral("visitor_key"), v.visitorKey},
                 {QStringLiteral("website"), v.website},
                 {QStringLiteral("started_at"), iso(v.startedAt)},
                 {QStringLiteral("ended_at"), iso(v.endedAt)},
                 {QStringLiteral("pageviews"), v.pageviews},
                 {QStringLiteral("referrer_class"), v.referrerClass},
                 {QStringLiteral("landing_page"), v.landingPage},
                 {QStringLiteral("match"), matchOf(v)}});
        },
        [&](const Pageview& p) {
            add(server::ChangeLog::Entity::Pageview, p.id,
                {{QStringLiteral("visit_id"), p.visitId},
                 {QStringLiteral("path"), p.path},
                 {QStringLiteral("title"), p.title},
                 {QStringLiteral("viewed_at"), iso(p.viewedAt)},
                 {QStringLiteral("seconds"), p.seconds}});
        });
    if (!batch.isEmpty())
        flush();
    store.closeThreadConnection();
    return ok;
}

} // namespace leadscope::bench
