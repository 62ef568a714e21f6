#include "server/domain/Annotations.h"

#include "server/base/Clock.h"
#include "server/domain/ChangeLog.h"
#include "server/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace leadscope::server {

namespace {

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject fromTo(const QJsonValue& from, const QJsonValue& to)
{
    return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The history entry for an edit, merged into the user's previous entry on
// this company when that is recent. Appends its change (or, when the edits
// cancelled out, the entry's removal) to `log`.
bool recordActivity(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                    const QString& companyId, const QJsonObject& changes, QList<ChangeLog::Change>* log, QString* error)
{
    QVariantList last;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT id, at, user_id, changes FROM annotation_events WHERE org_id = ? AND "
                                      "company_id = ? ORDER BY at DESC, id DESC LIMIT 1"),
                       {orgId, companyId}, &last, &found, error))
        return false;
    QSqlQuery query(db);
    const bool merge =
        found && last.at(2).toString() == userId && nowMs - last.at(1).toLongLong() < Annotations::kMergeWithinMs;
    QJsonObject entry = changes;
    QString id = QStringLiteral("a-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (merge) {
        id = last.at(0).toString();
        entry = Annotations::merged(QJsonDocument::fromJson(last.at(3).toString().toUtf8()).object(), changes);
        if (entry.isEmpty()) {
            log->append({ChangeLog::Entity::Activity, ChangeLog::Op::Delete, id, {}});
            return Sql::exec(query, QStringLiteral("DELETE FROM annotation_events WHERE org_id = ? AND id = ?"),
                             {orgId, id}, error);
        }
    }
    const QString text = QString::fromUtf8(compact(entry));
    const bool stored =
        merge
            ? Sql::exec(query,
                        QStringLiteral("UPDATE annotation_events SET at = ?, changes = ? WHERE org_id = ? AND id = ?"),
                        {nowMs, text, orgId, id}, error)
            : Sql::exec(query,
                        QStringLiteral("INSERT INTO annotation_events (org_id, id, company_id, at, user_id, changes) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {orgId, id, companyId, nowMs, userId, text}, error);
    if (!stored)
        return false;
    log->append({ChangeLog::Entity::Activity, ChangeLog::Op::Upsert, id,
                 compact({{QStringLiteral("id"), id},
                          {QStringLiteral("company_id"), companyId},
                          {QStringLiteral("at"), Clock::iso(nowMs)},
                          {QStringLiteral("by"), userId},
                          {QStringLiteral("changes"), entry}})});
    return true;
}

} // namespace

QJsonObject Annotations::difference(const Annotation& before, const Annotation& after)
{
    QJsonObject changes;
    if (before.status != after.status)
        changes.insert(QStringLiteral("status"), fromTo(before.status, after.status));
    if (before.assignee != after.assignee)
        changes.insert(QStringLiteral("assignee"), fromTo(nullable(before.assignee), nullable(after.assignee)));
    if (before.tags != after.tags)
        changes.insert(QStringLiteral("tags"),
                       fromTo(QJsonArray::fromStringList(before.tags), QJsonArray::fromStringList(after.tags)));
    if (before.note != after.note)
        changes.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("to"), after.note}});
    return changes;
}

QJsonObject Annotations::merged(const QJsonObject& older, const QJsonObject& newer)
{
    QJsonObject result = older;
    for (auto it = newer.constBegin(); it != newer.constEnd(); ++it) {
        QJsonObject field = it.value().toObject();
        const QJsonObject before = older.value(it.key()).toObject();
        if (before.contains(QStringLiteral("from")))
            field.insert(QStringLiteral("from"), before.value(QStringLiteral("from")));
        if (field.contains(QStringLiteral("from")) &&
            field.value(QStringLiteral("from")) == field.value(QStringLiteral("to")))
            result.remove(it.key());
        else
            result.insert(it.key(), field);
    }
    return result;
}

bool Annotations::mostViewed(QSqlDatabase db, const QString& orgId, int limit, QStringList* companyIds, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT company_id, sum(pageviews) AS views FROM visits WHERE org_id = ? "
                                  "GROUP BY company_id ORDER BY views DESC, company_id LIMIT ?"),
                   {orgId, limit}, error))
        return false;
    companyIds->clear();
    while (query.next())
        *companyIds << query.value(0).toString();
    return true;
}

QByteArray Annotations::payload(const Annotation& annotation, qint64 nowMs, const QString& userId)
{
    const QJsonObject json{
        {QStringLiteral("company_id"), annotation.companyId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(annotation.tags)},
        {QStringLiteral("note"), annotation.note},
        {QStringLiteral("status"), annotation.status},
        {QStringLiteral("assignee"), annotation.assignee.isEmpty() ? QJsonValue() : QJsonValue(annotation.assignee)},
        {QStringLiteral("updated_at"), Clock::iso(nowMs)},
        {QStringLiteral("updated_by"), userId},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

const QStringList& Annotations::statuses()
{
    static const QStringList values{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                                    QStringLiteral("customer"), QStringLiteral("not_interested")};
    return values;
}

bool Annotations::read(QSqlDatabase db, const QString& orgId, const QStringList& companyIds,
                       QHash<QString, Annotation>* annotations, QString* error)
{
    return Sql::eachInChunks(
        db,
        QStringLiteral("SELECT company_id, tags, note, status, coalesce(assignee, '') FROM annotations WHERE "
                       "org_id = ? AND company_id IN ("),
        {orgId}, companyIds, {}, error, [annotations](const QSqlQuery& row) {
            Annotation a{
                row.value(0).toString(), {}, row.value(2).toString(), row.value(3).toString(), row.value(4).toString()};
            for (const QJsonValue& tag : QJsonDocument::fromJson(row.value(1).toString().toUtf8()).array())
                a.tags << tag.toString();
            annotations->insert(a.companyId, a);
        });
}

bool Annotations::put(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                      const Annotation& annotation, const QByteArray& payload, QString* error)
{
    Sql::Transaction transaction(db);
    QList<ChangeLog::Change> log;
    return write(db, nowMs, orgId, userId, annotation, payload, &log, error) &&
           ChangeLog::append(db, orgId, log, nowMs, error) && transaction.commit(error);
}

bool Annotations::write(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                        const Annotation& annotation, const QByteArray& payload, QList<ChangeLog::Change>* log,
                        QString* error)
{
    const QString tags =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(annotation.tags)).toJson(QJsonDocument::Compact));
    // What it was, to say what changed (PostgreSQL: held until the commit, so
    // two edits at once are told apart correctly).
    QVariantList row;
    bool found = false;
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT tags, note, status, coalesce(assignee, '') FROM annotations WHERE "
                                      "org_id = ? AND company_id = ?") +
                           (postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                       {orgId, annotation.companyId}, &row, &found, error))
        return false;
    Annotation before;
    if (found) {
        before = {annotation.companyId, {}, row.at(1).toString(), row.at(2).toString(), row.at(3).toString()};
        for (const QJsonValue& tag : QJsonDocument::fromJson(row.at(0).toString().toUtf8()).array())
            before.tags << tag.toString();
    }
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO annotations (org_id, company_id, tags, note, status, assignee, "
                                  "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, "
                                  "company_id) DO UPDATE SET tags = excluded.tags, note = excluded.note, "
                                  "status = excluded.status, assignee = excluded.assignee, "
                                  "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                   {orgId, annotation.companyId, tags, annotation.note, annotation.status,
                    annotation.assignee.isEmpty() ? QVariant() : QVariant(annotation.assignee), nowMs, userId},
                   error))
        return false;
    log->append({ChangeLog::Entity::Annotation, ChangeLog::Op::Upsert, annotation.companyId, payload});
    const QJsonObject changes = difference(before, annotation);
    return changes.isEmpty() || recordActivity(db, nowMs, orgId, userId, annotation.companyId, changes, log, error);
}

} // namespace leadscope::server
