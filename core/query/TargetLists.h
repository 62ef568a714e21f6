#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadscope::core {

// The organisation's target-account lists (GET /api/v1/target-lists) as the
// cache holds them after each sync: which companies are on which list, for
// the "on_list" condition of the filter language and the Target accounts
// screen. Changes go to the server (AdminClient); a sync brings them back.
class TargetLists
{
    Q_DECLARE_TR_FUNCTIONS(TargetLists)

public:
    struct List
    {
        QString id;
        QString name;
        qint64 companies = 0;   // on the list
        qint64 visited = 0;     // of them, with a visit in the cache
        qint64 visitedWeek = 0; // …in the last 7 days
    };

    // Replaces every list with the server's answer. False + *error on a
    // malformed answer (the old lists stay) or a write failure.
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // By name; `nowMs` is when "the last 7 days" end.
    static bool all(Cache& cache, qint64 nowMs, QList<List>* lists, QString* error);

    // Just the lists' ids and names, by name (no counts: what a profile or a chooser needs).
    static bool names(Cache& cache, QList<List>* lists, QString* error);
    // The lists a company is on (ids).
    static bool ofCompany(Cache& cache, const QString& companyId, QStringList* listIds, QString* error);

    // The rows of a CSV file to import: its first column, without a header
    // row ("registry_number", "domain", "website", …) and blank lines.
    static QStringList importRows(const QByteArray& csv);
};

} // namespace leadscope::core
