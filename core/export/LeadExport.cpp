#include "LeadExport.h"

#include <QDateTime>
#include <QSaveFile>
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
    case Column::Status:
        return row.status;
    case Column::Assignee:
        return row.assignee;
    case Column::Tags:
        return row.tags.join(QStringLiteral(", "));
    }
    return {};
}

bool LeadExport::writeCsv(Cache& cache, const LeadsQuery::Filter& filter, const QList<Column>& columns,
                          const QString& path, CsvWriter::Options options, const Progress& progress, bool* cancelled,
                          QString* error)
{
    *cancelled = false;
    LeadsQuery query(cache);
    qint64 total = 0;
    if (!query.count(filter, &total, error))
        return false;
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
        file.cancelWriting();
        return false;
    };
    if (!writer.writeHeader(headers))
        return failed();
    std::optional<LeadsQuery::Cursor> after;
    qint64 written = 0;
    for (;;) {
        QList<LeadsQuery::Row> rows;
        if (!query.page(filter, LeadsQuery::Sort::LastVisit, after, 1000, &rows, error)) {
            file.cancelWriting();
            return false;
        }
        for (const LeadsQuery::Row& row : std::as_const(rows)) {
            QVariantList fields;
            for (const Column column : columns)
                fields << value(row, column);
            if (!writer.writeRow(fields))
                return failed();
        }
        written += rows.size();
        if (progress && !progress(written, total)) {
            file.cancelWriting();
            *cancelled = true;
            *error = tr("Export cancelled; no file was written.");
            return false;
        }
        if (rows.size() < 1000)
            break;
        after = LeadsQuery::cursorAfter(rows.last(), LeadsQuery::Sort::LastVisit);
    }
    if (!file.commit())
        return failed();
    return true;
}

} // namespace leadscope::core
