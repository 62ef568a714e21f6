#include "server/domain/CompanyFacts.h"

#include "server/domain/TargetLists.h"
#include "server/store/Sql.h"

namespace leadscope::server {

bool CompanyFacts::read(QSqlDatabase db, const QString& orgId, const QStringList& companyIds, bool withLists,
                        QHash<QString, protocol::LeadMatcher::Company>* companies,
                        QHash<QString, Annotations::Annotation>* annotations, QString* error)
{
    const bool read = Sql::eachInChunks(
        db,
        QStringLiteral("SELECT id, name, trade_name, city, country, website, sbi_label, sbi_code, employee_band, "
                       "registry_number FROM companies WHERE id IN ("),
        {}, companyIds, {}, error, [companies](const QSqlQuery& row) {
            protocol::LeadMatcher::Company c;
            c.id = row.value(0).toString();
            c.name = row.value(1).toString();
            c.tradeName = row.value(2).toString();
            c.city = row.value(3).toString();
            c.country = row.value(4).toString();
            c.website = row.value(5).toString();
            c.industry = row.value(6).toString();
            c.sbiCode = row.value(7).toString();
            c.sizeBand = row.value(8).toString();
            c.registryNumber = row.value(9).toString();
            companies->insert(c.id, c);
        });
    if (!read)
        return false;
    if (!Annotations::read(db, orgId, companyIds, annotations, error))
        return false;
    for (auto it = companies->begin(); it != companies->end(); ++it)
        annotate(&it.value(), annotations->value(it.key(), Annotations::Annotation{it.key(), {}, {}, {}, {}}));
    if (!withLists)
        return true;
    QHash<QString, QStringList> lists;
    if (!TargetLists::membership(db, orgId, companyIds, &lists, error))
        return false;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        if (companies->contains(it.key()))
            (*companies)[it.key()].lists = it.value();
    }
    return true;
}

void CompanyFacts::annotate(protocol::LeadMatcher::Company* company, const Annotations::Annotation& annotation)
{
    company->status = annotation.status.isEmpty() ? QStringLiteral("new") : annotation.status;
    company->assignee = annotation.assignee;
    company->tags = annotation.tags;
}

} // namespace leadscope::server
