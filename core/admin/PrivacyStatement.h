#pragma once

#include <QString>
#include <QStringList>

namespace leadscope::core {

// The text customers must put in their privacy statement, and the matching
// entry for their register of processing activities (Article 30 GDPR), in
// English, Dutch or German — whatever language the app itself runs in — filled from
// the organisation's websites, tracking mode and retention. Markdown, from
// the templates in resources/privacy.
class PrivacyStatement
{
public:
    enum class Language
    {
        English,
        Dutch,
        German,
    };

    struct Facts
    {
        QString organisation;
        QStringList websites;
        QString trackingMode = QStringLiteral("legitimate-interest"); // or consent
        int retentionMonths = 13;
        QString dpaVersion;
    };

    static QString statement(const Facts& facts, Language language);
    static QString registerEntry(const Facts& facts, Language language);

private:
    static QString fill(const QString& resource, const Facts& facts, Language language);
};

} // namespace leadscope::core
