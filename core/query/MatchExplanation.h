#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace leadscope::core {

// A visit's "how we know" in words (docs/MATCHING.md), from the "match"
// object the server keeps with each visit: "Matched through a /24 network
// registered to this company in the 2026-06 register import — high
// confidence."
class MatchExplanation
{
    Q_DECLARE_TR_FUNCTIONS(MatchExplanation)

public:
    // 1 low, 2 medium, 3 high; 0: not known. "High", "Medium", "Low", "Not known".
    static QString confidenceLabel(int level);
    static int confidenceLevel(const QJsonObject& match);
    static QString sentence(const QJsonObject& match);
    static QString sentence(const QString& matchJson);
    // What a report's verdict says, for lists: "An internet provider", "Another company: …", "Not a company".
    static QString verdictLabel(const QString& verdict, const QString& companyName);
};

} // namespace leadscope::core
