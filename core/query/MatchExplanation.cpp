#include "MatchExplanation.h"

#include "protocol/LeadFilter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace leadscope::core {

QString MatchExplanation::confidenceLabel(int level)
{
    switch (level) {
    case 3:
        return tr("High");
    case 2:
        return tr("Medium");
    case 1:
        return tr("Low");
    default:
        return tr("Not known");
    }
}

int MatchExplanation::confidenceLevel(const QJsonObject& match)
{
    return protocol::LeadFilter::confidenceLevel(match.value(QStringLiteral("confidence")).toString());
}

QString MatchExplanation::sentence(const QString& matchJson)
{
    return sentence(QJsonDocument::fromJson(matchJson.toUtf8()).object());
}

QString MatchExplanation::sentence(const QJsonObject& match)
{
    const int level = confidenceLevel(match);
    if (level == 0)
        return tr("How this company was matched was not kept: its visits were recorded before Leadscope kept it.");
    const QString confidence = level == 3   ? tr("high confidence")
                               : level == 2 ? tr("medium confidence")
                                            : tr("low confidence");
    const QJsonObject source = match.value(QStringLiteral("source")).toObject();
    const QDateTime at = QDateTime::fromString(source.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QString month = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM")) : QString();
    const QString day = at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
    const QString linkedBy = match.value(QStringLiteral("linked_by")).toString();
    if (linkedBy == QLatin1String("correction"))
        return day.isEmpty() ? tr("Matched by your organisation's correction — %1.").arg(confidence)
                             : tr("Matched by your organisation's correction of %1 — %2.").arg(day, confidence);
    if (linkedBy == QLatin1String("operator"))
        return tr("Matched through a network the register's operator corrected on %1 — %2.").arg(day, confidence);
    const int prefix = match.value(QStringLiteral("prefix_length")).toInt();
    const bool v6 = match.value(QStringLiteral("ip_version")).toInt() == 6;
    const QString network = v6 ? tr("an IPv6 /%1 network").arg(prefix) : tr("a /%1 network").arg(prefix);
    const QString file = source.value(QStringLiteral("file")).toString();
    const QString import = month.isEmpty()  ? tr("an earlier register import")
                           : file.isEmpty() ? tr("the %1 register import").arg(month)
                                            : tr("the %1 register import (%2)").arg(month, file);
    if (linkedBy == QLatin1String("registry_number"))
        return tr("Matched through %1 registered to this company in %2 — %3.").arg(network, import, confidence);
    return tr("Matched through %1 whose owner's name is this company's in %2 — %3.").arg(network, import, confidence);
}

QString MatchExplanation::verdictLabel(const QString& verdict, const QString& companyName)
{
    if (verdict == QLatin1String("isp"))
        return tr("An internet provider");
    if (verdict == QLatin1String("other_company"))
        return tr("Another company: %1").arg(companyName);
    return tr("Not a company");
}

} // namespace leadscope::core
