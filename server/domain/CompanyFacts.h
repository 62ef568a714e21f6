#pragma once

#include "server/domain/Annotations.h"

#include "protocol/LeadMatcher.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// Companies as the shared filter language sees them (protocol::LeadMatcher):
// their register data, the team's notes (status, tags, assignee) and the
// target-account lists they are on. What the rule engine judges a recorded
// visit's company by, and what a webhook's filter is held to.
class CompanyFacts
{
public:
    // The companies of `companyIds` that exist, annotated; `annotations` gets
    // the notes as stored (absent: none yet). Lists only when `withLists`.
    static bool read(QSqlDatabase db, const QString& orgId, const QStringList& companyIds, bool withLists,
                     QHash<QString, protocol::LeadMatcher::Company>* companies,
                     QHash<QString, Annotations::Annotation>* annotations, QString* error);
    // Puts the notes on the company (status "new" when it has none).
    static void annotate(protocol::LeadMatcher::Company* company, const Annotations::Annotation& annotation);
};

} // namespace leadscope::server
