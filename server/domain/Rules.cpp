#include "server/domain/Rules.h"

#include "server/base/Clock.h"
#include "server/domain/Annotations.h"
#include "server/domain/OrganisationCache.h"
#include "server/store/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace leadscope::server {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, filter, actions, enabled, created_by, updated_at, "
                                       "updated_by, assigned FROM rules WHERE org_id = ?");

Rules::Rule fromRow(const QSqlQuery& query)
{
    Rules::Rule rule;
    rule.id = query.value(0).toString();
    rule.name = query.value(1).toString();
    // Written by this server after a strict parse: read back leniently.
    rule.filter = protocol::LeadFilter::fromJson(query.value(2).toString().toUtf8());
    rule.actions = Rules::Actions::parse(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(), nullptr)
                       .value_or(Rules::Actions{});
    rule.enabled = query.value(4).toInt() != 0;
    rule.createdBy = query.value(5).toString();
    rule.updatedAt = query.value(6).toLongLong();
    rule.updatedBy = query.value(7).toString();
    rule.assigned = query.value(8).toLongLong();
    return rule;
}

Rules::Result fail(Rules::Failure failure, const QString& message)
{
    return {failure, message};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool nameTaken(QSqlDatabase db, const QString& orgId, const QString& name, const QString& except, bool* taken,
               QString* error)
{
    QVariantList row;
    return Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM rules WHERE org_id = ? AND name = ? AND id <> ?"),
                         {orgId, name, except}, &row, taken, error);
}

std::optional<QStringList> idList(const QJsonObject& json, const char* key, int most, int longest, QString* error)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return QStringList();
    const QJsonValue value = json.value(name);
    const auto refuse = [&] {
        if (error)
            *error = QStringLiteral("\u201cactions.%1\u201d must be a list of at most %2 texts of at most %3 "
                                    "characters.")
                         .arg(name)
                         .arg(most)
                         .arg(longest);
        return std::nullopt;
    };
    if (!value.isArray() || value.toArray().size() > most)
        return refuse();
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        const QString text = item.toString().trimmed();
        if (!item.isString() || text.isEmpty() || text.size() > longest)
            return refuse();
        if (!list.contains(text))
            list << text;
    }
    return list;
}

} // namespace

QJsonObject Rules::Actions::toJson() const
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

std::optional<Rules::Actions> Rules::Actions::parse(const QJsonObject& json, QString* error)
{
    Actions actions;
    const std::optional<QStringList> tags = idList(json, "add_tags", kMaxTags, 64, error);
    const std::optional<QStringList> assign = tags ? idList(json, "assign_to", kMaxPeople, 128, error) : std::nullopt;
    const std::optional<QStringList> notify = assign ? idList(json, "notify", kMaxPeople, 128, error) : std::nullopt;
    if (!notify)
        return std::nullopt;
    actions.addTags = *tags;
    actions.assignTo = *assign;
    actions.notify = *notify;
    if (json.contains(QStringLiteral("status"))) {
        actions.status = json.value(QStringLiteral("status")).toString();
        if (!Annotations::statuses().contains(actions.status)) {
            if (error)
                *error = QStringLiteral("\u201cactions.status\u201d must be one of: %1.")
                             .arg(Annotations::statuses().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("add_tags"), QStringLiteral("status"),
                                       QStringLiteral("assign_to"), QStringLiteral("notify")};
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("\u201cactions.%1\u201d is not an action.").arg(it.key());
            return std::nullopt;
        }
    }
    return actions;
}

QStringList Rules::Actions::people() const
{
    QStringList all = assignTo;
    for (const QString& id : notify) {
        if (!all.contains(id))
            all << id;
    }
    return all;
}

QJsonObject Rules::toJson(const Rule& rule)
{
    return {
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("name"), rule.name},
        {QStringLiteral("filter"), rule.filter.toJsonObject()},
        {QStringLiteral("actions"), rule.actions.toJson()},
        {QStringLiteral("enabled"), rule.enabled},
        {QStringLiteral("created_by"), rule.createdBy},
        {QStringLiteral("updated_at"), Clock::iso(rule.updatedAt)},
        {QStringLiteral("updated_by"), rule.updatedBy},
    };
}

QString Rules::problem(const Rule& rule)
{
    const QString name = rule.name.simplified();
    if (name.isEmpty())
        return QStringLiteral("A rule needs a name.");
    if (name.size() > kMaxName)
        return QStringLiteral("A rule's name has at most %1 characters.").arg(kMaxName);
    QString error;
    if (!rule.filter.fitsARule(&error))
        return error;
    if (rule.actions.isEmpty())
        return QStringLiteral("A rule needs something to do: add a tag, set a status, assign or notify.");
    return {};
}

bool Rules::list(QSqlDatabase db, const QString& orgId, QList<Rule>* rules, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, kSelect + QStringLiteral(" ORDER BY name, id"), {orgId}, error))
        return false;
    rules->clear();
    while (query.next())
        rules->append(fromRow(query));
    return true;
}

Rules::Result Rules::find(QSqlDatabase db, const QString& orgId, const QString& id, Rule* rule)
{
    QSqlQuery query(db);
    QString error;
    if (!Sql::exec(query, kSelect + QStringLiteral(" AND id = ?"), {orgId, id}, &error))
        return fail(Failure::Store, error);
    if (!query.next())
        return fail(Failure::NotFound, QStringLiteral("There is no such rule."));
    *rule = fromRow(query);
    return {};
}

bool Rules::bumpVersion(QSqlDatabase db, const QString& orgId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE organisations SET rules_version = rules_version + 1 WHERE id = ?"),
                     {orgId}, error);
}

Rules::Result Rules::add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Rule& rule,
                         int maxPerOrganisation, Rule* added)
{
    if (const QString problem = Rules::problem(rule); !problem.isEmpty())
        return fail(Failure::Invalid, problem);
    QString error;
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT count(*) FROM rules WHERE org_id = ?"), {orgId}, &row, &found,
                       &error))
        return fail(Failure::Store, error);
    if (row.value(0).toInt() >= maxPerOrganisation)
        return fail(Failure::Limit,
                    QStringLiteral("An organisation has at most %1 rules; delete one first.").arg(maxPerOrganisation));
    const QString name = rule.name.simplified();
    bool taken = false;
    if (!nameTaken(db, orgId, name, QString(), &taken, &error))
        return fail(Failure::Store, error);
    if (taken)
        return fail(Failure::Conflict, QStringLiteral("There is a rule called \u201c%1\u201d already.").arg(name));
    const QString id = QStringLiteral("r-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(db);
    if (!Sql::exec(insert,
                   QStringLiteral("INSERT INTO rules (org_id, id, name, filter, actions, enabled, created_by, "
                                  "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {orgId, id, name, QString::fromUtf8(rule.filter.toJson()), compact(rule.actions.toJson()),
                    rule.enabled ? 1 : 0, userId, nowMs, nowMs, userId},
                   &error) ||
        !bumpVersion(db, orgId, &error) || !transaction.commit(&error))
        return fail(Failure::Store, error);
    return find(db, orgId, id, added);
}

Rules::Result Rules::change(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                            const QString& id, const Change& change, Rule* changed)
{
    Rule rule;
    if (Result found = find(db, orgId, id, &rule); !found.ok())
        return found;
    if (change.name)
        rule.name = change.name->simplified();
    if (change.filter)
        rule.filter = *change.filter;
    if (change.actions)
        rule.actions = *change.actions;
    if (change.enabled)
        rule.enabled = *change.enabled;
    if (const QString problem = Rules::problem(rule); !problem.isEmpty())
        return fail(Failure::Invalid, problem);
    QString error;
    bool taken = false;
    if (!nameTaken(db, orgId, rule.name, rule.id, &taken, &error))
        return fail(Failure::Store, error);
    if (taken)
        return fail(Failure::Conflict, QStringLiteral("There is a rule called \u201c%1\u201d already.").arg(rule.name));
    Sql::Transaction transaction(db);
    QSqlQuery update(db);
    if (!Sql::exec(update,
                   QStringLiteral("UPDATE rules SET name = ?, filter = ?, actions = ?, enabled = ?, updated_at = ?, "
                                  "updated_by = ? WHERE org_id = ? AND id = ?"),
                   {rule.name, QString::fromUtf8(rule.filter.toJson()), compact(rule.actions.toJson()),
                    rule.enabled ? 1 : 0, nowMs, userId, orgId, rule.id},
                   &error) ||
        !bumpVersion(db, orgId, &error) || !transaction.commit(&error))
        return fail(Failure::Store, error);
    return find(db, orgId, rule.id, changed);
}

Rules::Result Rules::remove(QSqlDatabase db, const QString& orgId, const QString& id, Rule* removed)
{
    if (Result found = find(db, orgId, id, removed); !found.ok())
        return found;
    QString error;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    // What it did stays (the firings, the tags it added): the history is the team's.
    if (!Sql::exec(query, QStringLiteral("DELETE FROM rules WHERE org_id = ? AND id = ?"), {orgId, id}, &error) ||
        !bumpVersion(db, orgId, &error) || !transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

bool Rules::active(QSqlDatabase db, const QString& orgId, Active* rules, QString* error)
{
    static OrganisationCache<QList<Rule>> cache("rules_version");
    return cache.get(
        db, orgId,
        [&db, &orgId](std::shared_ptr<QList<Rule>> fresh, QString* failure) {
            QSqlQuery query(db);
            if (!Sql::exec(query, kSelect + QStringLiteral(" AND enabled = 1 ORDER BY created_at, id"), {orgId},
                           failure))
                return false;
            while (query.next()) {
                Rule rule = fromRow(query);
                rule.filter = rule.filter.asRule(); // low-confidence matches only when the rule asks for them
                fresh->append(rule);
            }
            return true;
        },
        rules, error);
}

bool Rules::takeTurn(QSqlDatabase db, const QString& orgId, const Rule& rule, QString* userId, QString* error)
{
    if (rule.actions.assignTo.size() == 1) {
        *userId = rule.actions.assignTo.first();
        return true;
    }
    QSqlQuery update(db);
    QVariantList row;
    bool found = false;
    if (!Sql::exec(update, QStringLiteral("UPDATE rules SET assigned = assigned + 1 WHERE org_id = ? AND id = ?"),
                   {orgId, rule.id}, error) ||
        !Sql::fetchOne(db, QStringLiteral("SELECT assigned FROM rules WHERE org_id = ? AND id = ?"), {orgId, rule.id},
                       &row, &found, error))
        return false;
    const qint64 turn = found ? row.value(0).toLongLong() - 1 : 0;
    *userId = rule.actions.assignTo.at(int(turn % rule.actions.assignTo.size()));
    return true;
}

} // namespace leadscope::server
