#include "IgnoredCompanies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

const QStringList& IgnoredCompanies::categories()
{
    static const QStringList values{QStringLiteral("own"), QStringLiteral("customer"), QStringLiteral("competitor"),
                                    QStringLiteral("supplier"), QStringLiteral("other")};
    return values;
}

QString IgnoredCompanies::categoryLabel(const QString& category)
{
    if (category == QLatin1String("own"))
        return tr("Our own organisation");
    if (category == QLatin1String("customer"))
        return tr("A customer");
    if (category == QLatin1String("competitor"))
        return tr("A competitor");
    if (category == QLatin1String("supplier"))
        return tr("A supplier");
    return tr("Other");
}

bool IgnoredCompanies::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue list = document.object().value(QStringLiteral("ignored"));
    const auto unreadable = [error] {
        *error = tr("The server sent a list of hidden companies this version cannot read.");
        return false;
    };
    if (parse.error != QJsonParseError::NoError || !list.isArray())
        return unreadable();
    QList<Entry> entries;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        // (Absent or null: empty text, never SQL's NULL.)
        const auto text = [&o](const char* key) {
            return o.value(QLatin1String(key)).toString(QStringLiteral(""));
        };
        Entry entry{
            text("id"),
            text("company_id"),
            text("company_name"),
            text("sbi_prefix"),
            text("category"),
            text("reason"),
            o.value(QStringLiteral("by")).toObject().value(QStringLiteral("email")).toString(QStringLiteral("")),
            QDateTime::fromString(text("at"), Qt::ISODateWithMs).toMSecsSinceEpoch(),
            0};
        if (entry.id.isEmpty() || entry.companyId.isEmpty() == entry.sbiPrefix.isEmpty())
            return unreadable();
        entries << entry;
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM ignored"), error))
        return false;
    SqliteStatement insert =
        db.prepare(QStringLiteral("INSERT INTO ignored (id, company_id, company_name, sbi_prefix, category, reason, "
                                  "by_email, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   error);
    if (!insert.isValid())
        return false;
    for (const Entry& e : std::as_const(entries)) {
        insert.reset();
        if (!insert.bind(1, e.id)
                 .bind(2, e.companyId)
                 .bind(3, e.companyName)
                 .bind(4, e.sbiPrefix)
                 .bind(5, e.category)
                 .bind(6, e.reason)
                 .bind(7, e.byEmail)
                 .bind(8, e.at)
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

bool IgnoredCompanies::all(Cache& cache, QList<Entry>* entries, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT i.id, i.company_id, coalesce(c.name, i.company_name), i.sbi_prefix, i.category, "
                       "i.reason, i.by_email, i.at, CASE WHEN i.company_id <> '' THEN (c.id IS NOT NULL) ELSE "
                       "(SELECT count(*) FROM companies x WHERE x.sbi_code >= i.sbi_prefix AND x.sbi_code < "
                       "i.sbi_prefix || ':') END FROM ignored i LEFT JOIN companies c ON c.id = i.company_id "
                       "ORDER BY i.at DESC, i.id"),
        error);
    if (!query.isValid())
        return false;
    entries->clear();
    while (query.next()) {
        entries->append({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                         query.text(6), query.int64(7), query.int64(8)});
    }
    if (!query.ok()) {
        *error = query.error();
        return false;
    }
    return true;
}

} // namespace leadscope::core
