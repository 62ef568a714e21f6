#include "TrafficQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace leadscope::core {

qint64 TrafficQuery::Summary::unidentifiedTotal() const
{
    qint64 total = 0;
    for (const qint64 hits : unidentified)
        total += hits;
    return total;
}

qint64 TrafficQuery::Summary::botTotal() const
{
    qint64 total = 0;
    for (const qint64 hits : bots)
        total += hits;
    return total;
}

bool TrafficQuery::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue rows = document.object().value(QStringLiteral("traffic"));
    if (parse.error != QJsonParseError::NoError || !rows.isArray()) {
        *error = tr("The server sent traffic figures this version cannot read.");
        return false;
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM traffic"), error))
        return false;
    SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO traffic (site_id, website, day, kind, hits) "
                                                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                                       "hits = hits + excluded.hits"),
                                        error);
    if (!insert.isValid())
        return false;
    for (const QJsonValue& value : rows.toArray()) {
        const QJsonObject o = value.toObject();
        const QString day = o.value(QStringLiteral("day")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (day.size() != 10 || kind.isEmpty() || !o.value(QStringLiteral("hits")).isDouble()) {
            *error = tr("The server sent traffic figures this version cannot read.");
            return false;
        }
        insert.reset();
        if (!insert.bind(1, o.value(QStringLiteral("site_id")).toString(QStringLiteral("")))
                 .bind(2, o.value(QStringLiteral("website")).toString(QStringLiteral("")))
                 .bind(3, day)
                 .bind(4, kind)
                 .bind(5, o.value(QStringLiteral("hits")).toInteger())
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

bool TrafficQuery::summary(Cache& cache, const QString& fromDay, const QString& toDay, const QString& website,
                           Summary* result, QString* error)
{
    SqliteStatement q = cache.db().prepare(
        QStringLiteral("SELECT kind, sum(hits) FROM traffic WHERE day >= ?1 AND day <= ?2 AND (coalesce(?3, '') = '' "
                       "OR website = ?3) GROUP BY kind"),
        error);
    if (!q.isValid())
        return false;
    q.bind(1, fromDay).bind(2, toDay).bind(3, website);
    *result = Summary{};
    while (q.next()) {
        const QString kind = q.text(0);
        if (kind == QLatin1String("company"))
            result->identified += q.int64(1);
        else if (kind.startsWith(QLatin1String("bot:")))
            result->bots[kind.mid(4)] += q.int64(1);
        else
            result->unidentified[kind] += q.int64(1);
    }
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

QString TrafficQuery::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("isp"))
        return tr("consumer internet providers");
    if (kind == QLatin1String("mobile"))
        return tr("mobile networks");
    if (kind == QLatin1String("hosting"))
        return tr("hosting networks");
    if (kind == QLatin1String("unregistered"))
        return tr("networks of organisations not in the register");
    if (kind == QLatin1String("education"))
        return tr("schools and universities");
    if (kind == QLatin1String("government"))
        return tr("government networks");
    if (kind == QLatin1String("not_company"))
        return tr("networks your team said are no company's");
    return tr("networks not in the register");
}

QString TrafficQuery::reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("crawler"))
        return tr("crawlers");
    if (reason == QLatin1String("automated"))
        return tr("automated browsers");
    if (reason == QLatin1String("data_centre"))
        return tr("data centres");
    if (reason == QLatin1String("too_fast"))
        return tr("inhumanly fast sessions");
    if (reason == QLatin1String("no_script"))
        return tr("hits without the tracker");
    return reason;
}

QString TrafficQuery::unidentifiedSentence(const Summary& summary)
{
    const qint64 unidentified = summary.unidentifiedTotal();
    if (unidentified == 0)
        return {};
    const qint64 share = qRound64(100.0 * double(unidentified) / double(unidentified + summary.identified));
    const auto mostly = std::max_element(summary.unidentified.cbegin(), summary.unidentified.cend());
    return tr("%1 % of page views could not be tied to a company: mostly %2.")
        .arg(QLocale().toString(share), kindLabel(mostly.key()));
}

QString TrafficQuery::botSentence(const Summary& summary)
{
    const qint64 total = summary.botTotal();
    if (total == 0)
        return {};
    QList<std::pair<qint64, QString>> reasons;
    for (auto it = summary.bots.cbegin(); it != summary.bots.cend(); ++it)
        reasons.append({it.value(), it.key()});
    std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [hits, reason] : reasons)
        parts << tr("%1 %2").arg(reasonLabel(reason), QLocale().toString(hits));
    return tr("%Ln bot hit(s) filtered: %1.", nullptr, int(qMin<qint64>(total, INT_MAX)))
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace leadscope::core
