#pragma once

#include "LeadScore.h"

#include "core/cache/Cache.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadscope::core {

// One company for its profile: registry data, annotation, visits with their
// page views, activity per day or week, and the journeys of its pseudonymous
// visitors. Reads the cache only.
class CompanyQuery
{
public:
    struct Annotation
    {
        QStringList tags;
        QString note;
        QString status = QStringLiteral("new");
        QString assignee;
        QString assigneeName;       // from the team list; the id when the list does not know it
        QString updatedAt;          // by the server, ISO 8601
        QString updatedByName;      // who changed it last, by name (the id when the team list does not know them)
        bool updatedByRule = false; // a rule did: updatedByName is the rule's name (empty if no longer known)
        bool pending = false;       // edited here, not yet accepted by the server
    };

    struct Company
    {
        QString id;
        QString registryNumber;
        QString name;
        QString tradeName;
        QString legalForm;
        QString sbiCode;
        QString industry;
        QString sizeBand;
        QString street;
        QString postcode;
        QString city;
        QString country;
        QString website;
        QString phone;
        QString linkedin;
        qint64 visits = 0;
        qint64 pageviews = 0;
        qint64 firstVisit = 0;
        qint64 lastVisit = 0;
        Annotation annotation;
        LeadScore::Result score;
        // How it was identified (docs/MATCHING.md): its best match, and how its latest visit was matched.
        int confidence = 0;
        QString latestMatch = QStringLiteral("{}"); // the server's "match" object, JSON
        QString latestVisitId = {};
    };

    struct Pageview
    {
        QString path;
        QString title;
        qint64 viewedAt = 0;
        qint64 seconds = 0;
    };

    struct Visit
    {
        QString id;
        QString visitorKey;
        QString website;
        qint64 startedAt = 0;
        qint64 endedAt = 0;
        qint64 pageviewCount = 0;
        QString referrerClass;
        QString referrerHost;
        QString utmSource;
        QString utmMedium;
        QString utmCampaign;
        QString landingPage;
        QString device;
        QList<Pageview> pageviews;            // in order
        QString match = QStringLiteral("{}"); // how its company was matched (the server's "match" object)
        int confidence = 0;
    };

    // Activity in one bucket (a day, or a week starting on Monday), local time.
    struct Bucket
    {
        QDate start;
        qint64 visits = 0;
        qint64 pageviews = 0;
        QString firstVisitId; // the first visit in the bucket, to jump to
    };

    enum class Granularity
    {
        Day,
        Week,
    };

    // A pseudonymous visitor of the company: "Visitor 1, 2 …" in order of
    // first visit; the key itself is never shown.
    struct Visitor
    {
        int number = 0;
        QList<Visit> visits; // oldest first, with page views
    };

    // One entry of the team's history of a company: who changed its status,
    // assignee, tags or note, and when (a person's edits within minutes are one).
    struct HistoryEntry
    {
        qint64 at = 0;
        QString byName;      // empty when the team list does not know them
        bool byRule = false; // a rule made the edit (docs/RULES.md)
        QString ruleName;    // its name; empty if it is gone and never fired here
        bool statusChanged = false;
        QString statusFrom, statusTo; // keys (LeadStatus)
        bool assigneeChanged = false;
        QString assigneeTo;     // the new assignee's id; empty: nobody
        QString assigneeToName; // empty: nobody, or someone the team list does not know
        QStringList tagsAdded, tagsRemoved;
        bool noteChanged = false;
        QString note; // the note as it was left
    };

    // Just enough to name companies in a notification.
    struct Brief
    {
        QString id;
        QString name;
        bool watched = false; // tagged "watch"
    };

    explicit CompanyQuery(Cache& cache);
    void setNow(qint64 nowMs) { m_now = nowMs; }

    // False + *error on a cache error; *found false when there is no such company.
    bool company(const QString& id, Company* result, bool* found, QString* error);
    // Visits that started in [from, to) (0, 0: all), newest first, with page views.
    bool visits(const QString& id, qint64 from, qint64 to, QList<Visit>* result, QString* error);
    // One bucket per day (or week) from `from` to `to`, inclusive, zeros included.
    bool activity(const QString& id, QDate from, QDate to, Granularity granularity, QList<Bucket>* result,
                  QString* error);
    bool journeys(const QString& id, QList<Visitor>* result, QString* error);
    // The newest `limit` history entries, newest first.
    bool history(const QString& id, int limit, QList<HistoryEntry>* result, QString* error);
    // The companies of `ids` that exist and the team does not hide, in that order.
    bool briefs(const QStringList& ids, QList<Brief>* result, QString* error);

    static QDate bucketStart(QDate day, Granularity granularity);
    static qint64 startOfDayMs(QDate day); // local midnight

private:
    bool loadPageviews(QList<Visit>* visits, QString* error);

    Cache& m_cache;
    qint64 m_now = 0;
};

} // namespace leadscope::core
