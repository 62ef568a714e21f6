#pragma once

#include "server/domain/ChangeLog.h"
#include "server/tracking/Hit.h"
#include "server/tracking/IpRangeIndex.h"
#include "server/tracking/MatchProvenance.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace leadscope::server {

class Store;

// Turns an identified hit into stored visits and page views (a visit is one
// session: a gap of 30 minutes starts a new one) and puts the changes in the
// organisation's change log. Unidentified hits only increment a counter.
class VisitRecorder
{
public:
    static constexpr qint64 kSessionGapMs = 30 * 60 * 1000;

    struct Site
    {
        QString id;
        QString orgId;
        QString domain;
        QByteArray orgSecret;
        bool identifyEducation = false;
        bool identifyGovernment = false;
        bool consentMode = false;     // hits count only with the visitor's consent
        bool dpaAccepted = false;     // the organisation accepted a DPA (any version): visits may be recorded
        bool recordAutomated = false; // hits of automated browsers are recorded (a website's setting, for tests)
    };

    explicit VisitRecorder(const Store& store);

    bool findSite(const QString& siteId, Site* site, bool* found, QString* error) const;

    // The collector accepted a hit from the site at `nowMs` (the first-run check reads it).

    bool noteHit(const QString& siteId, qint64 nowMs, QString* error) const;
    // One hit to record; `identified` is the result.
    struct Input
    {
        Site site;
        const Hit* hit = nullptr;
        const IpRangeIndex::Range* range = nullptr; // null: no range matched
        qint64 nowMs = 0;
        bool companyKnown = false; // the organisation has seen the company before
        // results
        bool identified = false;
        QString companyId = {}; // the company the hit was recorded for (the range's, or the organisation's correction)
        MatchProvenance match = {};
        // more input
        const IpRangeIndex* index = nullptr; // the range's (for its source)
        QString botReason = {};              // not empty: a bot's hit (BotFilter), only counted
        // The hit's keyed session and visitor ids (keyedId, "s:" and "v:"), when the caller
        // worked them out already: /collect does on its request threads, so that the one
        // writer does not. Empty: recordBatch works them out.
        QByteArray sessionKey = {};
        QByteArray visitorKey = {};
    };

    // Records a batch of hits inside the caller's transaction, set-based: the
    // open visits of all the batch's sessions are read in one query, the
    // visits and page views are worked out in memory (a visit is one
    // session; a 30-minute gap starts a new one; a page view gets its time on
    // page when the next one arrives), then written with a few multi-row
    // upserts, and each visit's and page view's final state goes into the
    // organisation's change log once. Unidentified hits only add to a count.
    bool recordBatch(QSqlDatabase db, const QList<Input*>& inputs, QString* error) const;

    // A "wrong company" report on past visits (MatchCorrections): the
    // organisation's visits matched through `rangeKey` to `fromCompany` go to
    // `toCompany` (synced as ordinary changes) or, when it is empty, are erased
    // with tombstones and counted as traffic of no company. *count: how many.
    static bool relabel(QSqlDatabase db, const QString& orgId, const QString& rangeKey, const QString& fromCompany,
                        const QString& toCompany, qint64 nowMs, qint64* count, QString* error);

    // One company's visits that started before (beforeMs, beforeId) — an
    // empty beforeId: before beforeMs — newest first, at most `limit`, each as
    // the sync sends it (docs/PROTOCOL.md) with "pages": its page views as the
    // sync sends them, oldest first. For a desktop that keeps a window of
    // months and is asked for what lies before it. *more: older ones follow.
    static bool visitsBefore(QSqlDatabase db, const QString& orgId, const QString& companyId, qint64 beforeMs,
                             const QString& beforeId, int limit, QJsonArray* visits, bool* more, QString* error);

    static QByteArray keyedId(const QByteArray& orgSecret, const QByteArray& label, const QByteArray& cookieId);

private:
    const Store& m_store;
};

} // namespace leadscope::server
