#pragma once

#include "ChangeLog.h"
#include "Hit.h"
#include "IpRangeIndex.h"

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
    };

    explicit VisitRecorder(const Store& store);

    bool findSite(const QString& siteId, Site* site, bool* found, QString* error) const;
    // Records a hit inside the caller's transaction (IngestQueue batches hits):
    // a visit and page view for an identifiable company (range may be null),
    // otherwise only an aggregate count. companyKnown: the organisation has
    // seen the company before. With `pending`, change-log entries are handed
    // back for the caller to append, instead of appended here.
    bool recordInTransaction(QSqlDatabase db, const Site& site, const Hit& hit, const IpRangeIndex::Range* range,
                             qint64 nowMs, bool companyKnown, bool* identified, QList<ChangeLog::Change>* pending,
                             QString* error) const;

    static QByteArray keyedId(const QByteArray& orgSecret, const QByteArray& label, const QByteArray& cookieId);

private:
    bool countUnidentified(QSqlDatabase db, const Site& site, const QString& kind, qint64 nowMs, QString* error) const;

    const Store& m_store;
};

} // namespace leadscope::server
