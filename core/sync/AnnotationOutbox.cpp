#include "AnnotationOutbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

namespace {

// Never NULL: the columns are NOT NULL and an absent text is empty.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool run(SqliteStatement& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.error();
    return false;
}

} // namespace

QByteArray AnnotationOutbox::bodyOf(const Edit& edit)
{
    QJsonObject body{{QStringLiteral("tags"), QJsonArray::fromStringList(edit.tags)},
                     {QStringLiteral("note"), edit.note},
                     {QStringLiteral("status"), edit.status}};
    if (!edit.assignee.isEmpty())
        body.insert(QStringLiteral("assignee"), edit.assignee);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool AnnotationOutbox::change(Cache& cache, const QString& companyId, const std::function<void(Edit&)>& change,
                              QString* error)
{
    Edit edit;
    SqliteStatement current = cache.db().prepare(
        QStringLiteral("SELECT tags, note, status, coalesce(assignee, '') FROM annotations WHERE company_id = ?"),
        error);
    if (!current.isValid())
        return false;
    if (current.bind(1, companyId).next()) {
        for (const QJsonValue& tag : QJsonDocument::fromJson(current.text(0).toUtf8()).array())
            edit.tags << tag.toString();
        edit.note = current.text(1);
        edit.status = current.text(2);
        edit.assignee = current.text(3);
    } else if (!current.ok()) {
        *error = current.error();
        return false;
    }
    current = SqliteStatement();
    change(edit);
    return queue(cache, companyId, edit, error);
}

bool AnnotationOutbox::queue(Cache& cache, const QString& companyId, const Edit& edit, QString* error)
{
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        *error = db.lastError();
        return false;
    }
    SqliteStatement local = db.prepare(
        QStringLiteral("INSERT INTO annotations (company_id, tags, note, status, assignee, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, '', '') ON CONFLICT (company_id) DO UPDATE SET tags = excluded.tags, "
                       "note = excluded.note, status = excluded.status, assignee = excluded.assignee"),
        error);
    // What the server last said, kept to restore should it refuse the edit:
    // from the edit this one replaces, or the current annotation.
    QString previous = QStringLiteral("null");
    {
        SqliteStatement earlier = db.prepare(
            QStringLiteral("SELECT previous FROM outbox WHERE company_id = ?1 UNION ALL SELECT json_object('tags', "
                           "json(tags), 'note', note, 'status', status, 'assignee', assignee, 'updated_at', "
                           "updated_at, 'updated_by', updated_by) FROM annotations WHERE company_id = ?1 LIMIT 1"),
            error);
        if (!earlier.isValid())
            return false;
        if (earlier.bind(1, companyId).next())
            previous = earlier.text(0);
        else if (!earlier.ok()) {
            *error = earlier.error();
            return false;
        }
    }
    SqliteStatement drop = db.prepare(QStringLiteral("DELETE FROM outbox WHERE company_id = ?"), error);
    SqliteStatement add = db.prepare(
        QStringLiteral("INSERT INTO outbox (company_id, body, queued_at, previous) VALUES (?, ?, ?, ?)"), error);
    if (!local.isValid() || !drop.isValid() || !add.isValid())
        return false;
    const QString tags =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(edit.tags)).toJson(QJsonDocument::Compact));
    local.bind(1, companyId).bind(2, tags).bind(3, text(edit.note)).bind(4, edit.status);
    if (edit.assignee.isEmpty())
        local.bindNull(5);
    else
        local.bind(5, edit.assignee);
    drop.bind(1, companyId);
    add.bind(1, companyId)
        .bind(2, QString::fromUtf8(bodyOf(edit)))
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .bind(4, previous);
    return run(drop, error) && run(add, error) && run(local, error) && transaction.commit(error);
}

bool AnnotationOutbox::pending(Cache& cache, QList<Entry>* entries, QString* error)
{
    entries->clear();
    SqliteStatement q =
        cache.db().prepare(QStringLiteral("SELECT id, company_id, body, previous FROM outbox ORDER BY id"), error);
    if (!q.isValid())
        return false;
    while (q.next())
        entries->append({q.int64(0), q.text(1), q.text(2).toUtf8(), q.text(3).toUtf8()});
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool AnnotationOutbox::store(Cache& cache, const QString& companyId, const QByteArray& annotation, QString* error)
{
    const QJsonDocument document = QJsonDocument::fromJson(annotation);
    SqliteDatabase& db = cache.db();
    if (!document.isObject()) { // there was none
        SqliteStatement remove = db.prepare(
            QStringLiteral("DELETE FROM annotations WHERE company_id = ?1 AND NOT EXISTS (SELECT 1 FROM outbox WHERE "
                           "company_id = ?1)"),
            error);
        return remove.isValid() && run(remove.bind(1, companyId), error);
    }
    const QJsonObject a = document.object();
    // Unless the user edited the company again meanwhile.
    SqliteStatement q = db.prepare(
        QStringLiteral("INSERT INTO annotations (company_id, tags, note, status, assignee, updated_at, updated_by) "
                       "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE company_id = "
                       "?1) ON CONFLICT (company_id) DO UPDATE SET tags = excluded.tags, note = excluded.note, "
                       "status = excluded.status, assignee = excluded.assignee, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by"),
        error);
    if (!q.isValid())
        return false;
    q.bind(1, companyId)
        .bind(2, QString::fromUtf8(
                     QJsonDocument(a.value(QStringLiteral("tags")).toArray()).toJson(QJsonDocument::Compact)))
        .bind(3, text(a.value(QStringLiteral("note")).toString()))
        .bind(4, a.value(QStringLiteral("status")).toString(QStringLiteral("new")));
    if (a.value(QStringLiteral("assignee")).isString())
        q.bind(5, a.value(QStringLiteral("assignee")).toString());
    else
        q.bindNull(5);
    q.bind(6, text(a.value(QStringLiteral("updated_at")).toString()))
        .bind(7, text(a.value(QStringLiteral("updated_by")).toString()));
    return run(q, error);
}

bool AnnotationOutbox::settle(Cache& cache, const Entry& entry, const QByteArray& annotation, QString* error)
{
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        *error = db.lastError();
        return false;
    }
    SqliteStatement drop = db.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"), error);
    return drop.isValid() && run(drop.bind(1, entry.id), error) && store(cache, entry.companyId, annotation, error) &&
           transaction.commit(error);
}

bool AnnotationOutbox::accepted(Cache& cache, const Entry& entry, const QByteArray& response, QString* error)
{
    return settle(cache, entry, response, error);
}

bool AnnotationOutbox::refused(Cache& cache, const Entry& entry, QString* error)
{
    return settle(cache, entry, entry.previous, error);
}

} // namespace leadscope::core
