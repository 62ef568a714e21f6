#include "TargetLists.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace leadscope::core {

bool TargetLists::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue lists = document.object().value(QStringLiteral("lists"));
    const auto unreadable = [error] {
        *error = tr("The server sent target-account lists this version cannot read.");
        return false;
    };
    if (parse.error != QJsonParseError::NoError || !lists.isArray())
        return unreadable();
    for (const QJsonValue& value : lists.toArray()) {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("id")).toString().isEmpty() ||
            o.value(QStringLiteral("name")).toString().isEmpty() || !o.value(QStringLiteral("companies")).isArray())
            return unreadable();
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM target_entries; DELETE FROM target_lists"), error))
        return false;
    SqliteStatement list =
        db.prepare(QStringLiteral("INSERT INTO target_lists (id, name, position) VALUES (?, ?, ?)"), error);
    SqliteStatement entry =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO target_entries (list_id, company_id) VALUES (?, ?)"), error);
    if (!list.isValid() || !entry.isValid())
        return false;
    qint64 position = 0;
    for (const QJsonValue& value : lists.toArray()) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        list.reset();
        if (!list.bind(1, id).bind(2, o.value(QStringLiteral("name")).toString()).bind(3, position++).exec()) {
            *error = list.error();
            return false;
        }
        for (const QJsonValue& company : o.value(QStringLiteral("companies")).toArray()) {
            entry.reset();
            if (!entry.bind(1, id).bind(2, company.toString(QStringLiteral(""))).exec()) {
                *error = entry.error();
                return false;
            }
        }
    }
    return transaction.commit(error);
}

bool TargetLists::all(Cache& cache, qint64 nowMs, QList<List>* lists, QString* error)
{
    SqliteStatement query =
        cache.db().prepare(QStringLiteral("SELECT l.id, l.name, count(e.company_id), count(s.company_id), "
                                          "coalesce(sum(s.last_visit >= ?), 0) FROM target_lists l "
                                          "LEFT JOIN target_entries e ON e.list_id = l.id "
                                          "LEFT JOIN company_stats s ON s.company_id = e.company_id "
                                          "GROUP BY l.id ORDER BY l.position"),
                           error);
    if (!query.isValid())
        return false;
    lists->clear();
    query.bind(1, nowMs - 7 * 86'400'000LL);
    while (query.next())
        lists->append({query.text(0), query.text(1), query.int64(2), query.int64(3), query.int64(4)});
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool TargetLists::names(Cache& cache, QList<List>* lists, QString* error)
{
    SqliteStatement query =
        cache.db().prepare(QStringLiteral("SELECT id, name FROM target_lists ORDER BY position"), error);
    if (!query.isValid())
        return false;
    lists->clear();
    while (query.next())
        lists->append({query.text(0), query.text(1), 0, 0, 0});
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

bool TargetLists::ofCompany(Cache& cache, const QString& companyId, QStringList* listIds, QString* error)
{
    SqliteStatement query =
        cache.db().prepare(QStringLiteral("SELECT list_id FROM target_entries WHERE company_id = ?"), error);
    if (!query.isValid())
        return false;
    listIds->clear();
    query.bind(1, companyId);
    while (query.next())
        *listIds << query.text(0);
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

QStringList TargetLists::importRows(const QByteArray& csv)
{
    QStringList rows;
    static const QRegularExpression header(
        QStringLiteral("^(registry[_ ]?number|kvk([_ ]?nummer)?|domain|website|url|company|bedrijf)$"),
        QRegularExpression::CaseInsensitiveOption);
    bool first = true;
    for (const QByteArray& line : csv.split('\n')) {
        QString text = QString::fromUtf8(line).trimmed();
        if (first && text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        // The first column: up to the first separator (comma, semicolon or tab), quotes removed.
        const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[,;\\t]")));
        QString cell = (cut >= 0 ? text.left(cut) : text).trimmed();
        if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
            cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (first && header.match(cell).hasMatch()) {
            first = false;
            continue;
        }
        first = false;
        if (!cell.isEmpty())
            rows << cell;
    }
    return rows;
}

} // namespace leadscope::core
