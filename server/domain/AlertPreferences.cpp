#include "server/domain/AlertPreferences.h"

#include "server/store/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace leadscope::server {

namespace {

const QStringList& dayNames()
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    return names;
}

QTimeZone zoneOf(const QString& id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

std::optional<AlertPreferences::Digest> digestOf(const QString& name)
{
    if (name == QLatin1String("off"))
        return AlertPreferences::Digest::Off;
    if (name == QLatin1String("daily"))
        return AlertPreferences::Digest::Daily;
    if (name == QLatin1String("weekly"))
        return AlertPreferences::Digest::Weekly;
    return std::nullopt;
}

bool hourField(const QJsonValue& value, int* hour)
{
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt()) || value.toInt() < 0 ||
        value.toInt() > 23)
        return false;
    *hour = value.toInt();
    return true;
}

bool mergeDays(const QJsonValue& value, int* days, QString* error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("digest_days: a list of weekdays (\"mon\" … \"sun\")");
        return false;
    }
    int bits = 0;
    for (const QJsonValue& day : value.toArray()) {
        const qsizetype at = dayNames().indexOf(day.toString());
        if (at < 0) {
            *error = QStringLiteral("digest_days: \"%1\" is not one of mon, tue, wed, thu, fri, sat, sun")
                         .arg(day.toString());
            return false;
        }
        bits |= 1 << at;
    }
    *days = bits;
    return true;
}

bool mergeQuiet(const QJsonValue& value, int* from, int* to, QString* error)
{
    if (value.isNull()) {
        *from = *to = -1;
        return true;
    }
    const QJsonObject quiet = value.toObject();
    if (!value.isObject() || !hourField(quiet.value(QLatin1String("from")), from) ||
        !hourField(quiet.value(QLatin1String("to")), to) || *from == *to) {
        *error = QStringLiteral("quiet_hours: null or {\"from\": hour, \"to\": hour}, two different hours 0-23");
        return false;
    }
    return true;
}

bool mergeTexts(const QJsonObject& json, AlertPreferences::Prefs* p, QString* error)
{
    if (json.contains(QLatin1String("digest"))) {
        const auto digest = digestOf(json.value(QLatin1String("digest")).toString());
        if (!digest) {
            *error = QStringLiteral("digest: one of off, daily, weekly");
            return false;
        }
        p->digest = *digest;
    }
    if (json.contains(QLatin1String("language"))) {
        const QString language = json.value(QLatin1String("language")).toString();
        if (!AlertPreferences::languages().contains(language)) {
            *error =
                QStringLiteral("language: one of %1").arg(AlertPreferences::languages().join(QStringLiteral(", ")));
            return false;
        }
        p->language = language;
    }
    if (json.contains(QLatin1String("time_zone"))) {
        const QString zone = json.value(QLatin1String("time_zone")).toString();
        if (zone.size() > 64 || !QTimeZone(zone.toUtf8()).isValid()) {
            *error = QStringLiteral("time_zone: an IANA time zone such as Europe/Amsterdam");
            return false;
        }
        p->timeZone = zone;
    }
    return true;
}

} // namespace

const QStringList& AlertPreferences::languages()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")};
    return list;
}

QString AlertPreferences::digestName(Digest digest)
{
    switch (digest) {
    case Digest::Daily:
        return QStringLiteral("daily");
    case Digest::Weekly:
        return QStringLiteral("weekly");
    case Digest::Off:
        break;
    }
    return QStringLiteral("off");
}

QJsonObject AlertPreferences::Prefs::toJson() const
{
    QJsonArray days;
    for (int i = 0; i < 7; ++i) {
        if (digestDays & (1 << i))
            days.append(dayNames().at(i));
    }
    return {{QStringLiteral("email_alerts"), emailAlerts},
            {QStringLiteral("digest"), digestName(digest)},
            {QStringLiteral("digest_hour"), digestHour},
            {QStringLiteral("digest_days"), days},
            {QStringLiteral("quiet_hours"), quietFrom < 0 ? QJsonValue()
                                                          : QJsonValue(QJsonObject{{QStringLiteral("from"), quietFrom},
                                                                                   {QStringLiteral("to"), quietTo}})},
            {QStringLiteral("language"), language},
            {QStringLiteral("time_zone"), timeZone}};
}

bool AlertPreferences::Prefs::merge(const QJsonObject& json, QString* error)
{
    static const QStringList known{QStringLiteral("email_alerts"), QStringLiteral("digest"),
                                   QStringLiteral("digest_hour"),  QStringLiteral("digest_days"),
                                   QStringLiteral("quiet_hours"),  QStringLiteral("language"),
                                   QStringLiteral("time_zone")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: not a preference (%2)").arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    Prefs p = *this;
    if (json.contains(QLatin1String("email_alerts"))) {
        if (!json.value(QLatin1String("email_alerts")).isBool()) {
            *error = QStringLiteral("email_alerts: true or false");
            return false;
        }
        p.emailAlerts = json.value(QLatin1String("email_alerts")).toBool();
    }
    if (!mergeTexts(json, &p, error))
        return false;
    if (json.contains(QLatin1String("digest_hour")) &&
        !hourField(json.value(QLatin1String("digest_hour")), &p.digestHour)) {
        *error = QStringLiteral("digest_hour: a whole hour 0-23");
        return false;
    }
    if (json.contains(QLatin1String("digest_days")) &&
        !mergeDays(json.value(QLatin1String("digest_days")), &p.digestDays, error))
        return false;
    if (json.contains(QLatin1String("quiet_hours")) &&
        !mergeQuiet(json.value(QLatin1String("quiet_hours")), &p.quietFrom, &p.quietTo, error))
        return false;
    if (p.digest != Digest::Off && p.digestDays == 0) {
        *error = QStringLiteral("digest_days: at least one weekday for a digest");
        return false;
    }
    if (p.digest == Digest::Weekly && (p.digestDays & (p.digestDays - 1)) != 0) {
        *error = QStringLiteral("digest_days: a weekly digest goes out on one weekday");
        return false;
    }
    *this = p;
    return true;
}

qint64 AlertPreferences::Prefs::lastDigestAtOrBefore(qint64 nowMs) const
{
    if (digest == Digest::Off || digestDays == 0)
        return 0;
    const QTimeZone zone = zoneOf(timeZone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    for (int back = 0; back <= 8; ++back) {
        const QDate day = today.addDays(-back);
        if (!(digestDays & (1 << (day.dayOfWeek() - 1))))
            continue;
        const qint64 at = QDateTime(day, QTime(digestHour, 0), zone).toMSecsSinceEpoch();
        if (at <= nowMs)
            return at;
    }
    return 0;
}

qint64 AlertPreferences::Prefs::digestPeriodStart(qint64 slot) const
{
    const qint64 previous = lastDigestAtOrBefore(slot - 1);
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    return previous > 0 ? previous : slot - (digest == Digest::Weekly ? 7 : 1) * kDay;
}

qint64 AlertPreferences::Prefs::outsideQuietHours(qint64 nowMs) const
{
    if (quietFrom < 0 || quietTo < 0 || quietFrom == quietTo)
        return nowMs;
    const QTimeZone zone = zoneOf(timeZone);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int hour = local.time().hour();
    const bool quiet =
        quietFrom < quietTo ? (hour >= quietFrom && hour < quietTo) : (hour >= quietFrom || hour < quietTo);
    if (!quiet)
        return nowMs;
    const QDate day = hour < quietTo ? local.date() : local.date().addDays(1);
    return QDateTime(day, QTime(quietTo, 0), zone).toMSecsSinceEpoch();
}

namespace {

const QString kColumns = QStringLiteral("user_id, org_id, email_alerts, digest, digest_hour, digest_days, quiet_from, "
                                        "quiet_to, language, time_zone, digest_through, updated_at");

AlertPreferences::Prefs fromRow(const QSqlQuery& q)
{
    AlertPreferences::Prefs p;
    p.userId = q.value(0).toString();
    p.orgId = q.value(1).toString();
    p.emailAlerts = q.value(2).toInt() != 0;
    p.digest = digestOf(q.value(3).toString()).value_or(AlertPreferences::Digest::Off);
    p.digestHour = q.value(4).toInt();
    p.digestDays = q.value(5).toInt();
    p.quietFrom = q.value(6).toInt();
    p.quietTo = q.value(7).toInt();
    p.language = q.value(8).toString();
    p.timeZone = q.value(9).toString();
    p.digestThrough = q.value(10).toLongLong();
    p.updatedAt = q.value(11).toLongLong();
    return p;
}

} // namespace

bool AlertPreferences::read(QSqlDatabase db, const QString& orgId, const QString& userId, Prefs* prefs, QString* error)
{
    QSqlQuery* q = Sql::execCached(db, u"SELECT " + kColumns + u" FROM alert_prefs WHERE user_id = ? AND org_id = ?",
                                   {userId, orgId}, error);
    if (!q)
        return false;
    if (q->next()) {
        *prefs = fromRow(*q);
    } else {
        *prefs = Prefs{};
        prefs->userId = userId;
        prefs->orgId = orgId;
    }
    q->finish();
    return true;
}

bool AlertPreferences::write(QSqlDatabase db, qint64 nowMs, const Prefs& p, QString* error)
{
    // A digest switched on now starts with the next digest time, not one already past.
    return Sql::execCached(
               db,
               QStringLiteral("INSERT INTO alert_prefs (user_id, org_id, email_alerts, digest, digest_hour, "
                              "digest_days, quiet_from, quiet_to, language, time_zone, digest_through, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                              "email_alerts = excluded.email_alerts, digest = excluded.digest, digest_hour = "
                              "excluded.digest_hour, digest_days = excluded.digest_days, quiet_from = "
                              "excluded.quiet_from, quiet_to = excluded.quiet_to, language = excluded.language, "
                              "time_zone = excluded.time_zone, digest_through = excluded.digest_through, "
                              "updated_at = excluded.updated_at"),
               {p.userId, p.orgId, p.emailAlerts ? 1 : 0, digestName(p.digest), p.digestHour, p.digestDays, p.quietFrom,
                p.quietTo, p.language, p.timeZone, std::max(p.digestThrough, p.lastDigestAtOrBefore(nowMs)), nowMs},
               error) != nullptr;
}

bool AlertPreferences::withDigest(QSqlDatabase db, QList<Prefs>* prefs, QString* error)
{
    QSqlQuery* q =
        Sql::execCached(db,
                        u"SELECT " + kColumns +
                            u" FROM alert_prefs p WHERE digest <> 'off' AND EXISTS (SELECT 1 FROM users u WHERE "
                            u"u.id = p.user_id AND u.disabled = 0)",
                        {}, error);
    if (!q)
        return false;
    prefs->clear();
    while (q->next())
        prefs->append(fromRow(*q));
    return true;
}

bool AlertPreferences::takeDigest(QSqlDatabase db, const Prefs& prefs, qint64 slot, bool* taken, QString* error)
{
    QSqlQuery* q = Sql::execCached(
        db, QStringLiteral("UPDATE alert_prefs SET digest_through = ? WHERE user_id = ? AND digest_through = ?"),
        {slot, prefs.userId, prefs.digestThrough}, error);
    if (!q)
        return false;
    *taken = q->numRowsAffected() == 1;
    return true;
}

} // namespace leadscope::server
