#include "ExportCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/ApiFailure.h"
#include "core/admin/AdminClient.h"
#include "core/cache/Cache.h"
#include "core/cache/LocalCache.h"
#include "core/export/CsvWriter.h"
#include "core/export/LeadExport.h"
#include "core/export/LeadReport.h"
#include "core/query/LeadsQuery.h"
#include "core/query/SavedSegments.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadscope::app {

struct ExportCommand::Plan
{
    QString format; // the key, as given
    core::LeadExport::Format kind{};
    QString output;
    QList<core::LeadExport::Column> columns;
    core::CsvWriter::Options csv;
    core::LeadsQuery::Filter filter;
    QString segmentName; // of --segment, or what the report calls a --filter
    bool companyPages = false;
};

ExportCommand::ExportCommand()
    : SignedInCommand(TerminalClient::tr(
          "Writes a lead list from the local copy (run `leadscope sync` first for the newest data): the companies "
          "of a saved segment or a filter, newest visit first. Needs the manager or admin role; the server records "
          "every export. Only company data and your team's notes go into the file."))
{
}

void ExportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"),
                      TerminalClient::tr("csv, xlsx (Excel) or pdf (a report: at most %1 companies).")
                          .arg(core::LeadReport::kMaxCompanies),
                      TerminalClient::tr("format")});
    parser.addOption(
        {QStringLiteral("segment"), TerminalClient::tr("A saved segment, by name."), TerminalClient::tr("name")});
    parser.addOption({QStringLiteral("filter"),
                      TerminalClient::tr("A filter as JSON, e.g. {\"city\":\"Utrecht\",\"min_visits\":2}."),
                      TerminalClient::tr("json")});
    QStringList keys;
    for (const core::LeadExport::Column column : core::LeadExport::allColumns())
        keys << core::LeadExport::key(column);
    parser.addOption({QStringLiteral("columns"),
                      TerminalClient::tr("Comma-separated: %1 (default: all).").arg(keys.join(QStringLiteral(", "))),
                      TerminalClient::tr("list")});
    parser.addOption({QStringLiteral("delimiter"),
                      TerminalClient::tr("The field separator (default: the locale's, , or ;)."),
                      TerminalClient::tr("character")});
    parser.addOption(
        {QStringLiteral("bom"), TerminalClient::tr("Start the file with a UTF-8 byte-order mark (for Excel).")});
    parser.addOption({QStringLiteral("company-pages"),
                      TerminalClient::tr("PDF: after the list, a page per company (profile, 90-day activity, latest "
                                         "visits).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      TerminalClient::tr("The file to write."),
                      TerminalClient::tr("file")});
}

int ExportCommand::readPlan(const QCommandLineParser& parser, Plan* plan) const
{
    const auto usage = [](const QString& message) {
        return fail(message, TerminalClient::Usage);
    };
    plan->format = parser.value(QStringLiteral("format"));
    const auto kind = core::LeadExport::formatFromKey(plan->format);
    if (!kind)
        return usage(TerminalClient::tr("--format is csv, xlsx or pdf."));
    plan->kind = *kind;
    plan->output = parser.value(QStringLiteral("output"));
    if (plan->output.isEmpty())
        return usage(TerminalClient::tr("Say where to write the list: -o FILE."));
    if (parser.isSet(QStringLiteral("segment")) && parser.isSet(QStringLiteral("filter")))
        return usage(TerminalClient::tr("Use --segment or --filter, not both."));
    plan->columns = core::LeadExport::allColumns();
    if (parser.isSet(QStringLiteral("columns"))) {
        plan->columns.clear();
        for (const QString& key : parser.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts)) {
            const auto column = core::LeadExport::fromKey(key);
            if (!column)
                return usage(TerminalClient::tr("There is no column “%1”.").arg(key.trimmed()));
            plan->columns << *column;
        }
        if (plan->columns.isEmpty())
            return usage(TerminalClient::tr("--columns needs at least one column."));
    }
    plan->csv = {core::CsvWriter::localeDelimiter(), parser.isSet(QStringLiteral("bom"))};
    plan->companyPages = parser.isSet(QStringLiteral("company-pages"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter.size() != 1 || delimiter == QLatin1String("\"") || delimiter == QLatin1String("\n"))
            return usage(TerminalClient::tr("--delimiter is one character, not a quote or a line break."));
        plan->csv.delimiter = delimiter.front();
    }
    if (parser.isSet(QStringLiteral("filter"))) {
        const QByteArray json = parser.value(QStringLiteral("filter")).toUtf8();
        QJsonParseError parsed;
        if (!QJsonDocument::fromJson(json, &parsed).isObject())
            return usage(TerminalClient::tr("--filter is not a JSON object: %1").arg(parsed.errorString()));
        // Strict: a misspelt condition must not quietly export every company.
        QString wrong;
        const std::optional<core::LeadsQuery::Filter> filter =
            core::LeadsQuery::Filter::parse(QJsonDocument::fromJson(json).object(), &wrong);
        if (!filter)
            return usage(TerminalClient::tr("--filter: %1").arg(wrong));
        plan->filter = *filter;
        plan->segmentName = TerminalClient::tr("filter %1").arg(QString::fromUtf8(plan->filter.toJson()));
    }
    return TerminalClient::Ok;
}

int ExportCommand::execute(const QCommandLineParser& parser)
{
    Plan plan;
    if (const int read = readPlan(parser, &plan); read != TerminalClient::Ok)
        return read;
    SignedIn signedIn;
    if (const int opened = openSignedIn(parser, &signedIn); opened != TerminalClient::Ok)
        return opened;
    if (parser.isSet(QStringLiteral("segment"))) {
        plan.segmentName = parser.value(QStringLiteral("segment"));
        bool found = false;
        for (const core::SavedSegments::Segment& segment : core::SavedSegments(signedIn.profile.name).all()) {
            if (segment.name.compare(plan.segmentName, Qt::CaseInsensitive) == 0) {
                plan.filter = segment.filter;
                found = true;
            }
        }
        if (!found)
            return fail(TerminalClient::tr("There is no saved segment called “%1”.").arg(plan.segmentName),
                        TerminalClient::Usage);
    }
    if (plan.segmentName.isEmpty())
        plan.segmentName = TerminalClient::tr("all leads");
    return write(plan, signedIn);
}

int ExportCommand::write(const Plan& plan, SignedIn& signedIn)
{
    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(core::LocalCache::pathFor(signedIn.profile.url, signedIn.profile.lastEmail),
                                   signedIn.key.bytes(), &opened);
    signedIn.key.clear();
    if (!cache)
        return fail(opened.message, TerminalClient::Failed);
    qint64 rows = 0;
    QString error;
    if (!core::LeadsQuery(*cache).count(plan.filter, &rows, &error))
        return fail(error, TerminalClient::Failed);
    if (!core::LeadExport::fits(plan.kind, rows, &error))
        return fail(error, TerminalClient::Usage);

    // The server decides who may export, and records it, before anything is written.
    QEventLoop loop;
    core::ApiFailure refused;
    core::AdminClient(signedIn.connection.session.get())
        .requestExportGrant(&loop, plan.format, plan.segmentName, rows, [&](const core::ApiFailure& failure) {
            refused = failure;
            loop.quit();
        });
    loop.exec();
    if (refused.isError())
        return fail(refused.message, refused.httpStatus == 403   ? TerminalClient::NotAllowed
                                     : refused.httpStatus == 451 ? TerminalClient::DpaRequired
                                                                 : TerminalClient::Failed);

    bool cancelled = false;
    const auto progress = [](qint64 written, qint64 total) {
        Terminal::err() << "\r" << TerminalClient::tr("Writing… %1 of %2 companies").arg(written).arg(total)
                        << Terminal::clearLineEnd() << Qt::flush;
        return true;
    };
    core::LeadExport::Request request;
    request.format = plan.kind;
    request.filter = plan.filter;
    request.columns = plan.columns;
    request.csv = plan.csv;
    request.report.scope = plan.segmentName;
    request.report.generatedBy = signedIn.profile.lastEmail;
    request.report.companyPages = plan.companyPages;
    if (!core::LeadExport::write(*cache, request, plan.output, progress, &cancelled, &error)) {
        Terminal::err() << "\n";
        return fail(error, TerminalClient::Failed);
    }
    Terminal::err() << "\n" << Qt::flush;
    Terminal::out() << TerminalClient::tr("Wrote %1 companies to %2.").arg(rows).arg(plan.output) << "\n" << Qt::flush;
    return TerminalClient::Ok;
}

} // namespace leadscope::app
