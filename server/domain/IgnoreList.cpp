#include "server/domain/IgnoreList.h"

#include "server/domain/OrganisationCache.h"
#include "server/store/Sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace leadscope::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.company_id, i.sbi_prefix, i.category, i.reason, i.by_id, coalesce(u.email, ''), i.at, "
    "coalesce(c.name, '') FROM ignored i LEFT JOIN users u ON u.id = i.by_id "
    "LEFT JOIN companies c ON c.id = i.company_id WHERE i.org_id = ?");

IgnoreList::Entry fromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toString()};
}

IgnoreList::Result fail(IgnoreList::Failure failure, const QString& message)
{
    return {failure, message};
}

} // namespace

const QStringList& IgnoreList::categories()
{
    static const QStringList values{QStringLiteral("own"), QStringLiteral("customer"), QStringLiteral("competitor"),
                                    QStringLiteral("supplier"), QStringLiteral("other")};
    return values;
}

bool IgnoreList::Set::hides(const QString& companyId, const QString& sbiCode) const
{
    if (companies.contains(companyId))
        return true;
    for (const QString& prefix : prefixes) {
        if (sbiCode.startsWith(prefix))
            return true;
    }
    return false;
}

bool IgnoreList::list(QSqlDatabase db, const QString& orgId, QList<Entry>* entries, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, kSelect + QStringLiteral(" ORDER BY i.at DESC, i.id"), {orgId}, error))
        return false;
    entries->clear();
    while (query.next())
        entries->append(fromRow(query));
    return true;
}

IgnoreList::Result IgnoreList::find(QSqlDatabase db, const QString& orgId, const QString& id, Entry* entry)
{
    QSqlQuery query(db);
    QString error;
    if (!Sql::exec(query, kSelect + QStringLiteral(" AND i.id = ?"), {orgId, id}, &error))
        return fail(Failure::Store, error);
    if (!query.next())
        return fail(Failure::NotFound, QStringLiteral("That company or industry is not hidden."));
    *entry = fromRow(query);
    return {};
}

IgnoreList::Result IgnoreList::add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                                   const Entry& entry, Entry* added)
{
    static const QRegularExpression sbi(QStringLiteral("^[0-9]{1,6}$"));
    if (entry.companyId.isEmpty() == entry.sbiPrefix.isEmpty())
        return fail(Failure::Invalid, QStringLiteral("Hide either a company (\"company_id\") or an industry "
                                                     "(\"sbi_prefix\")."));
    if (!entry.sbiPrefix.isEmpty() && !sbi.match(entry.sbiPrefix).hasMatch())
        return fail(Failure::Invalid, QStringLiteral("\"sbi_prefix\" must be 1 to 6 digits of an SBI code."));
    if (!categories().contains(entry.category))
        return fail(Failure::Invalid,
                    QStringLiteral("\"category\" must be one of: %1.").arg(categories().join(QStringLiteral(", "))));
    if (entry.reason.size() > kMaxReason)
        return fail(Failure::Invalid, QStringLiteral("A reason has at most %1 characters.").arg(kMaxReason));
    QString error;
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!entry.companyId.isEmpty()) {
        if (!Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {entry.companyId}, &row, &found,
                           &error))
            return fail(Failure::Store, error);
        if (!found)
            return fail(Failure::Invalid, QStringLiteral("There is no such company in the register."));
    }
    if (!Sql::fetchOne(db, QStringLiteral("SELECT count(*) FROM ignored WHERE org_id = ?"), {orgId}, &row, &found,
                       &error))
        return fail(Failure::Store, error);
    if (row.value(0).toInt() >= kMaxEntries)
        return fail(Failure::Limit, QStringLiteral("At most %1 hidden companies and industries; show some again "
                                                   "first.")
                                        .arg(kMaxEntries));
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT 1 FROM ignored WHERE org_id = ? AND company_id = ? AND sbi_prefix = ?"),
                       {orgId, entry.companyId, entry.sbiPrefix}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (found)
        return fail(Failure::Conflict, entry.companyId.isEmpty() ? QStringLiteral("That industry is hidden already.")
                                                                 : QStringLiteral("That company is hidden already."));
    const QString id = QStringLiteral("i-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(db);
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO ignored (org_id, id, company_id, sbi_prefix, category, reason, by_id, "
                           "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {orgId, id, entry.companyId, entry.sbiPrefix, entry.category, entry.reason.simplified(), userId, nowMs},
            &error) ||
        !Sql::exec(query, QStringLiteral("UPDATE organisations SET ignored_version = ignored_version + 1 WHERE id = ?"),
                   {orgId}, &error) ||
        !transaction.commit(&error))
        return fail(Failure::Store, error);
    return find(db, orgId, id, added);
}

IgnoreList::Result IgnoreList::remove(QSqlDatabase db, const QString& orgId, const QString& id, Entry* removed)
{
    if (Result found = find(db, orgId, id, removed); !found.ok())
        return found;
    QString error;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM ignored WHERE org_id = ? AND id = ?"), {orgId, id}, &error) ||
        !Sql::exec(query, QStringLiteral("UPDATE organisations SET ignored_version = ignored_version + 1 WHERE id = ?"),
                   {orgId}, &error) ||
        !transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

bool IgnoreList::active(QSqlDatabase db, const QString& orgId, Active* set, QString* error)
{
    static OrganisationCache<Set> cache("ignored_version");
    return cache.get(
        db, orgId,
        [&db, &orgId](std::shared_ptr<Set> fresh, QString* failure) {
            QSqlQuery query(db);
            if (!Sql::exec(query, QStringLiteral("SELECT company_id, sbi_prefix FROM ignored WHERE org_id = ?"),
                           {orgId}, failure))
                return false;
            while (query.next()) {
                if (!query.value(0).toString().isEmpty())
                    fresh->companies.insert(query.value(0).toString());
                else
                    fresh->prefixes << query.value(1).toString();
            }
            return true;
        },
        set, error);
}

} // namespace leadscope::server
