#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace leadscope::core {

// The websites' traffic that is no visit (GET /api/v1/traffic, replaced
// after each sync): per website and day, the hits tied to a company, those of
// people not tied to one by why, and bot hits by reason (docs/MATCHING.md).
// The dashboard says what share could not be tied to a company and how many
// bot hits were filtered.
class TrafficQuery
{
    Q_DECLARE_TR_FUNCTIONS(TrafficQuery)

public:
    struct Summary
    {
        qint64 identified = 0;
        QMap<QString, qint64> unidentified; // kind → hits (isp, mobile, unknown, …)
        QMap<QString, qint64> bots;         // reason → hits (crawler, automated, …)
        qint64 unidentifiedTotal() const;
        qint64 botTotal() const;
        bool isEmpty() const { return identified == 0 && unidentified.isEmpty() && bots.isEmpty(); }
    };

    // False + *error on a malformed answer (the old figures stay).
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // The days from `fromDay` to `toDay` (YYYY-MM-DD, inclusive); `website` empty: all.
    static bool summary(Cache& cache, const QString& fromDay, const QString& toDay, const QString& website,
                        Summary* result, QString* error);

    // "62 % of page views could not be tied to a company: mostly consumer internet providers." (empty: none)
    static QString unidentifiedSentence(const Summary& summary);
    // "1,234 bot hits filtered: crawlers 900, data centres 300." (empty: none)
    static QString botSentence(const Summary& summary);
    static QString kindLabel(const QString& kind);     // "consumer internet providers", …
    static QString reasonLabel(const QString& reason); // "crawlers", …
};

} // namespace leadscope::core
