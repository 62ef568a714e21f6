#pragma once

#include "SyncPage.h"

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace leadscope::core {

// Applies one page of /sync changes to the cache: the whole page and the
// new cursor in one transaction, or nothing. The page is read and checked
// completely before the first row is written (SyncPage), so a malformed page
// writes no row.
// Upserts are idempotent (applying a page twice changes nothing); tombstones
// delete (a visit takes its page views along).
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)

public:
    struct Outcome
    {
        QString cursor;
        bool hasMore = false;
        qint64 remaining = 0; // the server's estimate of the changes still to come
        int applied = 0;
        QSet<QString> newCompanies;        // not in the cache before
        QSet<QString> companiesWithVisits; // a visit arrived or changed
        // Rules that fired, for the colleagues they notify.
        struct RuleAlert
        {
            QString companyId;
            QString ruleName;
            QStringList notify; // user ids
            bool operator==(const RuleAlert&) const = default;
        };
        QList<RuleAlert> ruleAlerts;
    };

    explicit ChangeApplier(Cache& cache);

    // A page read and checked (SyncPage::read). False + a translated *error.
    bool apply(const SyncPage& page, Outcome* outcome, QString* error);
    // pageJson: the body of GET /api/v1/sync, read here and then applied.
    bool apply(const QByteArray& pageJson, Outcome* outcome, QString* error);

    static constexpr const char* kCursorKey = "sync.cursor";
    // Set from a cache's first page to the end of its first sync: the lead
    // score's page-view signals are computed once at that end, for every
    // company in one pass, instead of again with every page.
    static constexpr const char* kSignalsDeferredKey = "sync.signals_deferred";

    // The window of months a cache keeps (docs/SCALING.md): visits that
    // started before `sinceMs` leave the cache with their page views and
    // matches, and their companies' lead score is worked out again; the
    // window's start is kept under kWindowKey. *removed: how many visits went.
    bool trimToWindow(qint64 sinceMs, qint64* removed, QString* error);
    // The start (ms) of the window the cache holds; absent: the whole history.
    static constexpr const char* kWindowKey = "sync.window_start";

private:
    struct Touched; // the companies and visits whose lead-score signals a page changed

    bool prepare(QString* error);
    bool prepareBookkeeping(QString* error); // what a page's end needs: its companies' signals, cursor, meta
    bool remove(const SyncPage::Change& change, Touched* touched);
    bool upsert(const SyncPage::Change& change, Outcome* outcome, Touched* touched); // (and who a firing alerts)
    bool upsertCompany(const QString& id, const SyncPage::Company& row, Outcome* outcome);
    bool upsertVisit(const QString& id, const SyncPage::Visit& row, Outcome* outcome, Touched* touched);

    Cache& m_cache;
    bool m_prepared = false;
    SqliteStatement m_company, m_companyExists, m_visit, m_visitMatch, m_pageview, m_annotation;
    SqliteStatement m_deleteCompany, m_deleteVisit, m_deleteVisitPageviews, m_deletePageview, m_deleteAnnotation;
    SqliteStatement m_deleteVisitMatch;
    SqliteStatement m_activity, m_deleteActivity;
    SqliteStatement m_firing, m_deleteFiring;
    SqliteStatement m_setMeta, m_clearMeta;
    SqliteStatement m_setSeenBaseline;
    SqliteStatement m_visitCompany;      // a visit's company, before it is deleted
    SqliteStatement m_pageviewCompany;   // a page view's company, before it is deleted
    SqliteStatement m_refreshSignals;    // the lead score's page-view signals of the companies a page touched
    SqliteStatement m_refreshAllSignals; // … of every company (the end of a first sync)
};

} // namespace leadscope::core
