#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace leadscope::core {

// Where a lead is in the sales workflow: the keys the protocol stores
// ("new", "contacted", …, in workflow order) and the words people read —
// in the list, the profile, the exports and the reports.
class LeadStatus
{
    Q_DECLARE_TR_FUNCTIONS(LeadStatus)

public:
    static const QStringList& keys();
    // The translated label; an unknown key is shown as it is.
    static QString label(const QString& key);
};

} // namespace leadscope::core
