#include "ChangePage.h"

#include "core/cache/Cache.h"
#include "core/sync/ChangeApplier.h"

#include <QDateTime>
#include <QJsonDocument>

namespace leadscope::test {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject ChangePage::change(const char* type, const QString& id, const QJsonObject& data)
{
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("id"), id},
            {QStringLiteral("data"), data}};
}

QJsonObject ChangePage::company(const QString& id, const QString& name, const QString& industry, const QString& band)
{
    return change("company", id,
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("sbi_label"), industry},
                   {QStringLiteral("employee_band"), band},
                   {QStringLiteral("city"), QStringLiteral("Utrecht")},
                   {QStringLiteral("website"), QStringLiteral("https://example.nl")}});
}

void ChangePage::visit(QJsonArray* changes, const QString& id, const QString& companyId, const QString& visitor,
                       qint64 start, const QStringList& paths, const QString& source, const QString& campaign)
{
    const qint64 end = start + qint64(paths.size()) * 60'000;
    changes->append(change("visit", id,
                           {{QStringLiteral("company_id"), companyId},
                            {QStringLiteral("visitor_key"), visitor},
                            {QStringLiteral("website"), QStringLiteral("demo.example")},
                            {QStringLiteral("started_at"), iso(start)},
                            {QStringLiteral("ended_at"), iso(end)},
                            {QStringLiteral("pageviews"), int(paths.size())},
                            {QStringLiteral("referrer_class"), source},
                            {QStringLiteral("utm_campaign"), campaign},
                            {QStringLiteral("landing_page"), paths.value(0)}}));
    for (int i = 0; i < paths.size(); ++i)
        changes->append(change("pageview", QStringLiteral("%1-p%2").arg(id).arg(i),
                               {{QStringLiteral("visit_id"), id},
                                {QStringLiteral("path"), paths[i]},
                                {QStringLiteral("title"), QString(QStringLiteral("Title of ") + paths[i])},
                                {QStringLiteral("viewed_at"), iso(start + qint64(i) * 60'000)},
                                {QStringLiteral("seconds"), 60}}));
}

bool ChangePage::apply(core::Cache& cache, const QJsonArray& changes, int cursor, QString* error)
{
    core::ChangeApplier applier(cache);
    core::ChangeApplier::Outcome outcome;
    const QByteArray page = QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                      {QStringLiteral("cursor"), QStringLiteral("c1:%1").arg(cursor)},
                                                      {QStringLiteral("has_more"), false}})
                                .toJson();
    return applier.apply(page, &outcome, error);
}

qint64 ChangePage::at(QDate today, int daysAgo, int hour, int minute)
{
    return QDateTime(today.addDays(-daysAgo), QTime(hour, minute)).toMSecsSinceEpoch();
}

QJsonArray ChangePage::handCounted(QDate today)
{
    QJsonArray changes;
    changes.append(company(QStringLiteral("kvk-1"), QStringLiteral("Acme B.V."), QStringLiteral("Software"),
                           QStringLiteral("50-99")));
    changes.append(company(QStringLiteral("kvk-2"), QStringLiteral("Bouwbedrijf Zuid"), QStringLiteral("Bouw"),
                           QStringLiteral("2-4")));
    changes.append(
        company(QStringLiteral("kvk-3"), QStringLiteral("Old Timer"), QStringLiteral("Bouw"), QStringLiteral("10-19")));
    visit(&changes, QStringLiteral("v1"), QStringLiteral("kvk-1"), QStringLiteral("key-a"), at(today, 2, 9),
          {QStringLiteral("/"), QStringLiteral("/producten"), QStringLiteral("/prijzen")}, QStringLiteral("search"));
    visit(&changes, QStringLiteral("v2"), QStringLiteral("kvk-1"), QStringLiteral("key-a"), at(today, 0, 8),
          {QStringLiteral("/prijzen"), QStringLiteral("/contact")}, QStringLiteral("campaign"),
          QStringLiteral("spring"));
    visit(&changes, QStringLiteral("v3"), QStringLiteral("kvk-1"), QStringLiteral("key-b"), at(today, 5, 14),
          {QStringLiteral("/blog")}, QStringLiteral("social"));
    visit(&changes, QStringLiteral("v4"), QStringLiteral("kvk-2"), QStringLiteral("key-c"), at(today, 1, 11),
          {QStringLiteral("/"), QStringLiteral("/producten")});
    visit(&changes, QStringLiteral("v5"), QStringLiteral("kvk-3"), QStringLiteral("key-d"), at(today, 20, 10),
          {QStringLiteral("/")});
    visit(&changes, QStringLiteral("v6"), QStringLiteral("kvk-3"), QStringLiteral("key-d"), at(today, 3, 10),
          {QStringLiteral("/"), QStringLiteral("/blog")});
    return changes;
}

} // namespace leadscope::test
