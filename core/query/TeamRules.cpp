#include "TeamRules.h"

#include "core/export/LeadReport.h"
#include "core/query/LeadStatus.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadscope::core {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QJsonObject TeamRules::Actions::toJson() const
{
    QJsonObject o;
    if (!addTags.isEmpty())
        o.insert(QStringLiteral("add_tags"), QJsonArray::fromStringList(addTags));
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    if (!assignTo.isEmpty())
        o.insert(QStringLiteral("assign_to"), QJsonArray::fromStringList(assignTo));
    if (!notify.isEmpty())
        o.insert(QStringLiteral("notify"), QJsonArray::fromStringList(notify));
    return o;
}

TeamRules::Actions TeamRules::Actions::fromJson(const QJsonObject& json)
{
    return {strings(json.value(QStringLiteral("add_tags"))), json.value(QStringLiteral("status")).toString(),
            strings(json.value(QStringLiteral("assign_to"))), strings(json.value(QStringLiteral("notify")))};
}

bool TeamRules::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue list = document.object().value(QStringLiteral("rules"));
    if (parse.error != QJsonParseError::NoError || !list.isArray()) {
        *error = tr("The server sent a list of rules this version cannot read.");
        return false;
    }
    QList<Rule> rules;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        const std::optional<protocol::LeadFilter> filter =
            protocol::LeadFilter::parse(o.value(QStringLiteral("filter")).toObject(), nullptr);
        Rule rule{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                  filter.value_or(protocol::LeadFilter{}),
                  Actions::fromJson(o.value(QStringLiteral("actions")).toObject()),
                  o.value(QStringLiteral("enabled")).toBool(true)};
        if (rule.id.isEmpty() || rule.name.isEmpty()) {
            *error = tr("The server sent a list of rules this version cannot read.");
            return false;
        }
        if (!filter)
            continue; // a newer server's filter: not shown as something it is not
        rules << rule;
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM rules"), error))
        return false;
    SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO rules (id, position, name, filter, actions, "
                                                       "enabled) VALUES (?, ?, ?, ?, ?, ?)"),
                                        error);
    if (!insert.isValid())
        return false;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule& rule = rules[i];
        insert.reset();
        if (!insert.bind(1, rule.id)
                 .bind(2, qint64(i))
                 .bind(3, rule.name)
                 .bind(4, QString::fromUtf8(rule.filter.toJson()))
                 .bind(5, compact(rule.actions.toJson()))
                 .bind(6, int(rule.enabled))
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

bool TeamRules::all(Cache& cache, QList<Rule>* rules, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT id, name, filter, actions, enabled FROM rules ORDER BY position"), error);
    if (!query.isValid())
        return false;
    rules->clear();
    while (query.next()) {
        rules->append({query.text(0), query.text(1), protocol::LeadFilter::fromJson(query.text(2).toUtf8()),
                       Actions::fromJson(object(query.text(3))), query.int64(4) != 0});
    }
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool TeamRules::firingsOf(Cache& cache, const QString& companyId, QList<Firing>* firings, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT id, rule_id, rule_name, company_id, visit_id, at, why, did FROM rule_firings "
                       "WHERE company_id = ? ORDER BY at DESC, id"),
        error);
    if (!query.isValid())
        return false;
    firings->clear();
    query.bind(1, companyId);
    while (query.next()) {
        firings->append({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.int64(5),
                         object(query.text(6)), object(query.text(7))});
    }
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool TeamRules::firingCounts(Cache& cache, qint64 sinceMs, QHash<QString, qint64>* counts, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT rule_id, count(*) FROM rule_firings WHERE at >= ? GROUP BY rule_id"), error);
    if (!query.isValid())
        return false;
    counts->clear();
    query.bind(1, sinceMs);
    while (query.next())
        counts->insert(query.text(0), query.int64(1));
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

QString TeamRules::reasons(const QJsonObject& why)
{
    QStringList parts;
    const auto text = [&why](const char* key) {
        return why.value(QLatin1String(key)).toString();
    };
    if (why.contains(QStringLiteral("page")))
        parts << tr("visited %1").arg(text("page"));
    if (why.contains(QStringLiteral("pages")))
        parts << tr("%n page(s)", nullptr, why.value(QStringLiteral("pages")).toInt());
    if (why.contains(QStringLiteral("minutes")))
        parts << tr("%n minute(s) on the site", nullptr, why.value(QStringLiteral("minutes")).toInt());
    if (why.contains(QStringLiteral("source")))
        parts << tr("came via %1").arg(LeadReport::sourceLabel(text("source")).toLower());
    if (why.contains(QStringLiteral("campaign")))
        parts << tr("campaign %1").arg(text("campaign"));
    if (why.value(QStringLiteral("first")).toBool())
        parts << tr("first visit");
    if (why.contains(QStringLiteral("days_since_previous"))) {
        const int days = why.value(QStringLiteral("days_since_previous")).toInt();
        parts << (days == 0 ? tr("back the same day") : tr("back after %n day(s)", nullptr, days));
    }
    if (why.contains(QStringLiteral("website")))
        parts << tr("on %1").arg(text("website"));
    if (why.contains(QStringLiteral("sbi_prefix")))
        parts << tr("SBI %1").arg(text("sbi_prefix"));
    if (why.contains(QStringLiteral("industry")))
        parts << text("industry");
    if (why.contains(QStringLiteral("size_band")))
        parts << tr("%1 employees").arg(text("size_band"));
    if (why.contains(QStringLiteral("city")))
        parts << tr("in %1").arg(text("city"));
    if (why.contains(QStringLiteral("country")))
        parts << tr("in %1").arg(text("country"));
    if (why.contains(QStringLiteral("status")))
        parts << tr("status %1").arg(LeadStatus::label(text("status")));
    if (why.contains(QStringLiteral("tag")))
        parts << tr("tagged %1").arg(text("tag"));
    return parts.join(QStringLiteral(", "));
}

QString TeamRules::effects(const QJsonObject& did, const std::function<QString(const QString&)>& nameOf)
{
    QStringList parts;
    const QStringList tags = strings(did.value(QStringLiteral("tags_added")));
    if (!tags.isEmpty())
        parts << tr("tagged %1").arg(tags.join(QStringLiteral(", ")));
    if (did.contains(QStringLiteral("status")))
        parts << tr("status set to %1")
                     .arg(LeadStatus::label(
                         did.value(QStringLiteral("status")).toObject().value(QStringLiteral("to")).toString()));
    if (did.contains(QStringLiteral("assigned_to")))
        parts << tr("assigned to %1").arg(nameOf(did.value(QStringLiteral("assigned_to")).toString()));
    const QStringList notified = strings(did.value(QStringLiteral("notify")));
    if (!notified.isEmpty()) {
        QStringList names;
        for (const QString& id : notified)
            names << nameOf(id);
        parts << tr("told %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace leadscope::core
