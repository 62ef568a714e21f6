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

// The few words the templates need, per language.
struct Words
{
    const char* suffix;
    const char* ourWebsite;
    const char* and_;
    const char* month;
    const char* months;
    const char* ourOrganisation;
    const char* consent;
    const char* legitimateInterest;
};

const Words& wordsFor(PrivacyStatement::Language language)
{
    static const Words english{"_en.md",
                               "our website",
                               " and ",
                               "month",
                               "months",
                               "Our organisation",
                               "Consent (Article 6(1)(a) GDPR), asked in the cookie banner",
                               "Legitimate interest (Article 6(1)(f) GDPR)"};
    static const Words dutch{"_nl.md",
                             "onze website",
                             " en ",
                             "maand",
                             "maanden",
                             "Onze organisatie",
                             "Toestemming (artikel 6 lid 1 sub a AVG), gevraagd in de cookiebanner",
                             "Gerechtvaardigd belang (artikel 6 lid 1 sub f AVG)"};
    static const Words german{"_de.md",
                              "unserer Website",
                              " und ",
                              "Monat",
                              "Monate",
                              "Unsere Organisation",
                              "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), eingeholt im Cookie-Banner",
                              "Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)"};
    switch (language) {
    case PrivacyStatement::Language::Dutch:
        return dutch;
    case PrivacyStatement::Language::German:
        return german;
    case PrivacyStatement::Language::English:
        break;
    }
    return english;
}

QString list(QStringList items, const Words& words)
{
    items.removeAll(QString());
    if (items.isEmpty())
        return QString::fromUtf8(words.ourWebsite);
    if (items.size() == 1)
        return items.first();
    const QString last = items.takeLast();
    return items.join(QStringLiteral(", ")) + QString::fromUtf8(words.and_) + last;
}

} // namespace

QString PrivacyStatement::fill(const QString& resource, const Facts& facts, Language language)
{
    const Words& words = wordsFor(language);
    QString text = readTemplate(resource + QString::fromLatin1(words.suffix));
    // Keep the block of the organisation's tracking mode, drop the other.
    const bool consent = facts.trackingMode == QLatin1String("consent");
    const QString drop = consent ? QStringLiteral("legitimate-interest") : QStringLiteral("consent");
    const QString keep = consent ? QStringLiteral("consent") : QStringLiteral("legitimate-interest");
    text.remove(QRegularExpression(QStringLiteral("<!-- %1 -->.*?<!-- /%1 -->\\n?").arg(drop),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(QStringLiteral("<!-- %1 -->\n").arg(keep));
    text.remove(QStringLiteral("<!-- /%1 -->\n").arg(keep));
    const int months = facts.retentionMonths;
    text.replace(QStringLiteral("{{organisation}}"),
                 facts.organisation.isEmpty() ? QString::fromUtf8(words.ourOrganisation) : facts.organisation);
    text.replace(QStringLiteral("{{websites}}"), list(facts.websites, words));
    // Any page of the site opts out with this fragment (the tracker reads it).
    const QString site = facts.websites.value(0, QStringLiteral("www.example.com"));
    text.replace(QStringLiteral("{{optout_link}}"), QStringLiteral("https://%1/#leadscope-optout").arg(site));
    text.replace(QStringLiteral("{{retention}}"),
                 QStringLiteral("%1 %2").arg(months).arg(QString::fromUtf8(months == 1 ? words.month : words.months)));
    text.replace(QStringLiteral("{{legal_basis}}"),
                 QString::fromUtf8(consent ? words.consent : words.legitimateInterest));
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
