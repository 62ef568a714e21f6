#include "Team.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

bool Team::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue list = document.object().value(QStringLiteral("team"));
    if (parse.error != QJsonParseError::NoError || !list.isArray()) {
        *error = QCoreApplication::translate("Team", "The server sent a team list this version cannot read.");
        return false;
    }
    QList<Member> members;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        Member member{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("email")).toString(),
                      o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString(),
                      o.value(QStringLiteral("disabled")).toBool()};
        if (member.id.isEmpty() || member.email.isEmpty()) {
            *error = QCoreApplication::translate("Team", "The server sent a team list this version cannot read.");
            return false;
        }
        members.append(member);
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM team"), error))
        return false;
    SqliteStatement insert = db.prepare(
        QStringLiteral(
            "INSERT INTO team (id, email, name, role, disabled) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?)"),
        error);
    if (!insert.isValid())
        return false;
    for (const Member& member : std::as_const(members)) {
        insert.reset();
        if (!insert.bind(1, member.id)
                 .bind(2, member.email)
                 .bind(3, member.name)
                 .bind(4, member.role)
                 .bind(5, int(member.disabled))
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

QString Team::nameSql(const QString& alias)
{
    return QStringLiteral("coalesce(nullif(%1.name, ''), %1.email)").arg(alias);
}

bool Team::members(Cache& cache, bool includeDisabled, QList<Member>* result, QString* error)
{
    SqliteStatement query =
        cache.db().prepare(QStringLiteral("SELECT id, email, name, role, disabled FROM team WHERE disabled = 0 OR ? "
                                          "ORDER BY coalesce(nullif(name, ''), email) COLLATE NOCASE"),
                           error);
    if (!query.isValid())
        return false;
    query.bind(1, int(includeDisabled));
    result->clear();
    while (query.next())
        result->append({query.text(0), query.text(1), query.text(2), query.text(3), query.int64(4) != 0});
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool Team::nameOf(Cache& cache, const QString& id, QString* name, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT %1 FROM team t WHERE t.id = ?").arg(nameSql(QStringLiteral("t"))), error);
    if (!query.isValid())
        return false;
    query.bind(1, id);
    *name = query.next() ? query.text(0) : id;
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

} // namespace leadscope::core
