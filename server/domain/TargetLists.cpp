#include "server/domain/TargetLists.h"

#include "server/store/Sql.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace leadscope::server {

namespace {

TargetLists::Result fail(TargetLists::Failure failure, const QString& message)
{
    return {failure, message};
}

// The rows of `ids` that are companies in the register.
bool existing(QSqlDatabase db, const QStringList& ids, QSet<QString>* found, QString* error)
{
    return Sql::eachInChunks(db, QStringLiteral("SELECT id FROM companies WHERE id IN ("), {}, ids, {}, error,
                             [found](const QSqlQuery& row) { found->insert(row.value(0).toString()); });
}

} // namespace

QString TargetLists::host(const QString& website)
{
    QString text = website.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QString h = QUrl(text).host();
    if (h.startsWith(QLatin1String("www.")))
        h = h.mid(4);
    return h;
}

bool TargetLists::all(QSqlDatabase db, const QString& orgId, QList<List>* lists, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, name, created_by, created_at FROM target_lists WHERE org_id = ? "
                                  "ORDER BY name, id"),
                   {orgId}, error))
        return false;
    lists->clear();
    QHash<QString, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toString(), lists->size());
        lists->append({query.value(0).toString(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       query.value(3).toLongLong(),
                       {}});
    }
    QSqlQuery entries(db);
    if (!Sql::exec(entries,
                   QStringLiteral("SELECT list_id, company_id FROM target_entries WHERE org_id = ? ORDER BY list_id, "
                                  "company_id"),
                   {orgId}, error))
        return false;
    while (entries.next()) {
        const auto at = index.constFind(entries.value(0).toString());
        if (at != index.cend())
            (*lists)[*at].companies << entries.value(1).toString();
    }
    return true;
}

TargetLists::Result TargetLists::find(QSqlDatabase db, const QString& orgId, const QString& id, List* list)
{
    QVariantList row;
    bool found = false;
    QString error;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT id, name, created_by, created_at FROM target_lists WHERE org_id = ? AND "
                                      "id = ?"),
                       {orgId, id}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (!found)
        return fail(Failure::NotFound, QStringLiteral("There is no such list."));
    *list = {row[0].toString(), row[1].toString(), row[2].toString(), row[3].toLongLong(), {}};
    return {};
}

TargetLists::Result TargetLists::create(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                                        const QString& name, List* created)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(Failure::Invalid, QStringLiteral("A list needs a name."));
    if (clean.size() > kMaxName)
        return fail(Failure::Invalid, QStringLiteral("A list's name has at most %1 characters.").arg(kMaxName));
    QString error;
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT count(*) FROM target_lists WHERE org_id = ?"), {orgId}, &row, &found,
                       &error))
        return fail(Failure::Store, error);
    if (row.value(0).toInt() >= kMaxLists)
        return fail(Failure::Limit, QStringLiteral("At most %1 lists; delete one first.").arg(kMaxLists));
    if (!Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM target_lists WHERE org_id = ? AND name = ?"), {orgId, clean},
                       &row, &found, &error))
        return fail(Failure::Store, error);
    if (found)
        return fail(Failure::Conflict, QStringLiteral("There is a list called \u201c%1\u201d already.").arg(clean));
    const QString id = QStringLiteral("l-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(db);
    if (!Sql::exec(insert,
                   QStringLiteral("INSERT INTO target_lists (org_id, id, name, created_by, created_at) VALUES "
                                  "(?, ?, ?, ?, ?)"),
                   {orgId, id, clean, userId, nowMs}, &error) ||
        !transaction.commit(&error))
        return fail(Failure::Store, error);
    *created = {id, clean, userId, nowMs, {}};
    return {};
}

TargetLists::Result TargetLists::remove(QSqlDatabase db, const QString& orgId, const QString& id, List* removed)
{
    if (Result found = find(db, orgId, id, removed); !found.ok())
        return found;
    QString error;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM target_entries WHERE org_id = ? AND list_id = ?"), {orgId, id},
                   &error) ||
        !Sql::exec(query, QStringLiteral("DELETE FROM target_lists WHERE org_id = ? AND id = ?"), {orgId, id},
                   &error) ||
        !transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

TargetLists::Result TargetLists::addCompanies(QSqlDatabase db, qint64 nowMs, const QString& orgId,
                                              const QString& userId, const QString& listId,
                                              const QStringList& companyIds, int* added)
{
    *added = 0;
    List list;
    if (Result found = find(db, orgId, listId, &list); !found.ok())
        return found;
    QString error;
    QSet<QString> known;
    if (!existing(db, companyIds, &known, &error))
        return fail(Failure::Store, error);
    for (const QString& id : companyIds) {
        if (!known.contains(id))
            return fail(Failure::Invalid, QStringLiteral("\u201c%1\u201d is not a company in the register.").arg(id));
    }
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT count(*) FROM target_entries WHERE org_id = ? AND list_id = ?"),
                       {orgId, listId}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (row.value(0).toLongLong() + companyIds.size() > kMaxEntries)
        return fail(Failure::Limit, QStringLiteral("A list holds at most %1 companies.").arg(kMaxEntries));
    QSqlQuery insert(db);
    for (const QString& id : QSet<QString>(companyIds.begin(), companyIds.end())) {
        if (!Sql::exec(insert,
                       QStringLiteral("INSERT INTO target_entries (org_id, list_id, company_id, added_by, added_at) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (org_id, list_id, company_id) DO NOTHING"),
                       {orgId, listId, id, userId, nowMs}, &error))
            return fail(Failure::Store, error);
        *added += insert.numRowsAffected() == 1 ? 1 : 0;
    }
    if (!transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

TargetLists::Result TargetLists::removeCompanies(QSqlDatabase db, const QString& orgId, const QString& listId,
                                                 const QStringList& companyIds, int* removed)
{
    *removed = 0;
    List list;
    if (Result found = find(db, orgId, listId, &list); !found.ok())
        return found;
    QString error;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    for (const QString& id : companyIds) {
        if (!Sql::exec(query,
                       QStringLiteral("DELETE FROM target_entries WHERE org_id = ? AND list_id = ? AND company_id = ?"),
                       {orgId, listId, id}, &error))
            return fail(Failure::Store, error);
        *removed += query.numRowsAffected() == 1 ? 1 : 0;
    }
    if (!transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

TargetLists::Result TargetLists::import(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                                        const QString& listId, const QStringList& rows, Report* report)
{
    *report = Report{};
    if (rows.size() > kMaxImportRows)
        return fail(Failure::Invalid, QStringLiteral("An import has at most %1 rows.").arg(kMaxImportRows));
    List list;
    if (Result found = find(db, orgId, listId, &list); !found.ok())
        return found;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8}$"));
    QString error;
    // Registry numbers by one indexed lookup each; websites by one pass over the register.
    QHash<QString, QStringList> byHost;
    bool hostsRead = false;
    QStringList matched;
    for (int i = 0; i < rows.size(); ++i) {
        const QString value = rows[i].trimmed();
        ++report->rows;
        if (value.isEmpty()) {
            report->problems.append({i + 1, value, QStringLiteral("empty")});
            continue;
        }
        const QString number = QString(value).remove(u' ').remove(u'.');
        if (digits.match(number).hasMatch()) {
            QVariantList row;
            bool found = false;
            if (!Sql::fetchOneCached(db, QStringLiteral("SELECT id FROM companies WHERE registry_number = ?"), {number},
                                     &row, &found, &error))
                return fail(Failure::Store, error);
            if (!found) {
                report->problems.append({i + 1, value, QStringLiteral("no company with this registry number")});
                continue;
            }
            matched << row.value(0).toString();
            ++report->matched;
            continue;
        }
        const QString wanted = host(value);
        if (wanted.isEmpty() || !wanted.contains(u'.')) {
            report->problems.append({i + 1, value, QStringLiteral("neither a registry number nor a website")});
            continue;
        }
        if (!hostsRead) {
            QSqlQuery all(db);
            if (!Sql::exec(all, QStringLiteral("SELECT id, website FROM companies WHERE website <> ''"), {}, &error))
                return fail(Failure::Store, error);
            while (all.next())
                byHost[host(all.value(1).toString())] << all.value(0).toString();
            hostsRead = true;
        }
        const QStringList companies = byHost.value(wanted);
        if (companies.isEmpty()) {
            report->problems.append({i + 1, value, QStringLiteral("no company with this website")});
        } else if (companies.size() > 1) {
            report->problems.append(
                {i + 1, value,
                 QStringLiteral("%1 companies have this website; add the one you mean by its registry "
                                "number")
                     .arg(companies.size())});
        } else {
            matched << companies.first();
            ++report->matched;
        }
    }
    if (matched.isEmpty())
        return {};
    return addCompanies(db, nowMs, orgId, userId, listId, matched, &report->added);
}

bool TargetLists::membership(QSqlDatabase db, const QString& orgId, const QStringList& companyIds,
                             QHash<QString, QStringList>* lists, QString* error)
{
    return Sql::eachInChunks(
        db, QStringLiteral("SELECT company_id, list_id FROM target_entries WHERE org_id = ? AND company_id IN ("),
        {orgId}, companyIds, {}, error,
        [lists](const QSqlQuery& row) { (*lists)[row.value(0).toString()] << row.value(1).toString(); });
}

} // namespace leadscope::server
