#pragma once

#include "core/query/CompanyQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace leadscope::core {

// What lies before the window of months the cache keeps (docs/SCALING.md):
// one company's older visits with their page views, as the server answers
// GET /api/v1/companies/{id}/visits?before= (AdminClient::olderVisits) — a
// page at a time, shown and not kept.
class OlderVisits
{
    Q_DECLARE_TR_FUNCTIONS(OlderVisits)

public:
    struct Page
    {
        QString companyId;
        QList<CompanyQuery::Visit> visits; // newest first
        bool more = false;                 // older ones follow: ask again before nextBeforeMs / nextBeforeId
        qint64 nextBeforeMs = 0;
        QString nextBeforeId;
    };

    // The request for the visits that started before `beforeMs` (and, at that same moment, before `beforeId`).
    static QString path(const QString& companyId, qint64 beforeMs, const QString& beforeId, int limit);
    // The server's answer as visits; false when it is not one (a translated *error).
    static bool parse(const QJsonObject& answer, Page* page, QString* error);
};

} // namespace leadscope::core
