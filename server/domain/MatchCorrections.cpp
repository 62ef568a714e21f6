#include "server/domain/MatchCorrections.h"

#include "server/domain/Audit.h"
#include "server/domain/OrganisationCache.h"
#include "server/store/Sql.h"

#include "protocol/Crypto.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace leadscope::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.created_by, coalesce(u.email, ''), m.created_at, m.range_key, m.reported_company_id, "
    "coalesce(rc.name, ''), m.verdict, m.company_id, coalesce(cc.name, ''), m.note, m.relabelled, m.state, "
    "m.resolved_at, m.resolution FROM match_corrections m "
    "LEFT JOIN users u ON u.id = m.created_by "
    "LEFT JOIN companies rc ON rc.id = m.reported_company_id "
    "LEFT JOIN companies cc ON cc.id = m.company_id ");

MatchCorrections::Report fromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(),  q.value(1).toString(),    q.value(2).toString(),  q.value(3).toLongLong(),
            q.value(4).toString(),  q.value(5).toString(),    q.value(6).toString(),  q.value(7).toString(),
            q.value(8).toString(),  q.value(9).toString(),    q.value(10).toString(), q.value(11).toLongLong(),
            q.value(12).toString(), q.value(13).toLongLong(), q.value(14).toString()};
}

bool bumpVersion(QSqlDatabase db, const QString& orgId, QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE organisations SET corrections_version = corrections_version + 1 "
                                    "WHERE id = ?"),
                     {orgId}, error);
}

} // namespace

bool MatchCorrections::isVerdict(const QString& verdict)
{
    return verdict == QLatin1String("isp") || verdict == QLatin1String("other_company") ||
           verdict == QLatin1String("not_company");
}

bool MatchCorrections::isRangeKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9a-f]{16}\\z"));
    return pattern.match(key).hasMatch();
}

bool MatchCorrections::list(QSqlDatabase db, const QString& orgId, QList<Report>* reports, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, kSelect + QStringLiteral("WHERE m.org_id = ? ORDER BY m.created_at DESC, m.id"), {orgId},
                   error))
        return false;
    while (query.next())
        reports->append(fromRow(query));
    return true;
}

bool MatchCorrections::rangeOfVisit(QSqlDatabase db, const QString& orgId, const QString& visitId,
                                    const QString& companyId, QString* rangeKey, QString* matchedCompany, bool* found,
                                    QString* error)
{
    QVariantList row;
    const bool ok =
        visitId.isEmpty()
            ? Sql::fetchOne(db,
                            QStringLiteral("SELECT match_range, company_id FROM visits WHERE org_id = ? AND "
                                           "company_id = ? AND match_range <> '' ORDER BY started_at DESC LIMIT 1"),
                            {orgId, companyId}, &row, found, error)
            : Sql::fetchOne(db,
                            QStringLiteral("SELECT match_range, company_id FROM visits WHERE org_id = ? AND id = ?"),
                            {orgId, visitId}, &row, found, error);
    if (!ok)
        return false;
    if (*found) {
        *rangeKey = row[0].toString();
        *matchedCompany = row[1].toString();
        *found = !rangeKey->isEmpty();
    }
    return true;
}

bool MatchCorrections::searchRegister(QSqlDatabase db, const QString& text, int limit,
                                      QList<RegisterCompany>* companies, QString* error)
{
    QString like = text.trimmed().toLower();
    like.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const QString pattern = u'%' + like + u'%';
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, registry_number, name, city FROM companies WHERE registry_number = ? OR "
                                  "lower(name) LIKE ? ESCAPE '\\' OR lower(trade_name) LIKE ? ESCAPE '\\' "
                                  "ORDER BY name, id LIMIT ?"),
                   {text.trimmed(), pattern, pattern, limit}, error))
        return false;
    while (query.next())
        companies->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString()});
    return true;
}

bool MatchCorrections::companyExists(QSqlDatabase db, const QString& companyId, bool* exists, QString* error)
{
    QVariantList row;
    return Sql::fetchOne(db, QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {companyId}, &row, exists, error);
}

bool MatchCorrections::save(QSqlDatabase db, const QString& orgId, const Range& range, bool relabel, Report* report,
                            QString* error)
{
    report->id = QStringLiteral("mc-") + QString::fromLatin1(protocol::Crypto::randomBytes(12).toHex());
    report->state = QStringLiteral("open");
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    // One report per organisation and range: a new one replaces the earlier.
    if (!Sql::exec(query, QStringLiteral("DELETE FROM match_corrections WHERE org_id = ? AND range_key = ?"),
                   {orgId, range.key}, error) ||
        !Sql::exec(query,
                   QStringLiteral("INSERT INTO match_corrections (id, org_id, created_at, created_by, range_key, "
                                  "range_start, range_end, range_kind, network_name, reported_company_id, verdict, "
                                  "company_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {report->id, orgId, report->createdAt, report->createdBy, range.key, range.start, range.end,
                    range.kind, range.networkName, report->reportedCompanyId, report->verdict, report->companyId,
                    report->note.left(kMaxNote)},
                   error))
        return false;
    report->rangeKey = range.key;
    return bumpVersion(db, orgId, error) &&
           Audit::record(db, report->createdAt, orgId, {report->createdBy, report->createdByEmail},
                         QStringLiteral("match_reported"),
                         QJsonObject{{QStringLiteral("correction_id"), report->id},
                                     {QStringLiteral("company_id"), report->reportedCompanyId},
                                     {QStringLiteral("verdict"), report->verdict},
                                     {QStringLiteral("correct_company_id"), report->companyId},
                                     {QStringLiteral("relabel_past"), relabel}},
                         error) &&
           transaction.commit(error);
}

bool MatchCorrections::setRelabelled(QSqlDatabase db, const QString& orgId, const QString& id, qint64 count,
                                     QString* error)
{
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("UPDATE match_corrections SET relabelled = ? WHERE org_id = ? AND id = ?"),
                     {count, orgId, id}, error);
}

bool MatchCorrections::find(QSqlDatabase db, const QString& orgId, const QString& id, Report* report, bool* found,
                            QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, kSelect + QStringLiteral("WHERE m.org_id = ? AND m.id = ?"), {orgId, id}, error))
        return false;
    *found = query.next();
    if (*found)
        *report = fromRow(query);
    return true;
}

bool MatchCorrections::remove(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& actorId,
                              const QString& actorEmail, const Report& report, QString* error)
{
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM match_corrections WHERE org_id = ? AND id = ?"),
                     {orgId, report.id}, error) &&
           bumpVersion(db, orgId, error) &&
           Audit::record(db, nowMs, orgId, {actorId, actorEmail}, QStringLiteral("match_report_withdrawn"),
                         QJsonObject{{QStringLiteral("correction_id"), report.id},
                                     {QStringLiteral("company_id"), report.reportedCompanyId},
                                     {QStringLiteral("verdict"), report.verdict}},
                         error) &&
           transaction.commit(error);
}

bool MatchCorrections::active(QSqlDatabase db, const QString& orgId, Active* overrides, QString* error)
{
    static OrganisationCache<QHash<QString, Override>> cache("corrections_version");
    return cache.get(
        db, orgId,
        [&db, &orgId](std::shared_ptr<QHash<QString, Override>> fresh, QString* failure) {
            QSqlQuery query(db);
            if (!Sql::exec(query,
                           QStringLiteral("SELECT range_key, verdict, company_id FROM match_corrections WHERE "
                                          "org_id = ?"),
                           {orgId}, failure))
                return false;
            while (query.next())
                fresh->insert(query.value(0).toString(),
                              Override{query.value(1).toString(), query.value(2).toString()});
            return true;
        },
        overrides, error);
}

bool MatchCorrections::byRange(QSqlDatabase db, bool openOnly, QList<RangeReports>* ranges, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT m.range_key, m.range_start, m.range_end, m.range_kind, m.network_name, "
                                  "m.reported_company_id, coalesce(rc.name, ''), m.verdict, m.company_id, m.state, "
                                  "m.created_at FROM match_corrections m "
                                  "LEFT JOIN companies rc ON rc.id = m.reported_company_id "
                                  "ORDER BY m.range_key, m.created_at"),
                   {}, error))
        return false;
    QHash<QString, qsizetype> at;
    while (query.next()) {
        const QString key = query.value(0).toString();
        auto found = at.constFind(key);
        if (found == at.cend()) {
            RangeReports r;
            r.range = {key, query.value(1).toByteArray(), query.value(2).toByteArray(), query.value(3).toString(),
                       query.value(4).toString()};
            r.registerCompanyId = query.value(5).toString();
            r.registerCompanyName = query.value(6).toString();
            r.state = query.value(9).toString();
            r.firstAt = query.value(10).toLongLong();
            found = at.insert(key, ranges->size());
            ranges->append(r);
        }
        RangeReports& r = (*ranges)[*found];
        ++r.organisations;
        ++r.verdicts[query.value(7).toString()];
        if (!query.value(8).toString().isEmpty())
            ++r.suggested[query.value(8).toString()];
        if (query.value(9).toString() == QLatin1String("open"))
            r.state = QStringLiteral("open");
        r.lastAt = qMax(r.lastAt, query.value(10).toLongLong());
    }
    if (openOnly)
        ranges->removeIf([](const RangeReports& r) { return r.state != QLatin1String("open"); });
    std::stable_sort(ranges->begin(), ranges->end(),
                     [](const RangeReports& a, const RangeReports& b) { return a.organisations > b.organisations; });
    return true;
}

bool MatchCorrections::apply(QSqlDatabase db, qint64 nowMs, const QString& rangeKey, const QString& kind,
                             const QString& companyId, const QString& note, bool* found, QString* error)
{
    QVariantList row;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT range_start, range_end FROM match_corrections WHERE range_key = ? "
                                      "LIMIT 1"),
                       {rangeKey}, &row, found, error))
        return false;
    if (!*found)
        return true;
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM register_corrections WHERE range_key = ?"), {rangeKey},
                     error) &&
           Sql::exec(query,
                     QStringLiteral("INSERT INTO register_corrections (range_key, range_start, range_end, kind, "
                                    "company_id, applied_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {rangeKey, row[0], row[1], kind, companyId.isEmpty() ? QVariant() : QVariant(companyId), nowMs,
                      note.left(kMaxNote)},
                     error) &&
           Sql::exec(query,
                     QStringLiteral("UPDATE match_corrections SET state = 'applied', resolved_at = ?, resolution = ? "
                                    "WHERE range_key = ? AND state = 'open'"),
                     {nowMs, note.left(kMaxNote), rangeKey}, error) &&
           // The live indexes reload: the corrected range applies to every organisation's next hit.
           Sql::exec(query, QStringLiteral("UPDATE registry_state SET version = version + 1 WHERE id = 1"), {},
                     error) &&
           transaction.commit(error);
}

bool MatchCorrections::reject(QSqlDatabase db, qint64 nowMs, const QString& rangeKey, const QString& reason,
                              bool* found, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE match_corrections SET state = 'rejected', resolved_at = ?, resolution = ? "
                                  "WHERE range_key = ? AND state = 'open'"),
                   {nowMs, reason.left(kMaxNote), rangeKey}, error))
        return false;
    *found = query.numRowsAffected() > 0;
    return true;
}

} // namespace leadscope::server
