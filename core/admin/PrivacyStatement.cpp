#include "PrivacyStatement.h"

#include <QFile>
#include <QRegularExpression>

namespace leadscope::core {

namespace {

QString readTemplate(const QString& name)
{
    QFile file(QStringLiteral(":/leadscope/privacy/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString list(QStringList items, PrivacyStatement::Language language)
{
    items.removeAll(QString());
    if (items.isEmpty())
        return language == PrivacyStatement::Language::Dutch ? QStringLiteral("onze website")
                                                             : QStringLiteral("our website");
    if (items.size() == 1)
        return items.first();
    const QString last = items.takeLast();
    return items.join(QStringLiteral(", ")) +
           (language == PrivacyStatement::Language::Dutch ? QStringLiteral(" en ") : QStringLiteral(" and ")) + last;
}

} // namespace

QString PrivacyStatement::fill(const QString& resource, const Facts& facts, Language language)
{
    const bool dutch = language == Language::Dutch;
    QString text = readTemplate(resource + (dutch ? QStringLiteral("_nl.md") : QStringLiteral("_en.md")));
    // Keep the block of the organisation's tracking mode, drop the other.
    const bool consent = facts.trackingMode == QLatin1String("consent");
    const QString drop = consent ? QStringLiteral("legitimate-interest") : QStringLiteral("consent");
    const QString keep = consent ? QStringLiteral("consent") : QStringLiteral("legitimate-interest");
    text.remove(QRegularExpression(QStringLiteral("<!-- %1 -->.*?<!-- /%1 -->\\n?").arg(drop),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(QStringLiteral("<!-- %1 -->\n").arg(keep));
    text.remove(QStringLiteral("<!-- /%1 -->\n").arg(keep));
    const int months = facts.retentionMonths;
    const QString retention =
        dutch
            ? QStringLiteral("%1 %2").arg(months).arg(months == 1 ? QStringLiteral("maand") : QStringLiteral("maanden"))
            : QStringLiteral("%1 %2").arg(months).arg(months == 1 ? QStringLiteral("month") : QStringLiteral("months"));
    const QString basis =
        consent ? (dutch ? QStringLiteral("Toestemming (artikel 6 lid 1 sub a AVG), gevraagd in de cookiebanner")
                         : QStringLiteral("Consent (Article 6(1)(a) GDPR), asked in the cookie banner"))
                : (dutch ? QStringLiteral("Gerechtvaardigd belang (artikel 6 lid 1 sub f AVG)")
                         : QStringLiteral("Legitimate interest (Article 6(1)(f) GDPR)"));
    text.replace(QStringLiteral("{{organisation}}"),
                 facts.organisation.isEmpty()
                     ? (dutch ? QStringLiteral("Onze organisatie") : QStringLiteral("Our organisation"))
                     : facts.organisation);
    text.replace(QStringLiteral("{{websites}}"), list(facts.websites, language));
    text.replace(QStringLiteral("{{retention}}"), retention);
    text.replace(QStringLiteral("{{legal_basis}}"), basis);
    text.replace(QStringLiteral("{{dpa_version}}"),
                 facts.dpaVersion.isEmpty() ? QStringLiteral("—") : facts.dpaVersion);
    return text;
}

QString PrivacyStatement::statement(const Facts& facts, Language language)
{
    return fill(QStringLiteral("statement"), facts, language);
}

QString PrivacyStatement::registerEntry(const Facts& facts, Language language)
{
    return fill(QStringLiteral("register"), facts, language);
}

} // namespace leadscope::core
