#pragma once

#include "core/cache/Cache.h"
#include "core/query/CompanyQuery.h"
#include "core/query/LeadsQuery.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QUrl>

#include <functional>

class QTextDocument;

namespace leadscope::core {

// Lead lists and company profiles as printable documents (QTextDocument →
// QPdfWriter or a printer): a header with the filter and period and a compact
// table of the companies (one line each, about 50 to a page), optionally
// followed by a page per company with its profile, lead score, a 90-day
// activity chart and its latest visits. Company data and the team's
// status, tags and assignee only — no visitor key, no note text, nothing
// about a person. Needs a QGuiApplication (fonts).
class LeadReport
{
    Q_DECLARE_TR_FUNCTIONS(LeadReport)

public:
    // A report of more companies is a spreadsheet's job, not a document's.
    static constexpr int kMaxCompanies = 500;
    // False + *error (in words, with what to do instead) when `companies` is too many for a document.
    static bool fits(qint64 companies, QString* error);
    static constexpr int kVisitsPerCompany = 20;

    struct Options
    {
        QString title;             // default "Lead report"
        QString scope;             // the segment's name or "all leads"
        QString generatedBy;       // organisation or user, shown on the cover
        qint64 nowMs = 0;          // 0: now
        LeadsQuery::Order order;   // of the companies (the list's on screen)
        bool companyPages = false; // after the list, a page per company
    };

    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Builds the document (the caller prints it or writes it as PDF).
    // False + *error (translated) on a cache error, too many companies, or
    // cancel (*cancelled).
    static bool build(Cache& cache, const LeadsQuery::Filter& filter, const Options& options, QTextDocument* document,
                      const Progress& progress, bool* cancelled, QString* error);
    static bool buildCompany(Cache& cache, const QString& companyId, const Options& options, QTextDocument* document,
                             QString* error);

    // Writes the document as an A4 PDF; all or nothing, like every export.
    static bool writePdf(QTextDocument* document, const QString& title, const QString& path, QString* error);

    // Readable words for a filter ("city Utrecht · at least 2 visits"), and its
    // period. assigneeName: how the filter's assignee shows (the id when empty).
    static QString describe(const LeadsQuery::Filter& filter, const QString& assigneeName = {});
    static QString period(const LeadsQuery::Filter& filter);

    // Shared with the screens.
    static QString sourceLabel(const QString& referrerClass);
    static QString webUrl(const QString& site); // "example.nl" → "https://example.nl"
    static QString duration(qint64 seconds);

    // Visits per day (or week) as a bar chart, for documents.
    static QImage activityChart(const QList<CompanyQuery::Bucket>& buckets, QSize size);

private:
    using Images = QList<std::pair<QUrl, QImage>>;
    static void finish(QTextDocument* document, const QString& html, const Images& images);
    static QString companySection(const CompanyQuery::Company& company, const QList<CompanyQuery::Visit>& visits,
                                  const QString& chartUrl, bool pageBreak);
    static bool addCompany(CompanyQuery& query, const QString& id, qint64 now, Images* images, QString* html,
                           bool pageBreak, QString* error);
    static QString listTable(const QList<LeadsQuery::Row>& rows);
    static QString header(const Options& options, const QString& scope, const QString& period, qint64 companies,
                          qint64 now);
    static QString css();
};

} // namespace leadscope::core
