#pragma once

#include "CsvWriter.h"
#include "LeadReport.h"

#include "core/cache/Cache.h"
#include "core/query/LeadsQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace leadscope::core {

// A lead list as a file: the companies a filter matches, newest visit first,
// with the chosen columns. Company data and the team's annotation only —
// never a visitor key or anything about a person. All or nothing: the file
// appears complete or not at all (a cancelled or failed export leaves no
// partial file, and an existing file at that path is untouched).
class LeadExport
{
    Q_DECLARE_TR_FUNCTIONS(LeadExport)

public:
    enum class Column
    {
        Name,
        RegistryNumber,
        Industry,
        City,
        SizeBand,
        Website,
        Phone,
        Visits,
        Pageviews,
        LastVisit,
        Score,
        Status,
        Assignee,
        Tags,
    };

    static QList<Column> allColumns();
    static QString key(Column column); // for the command line: name, registry_number, …
    static std::optional<Column> fromKey(const QString& key);
    static QString header(Column column); // translated
    static QVariant value(const LeadsQuery::Row& row, Column column);

    // progress(written, total) after each page; returning false cancels.
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    enum class Format
    {
        Csv,
        Xlsx,
        Pdf,
    };
    static QString formatKey(Format format); // csv, xlsx, pdf: the command line's and the export grant's words
    static std::optional<Format> formatFromKey(const QString& key);
    static QString suffix(Format format) { return formatKey(format); }

    // False + *error (translated); *cancelled when progress said stop.
    // Rows in `order` (the list's on screen; newest visit first by default).
    static bool writeCsv(Cache& cache, const LeadsQuery::Filter& filter, const QList<Column>& columns,
                         const QString& path, CsvWriter::Options options, const Progress& progress, bool* cancelled,
                         QString* error, const LeadsQuery::Order& order = {});
    // Typed cells (numbers as numbers, the last visit as a date, phone and
    // registry numbers as text), a frozen header row with an autofilter,
    // column widths from the data, websites as links. No formula cells.
    static bool writeXlsx(Cache& cache, const LeadsQuery::Filter& filter, const QList<Column>& columns,
                          const QString& path, const Progress& progress, bool* cancelled, QString* error,
                          const LeadsQuery::Order& order = {});

    // What to write: one request for every format (the command line and the dialog alike).
    struct Request
    {
        Format format = Format::Csv;
        LeadsQuery::Filter filter;
        LeadsQuery::Order order;              // the list's, as on screen
        QList<Column> columns = allColumns(); // CSV and XLSX
        CsvWriter::Options csv;
        LeadReport::Options report; // PDF
    };
    // Writes `request` to `path` in its format (all or nothing); false + *error, *cancelled as above.
    static bool write(Cache& cache, const Request& request, const QString& path, const Progress& progress,
                      bool* cancelled, QString* error);
    // Whether `rows` companies fit `format` (a PDF report has a limit); false + *error in words.
    static bool fits(Format format, qint64 rows, QString* error);

private:
    // Every matching row in `order`, a page at a time; progress after each page.
    static bool forEachRow(Cache& cache, const LeadsQuery::Filter& filter, const LeadsQuery::Order& order,
                           const QList<Column>& columns, const Progress& progress, bool* cancelled, QString* error,
                           const std::function<bool(const LeadsQuery::Row&, qint64 index)>& write);
};

} // namespace leadscope::core
