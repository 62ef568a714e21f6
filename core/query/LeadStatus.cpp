#include "LeadStatus.h"

namespace leadscope::core {

const QStringList& LeadStatus::keys()
{
    static const QStringList keys{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                                  QStringLiteral("customer"), QStringLiteral("not_interested")};
    return keys;
}

QString LeadStatus::label(const QString& key)
{
    if (key == QLatin1String("new"))
        return tr("New");
    if (key == QLatin1String("contacted"))
        return tr("Contacted");
    if (key == QLatin1String("qualified"))
        return tr("Qualified");
    if (key == QLatin1String("customer"))
        return tr("Customer");
    if (key == QLatin1String("not_interested"))
        return tr("Not interested");
    return key;
}

} // namespace leadscope::core
