#include "LeadExport.h"

#include "core/query/LeadStatus.h"

#include "XlsxSheet.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace leadscope::core {

QList<LeadExport::Column> LeadExport::allColumns()
{
    return {Column::Name,    Column::RegistryNumber, Column::Industry, Column::City,      Column::SizeBand,
            Column::Website, Column::Phone,          Column::Visits,   Column::Pageviews, Column::LastVisit,
            Column::Score,   Column::Status,         Column::Assignee, Column::Tags};
}

QString LeadExport::key(Column column)
{
    switch (column) {
    case Column::Name:
        return QStringLiteral("name");
    case Column::RegistryNumber:
        return QStringLiteral("registry_number");
    case Column::Industry:
        return QStringLiteral("industry");
    case Column::City:
        return QStringLiteral("city");
    case Column::SizeBand:
        return QStringLiteral("employees");
    case Column::Website:
        return QStringLiteral("website");
    case Column::Phone:
        return QStringLiteral("phone");
    case Column::Visits:
        return QStringLiteral("visits");
    case Column::Pageviews:
        return QStringLiteral("pageviews");
    case Column::LastVisit:
        return QStringLiteral("last_visit");
    case Column::Score:
        return QStringLiteral("score");
    case Column::Status:
        return QStringLiteral("status");
    case Column::Assignee:
        return QStringLiteral("assignee");
    case Column::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

std::optional<LeadExport::Column> LeadExport::fromKey(const QString& text)
{
    for (const Column column : allColumns()) {
        if (key(column) == text.trimmed())
            return column;
    }
    return std::nullopt;
}

QString LeadExport::header(Column column)
{
    switch (column) {
    case Column::Name:
        return tr("Company");
    case Column::RegistryNumber:
        return tr("Registry number");
    case Column::Industry:
        return tr("Industry");
    case Column::City:
        return tr("City");
    case Column::SizeBand:
        return tr("Employees");
    case Column::Website:
        return tr("Website");
    case Column::Phone:
        return tr("Phone");
    case Column::Visits:
        return tr("Visits");
    case Column::Pageviews:
        return tr("Page views");
    case Column::LastVisit:
        return tr("Last visit");
    case Column::Score:
        return tr("Lead score");
    case Column::Status:
        return tr("Status");
    case Column::Assignee:
        return tr("Assignee");
    case Column::Tags:
        return tr("Tags");
    }
    return {};
}

QVariant LeadExport::value(const LeadsQuery::Row& row, Column column)
{
    switch (column) {
    case Column::Name:
        return row.name;
    case Column::RegistryNumber:
        return row.registryNumber;
    case Column::Industry:
        return row.industry;
    case Column::City:
        return row.city;
    case Column::SizeBand:
        return row.sizeBand;
    case Column::Website:
        return row.website;
    case Column::Phone:
        return row.phone;
    case Column::Visits:
        return row.visits;
    case Column::Pageviews:
        return row.pageviews;
    case Column::LastVisit: // ISO 8601, UTC: unambiguous in every spreadsheet and locale
        return QDateTime::fromMSecsSinceEpoch(row.lastVisit, QTimeZone::utc()).toString(Qt::ISODate);
    case Column::Score:
        return row.score;
    case Column::Status: // as people read it, in the export's language
        return LeadStatus::label(row.status);
    case Column::Assignee: // the colleague's name, not an account id
        return row.assigneeName;
    case Column::Tags:
        return row.tags.join(QStringLiteral(", "));
    }
    return {};
}

QString LeadExport::formatKey(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<LeadExport::Format> LeadExport::formatFromKey(const QString& key)
{
    for (const Format format : {Format::Csv, Format::Xlsx, Format::Pdf}) {
        if (formatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

bool LeadExport::fits(Format format, qint64 rows, QString* error)
{
    return format != Format::Pdf || LeadReport::fits(rows, error);
}

bool LeadExport::write(Cache& cache, const Request& request, const QString& path, const Progress& progress,
                       bool* cancelled, QString* error)
{
    switch (request.format) {
    case Format::Csv:
        return writeCsv(cache, request.filter, request.columns, path, request.csv, progress, cancelled, error,
                        request.order);
    case Format::Xlsx:
        return writeXlsx(cache, request.filter, request.columns, path, progress, cancelled, error, request.order);
    case Format::Pdf: {
        QTextDocument document;
        LeadReport::Options report = request.report;
        report.order = request.order;
        return LeadReport::build(cache, request.filter, report, &document, progress, cancelled, error) &&
               LeadReport::writePdf(
                   &document, request.report.title.isEmpty() ? LeadReport::tr("Lead report") : request.report.title,
                   path, error);
    }
    }
    return false;
}

bool LeadExport::forEachRow(Cache& cache, const LeadsQuery::Filter& filter, const LeadsQuery::Order& order,
                            const QList<Column>& columns, const Progress& progress, bool* cancelled, QString* error,
                            const std::function<bool(const LeadsQuery::Row&, qint64 index)>& write)
{
    *cancelled = false;
    LeadsQuery query(cache);
    query.setScoring(columns.contains(Column::Score));
    query.setNow(QDateTime::currentMSecsSinceEpoch()); // one "now": a score order holds across pages
    qint64 total = 0;
    if (!query.count(filter, &total, error))
        return false;
    constexpr int kPage = 1000;
    std::optional<LeadsQuery::Cursor> after;
    qint64 written = 0;
    for (;;) {
        QList<LeadsQuery::Row> rows;
        if (!query.page(filter, order, after, kPage, &rows, error))
            return false;
        for (const LeadsQuery::Row& row : std::as_const(rows)) {
            if (!write(row, written++))
                return false;
        }
        if (progress && !progress(written, std::max(total, written))) {
            *cancelled = true;
            *error = tr("Export cancelled; no file was written.");
            return false;
        }
        if (rows.size() < kPage)
            return true;
        after = LeadsQuery::cursorAfter(rows.last());
    }
}

bool LeadExport::writeCsv(Cache& cache, const LeadsQuery::Filter& filter, const QList<Column>& columns,
                          const QString& path, CsvWriter::Options options, const Progress& progress, bool* cancelled,
                          QString* error, const LeadsQuery::Order& order)
{
    *cancelled = false;
    QSaveFile file(path); // written beside the target, renamed over it only when complete
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file, options);
    QStringList headers;
    for (const Column column : columns)
        headers << header(column);
    const auto failed = [&] {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    };
    if (!writer.writeHeader(headers))
        return failed();
    QVariantList fields;
    const bool written =
        forEachRow(cache, filter, order, columns, progress, cancelled, error, [&](const LeadsQuery::Row& row, qint64) {
            fields.clear();
            for (const Column column : columns)
                fields << value(row, column);
            return writer.writeRow(fields) || failed();
        });
    if (!written || !file.commit()) {
        if (written)
            failed();
        file.cancelWriting();
        return false;
    }
    return true;
}

namespace {

// A spreadsheet column's width for its typical content, in characters.
int typicalWidth(LeadExport::Column column)
{
    int width = 12;
    switch (column) {
    case LeadExport::Column::Name:
    case LeadExport::Column::Industry:
    case LeadExport::Column::Tags:
        width = 36;
        break;
    case LeadExport::Column::Website:
    case LeadExport::Column::Assignee:
        width = 28;
        break;
    case LeadExport::Column::City:
    case LeadExport::Column::Phone:
    case LeadExport::Column::LastVisit:
    case LeadExport::Column::RegistryNumber:
        width = 18;
        break;
    case LeadExport::Column::SizeBand:
    case LeadExport::Column::Visits:
    case LeadExport::Column::Pageviews:
    case LeadExport::Column::Score:
    case LeadExport::Column::Status:
        break;
    }
    return width;
}

} // namespace

bool LeadExport::writeXlsx(Cache& cache, const LeadsQuery::Filter& filter, const QList<Column>& columns,
                           const QString& path, const Progress& progress, bool* cancelled, QString* error,
                           const LeadsQuery::Order& order)
{
    *cancelled = false;
    XlsxSheet sheet(path, tr("Leads"));
    if (!sheet.open()) {
        *error = sheet.errorString();
        return false;
    }
    QStringList headers;
    for (const Column column : columns)
        headers << header(column);
    // Widths from the header and typical content; set before the first row
    // (constant-memory mode writes rows as they come).
    for (int i = 0; i < columns.size(); ++i) {
        sheet.setColumnWidth(i, std::max<qsizetype>(typicalWidth(columns.at(i)), headers.at(i).size() + 4));
    }
    if (!sheet.writeHeader(headers)) {
        *error = sheet.errorString();
        return false;
    }
    const bool written = forEachRow(
        cache, filter, order, columns, progress, cancelled, error, [&](const LeadsQuery::Row& row, qint64 index) {
            const int line = int(index) + 1;
            for (int i = 0; i < columns.size(); ++i) {
                const Column column = columns.at(i);
                bool ok = true;
                switch (column) {
                case Column::Visits:
                    ok = sheet.writeNumber(line, i, double(row.visits));
                    break;
                case Column::Pageviews:
                    ok = sheet.writeNumber(line, i, double(row.pageviews));
                    break;
                case Column::Score:
                    ok = sheet.writeNumber(line, i, row.score);
                    break;
                case Column::LastVisit:
                    ok = sheet.writeDateTime(line, i, QDateTime::fromMSecsSinceEpoch(row.lastVisit, QTimeZone::utc()));
                    break;
                case Column::Website:
                    ok = sheet.writeLink(line, i, LeadReport::webUrl(row.website), row.website);
                    break;
                default: // text, also where it looks like a number or a formula (+31 …, =…, 0012…)
                    ok = sheet.writeText(line, i, value(row, column).toString());
                    break;
                }
                if (!ok) {
                    *error = sheet.errorString();
                    return false;
                }
            }
            return true;
        });
    if (!written)
        return false;
    if (!sheet.commit()) {
        *error = sheet.errorString();
        return false;
    }
    return true;
}

} // namespace leadscope::core
