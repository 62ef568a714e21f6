#pragma once

#include "protocol/LeadFilter.h"
#include "protocol/LeadMatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

// Companies and visits as Leadscope hands them to other systems — webhook
// events and the read API alike, so both carry the same documented shapes
// (docs/PROTOCOL.md, docs/openapi.yaml): the company's register data and the
// team's notes, the visit with its pages. Never a visitor's key, cookie or
// address.
class LeadRecords
{
public:
    struct Visit
    {
        QString id, companyId, website, source, medium, campaign, utmSource, landing, device;
        qint64 startedAt = 0, lastAt = 0;
        int pageviews = 0;
        QJsonArray pages;
        QStringList paths;
        // As the filter language sees it.
        protocol::LeadMatcher::Visit forMatcher() const;
    };

    static QJsonObject companyJson(const protocol::LeadMatcher::Company& company);
    // With its pages when they were read.
    static QJsonObject visitJson(const Visit& visit);

    // The visits of `ids` that still exist, with their pages.
    static bool readVisits(QSqlDatabase db, const QStringList& ids, QHash<QString, Visit>* visits, QString* error);
    // The visits of the organisation's `companyIds`, newest first, per company;
    // pages only `withPages`.
    static bool visitsOfCompanies(QSqlDatabase db, const QString& orgId, const QStringList& companyIds, bool withPages,
                                  QHash<QString, QList<Visit>>* visits, QString* error);
    // One company's visits that started before `beforeMs` (0: any), newest first, at most `limit`, with pages.
    // One company's visits older than (beforeMs, beforeId) — 0 and empty: the
    // newest first — newest first, at most `limit`, with their pages.
    static bool visitsOfCompany(QSqlDatabase db, const QString& orgId, const QString& companyId, qint64 beforeMs,
                                const QString& beforeId, int limit, QList<Visit>* visits, QString* error);

    // One page of the organisation's companies (those with a visit, not
    // hidden), in id order after `after`, that `filter` takes (none: all) —
    // the same answer as the desktop's list for that filter. Each as
    // companyJson plus "first_seen", "visits" and "last_visit_at". *next: the
    // id to continue after, empty at the end; a page may hold fewer than
    // `limit` when a filter leaves most out (at most kScanPerPage are looked at).
    static constexpr int kScanPerPage = 2000;
    static bool companies(QSqlDatabase db, const QString& orgId, qint64 nowMs,
                          const std::optional<protocol::LeadFilter>& filter, const QString& after, int limit,
                          QJsonArray* page, QString* next, QString* error);
    // The company as companies() lists it, if the organisation has seen it and does not hide it.
    static bool company(QSqlDatabase db, const QString& orgId, const QString& companyId, QJsonObject* out, bool* found,
                        QString* error);

private:
    // companyJson plus "first_seen", "visits" and "last_visit_at" (of `visits`, newest first, not empty).
    static QJsonObject listedJson(const protocol::LeadMatcher::Company& company, qint64 firstSeen,
                                  const QList<Visit>& visits);
    static bool readPages(QSqlDatabase db, Visit* visit, QString* error);
};

} // namespace leadscope::server
