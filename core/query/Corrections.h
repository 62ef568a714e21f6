#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace leadscope::core {

// The organisation's "wrong company" reports (GET /api/v1/corrections), as
// the cache holds them after each sync: the profile says that a company's
// match was reported, by whom and what became of it. Reports go to the
// server (AdminClient) and come back with the next sync.
class Corrections
{
    Q_DECLARE_TR_FUNCTIONS(Corrections)

public:
    struct Report
    {
        QString id;
        QString companyId; // the company the visit was matched to
        QString verdict;   // isp, other_company, not_company
        QString correctCompanyId;
        QString correctCompanyName;
        QString note;
        qint64 relabelled = 0;
        QString state; // open, applied, rejected
        QString resolution;
        QString byId;
        QString byEmail;
        qint64 at = 0;
    };

    // Replaces the whole list with the server's answer; false + *error on a malformed answer (the old list stays).
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // The reports on matches to this company (or naming it as the right one), newest first.
    static bool forCompany(Cache& cache, const QString& companyId, QList<Report>* reports, QString* error);
    // "Reported by ann@… on 6 Dec: an internet provider (open)".
    static QString describe(const Report& report);
};

} // namespace leadscope::core
