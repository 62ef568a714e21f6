#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadscope::core {

// The companies and industries the team hides (GET /api/v1/ignored), as the
// cache holds them after each sync: every list, count, chart, export and
// notification leaves them out (the cache's ignored_companies view), and the
// Hidden screen lists them with who hid them and why. Changes go to the
// server (AdminClient) and come back with the next sync.
class IgnoredCompanies
{
    Q_DECLARE_TR_FUNCTIONS(IgnoredCompanies)

public:
    struct Entry
    {
        QString id;
        QString companyId;   // one company…
        QString companyName; // (its name)
        QString sbiPrefix;   // …or an industry
        QString category;    // own, customer, competitor, supplier, other
        QString reason;
        QString byEmail; // empty: a former colleague
        qint64 at = 0;
        qint64 companies = 0; // how many companies of this cache it hides
    };

    static const QStringList& categories();
    static QString categoryLabel(const QString& category);

    // Replaces the whole list with the server's answer. False + *error on a
    // malformed answer (the old list stays) or a write failure.
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // Newest first.
    static bool all(Cache& cache, QList<Entry>* entries, QString* error);
};

} // namespace leadscope::core
