#include "server/domain/CompanyFacts.h"

#include "server/domain/TargetLists.h"
#include "server/store/Sql.h"

namespace leadscope::server {

namespace {
constexpr qsizetype kChunk = 400;
} // namespace

bool CompanyFacts::read(QSqlDatabase db, const QString& orgId, const QStringList& companyIds, bool withLists,
                        QHash<QString, protocol::LeadMatcher::Company>* companies,
                        QHash<QString, Annotations::Annotation>* annotations, QString* error)
{
    for (qsizetype at = 0; at < companyIds.size(); at += kChunk) {
        const QStringList chunk = companyIds.mid(at, kChunk);
        QSqlQuery* q = Sql::execCached(
            db,
            QStringLiteral("SELECT id, name, trade_name, city, country, website, sbi_label, sbi_code, employee_band, "
                           "registry_number FROM companies WHERE id IN (") +
                QStringList(chunk.size(), QStringLiteral("?")).join(u',') + u')',
            QVariantList(chunk.cbegin(), chunk.cend()), error);
        if (!q)
            return false;
        while (q->next()) {
            protocol::LeadMatcher::Company c;
            c.id = q->value(0).toString();
            c.name = q->value(1).toString();
            c.tradeName = q->value(2).toString();
            c.city = q->value(3).toString();
            c.country = q->value(4).toString();
            c.website = q->value(5).toString();
            c.industry = q->value(6).toString();
            c.sbiCode = q->value(7).toString();
            c.sizeBand = q->value(8).toString();
            c.registryNumber = q->value(9).toString();
            companies->insert(c.id, c);
        }
    }
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
