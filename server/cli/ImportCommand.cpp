#include "server/cli/ImportCommand.h"

#include "server/base/Clock.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"

namespace leadscope::server {

ImportCommand::ImportCommand()
    : StoreCommand(QStringLiteral("import"),
                   QStringLiteral("Import the company register and its IP ranges (all or nothing)"))
    , m_companies(QStringLiteral("companies"),
                  QStringLiteral("Company register CSV (header: %1).").arg(RegistryImport::companyColumns().join(u',')),
                  QStringLiteral("file"))
{
}

void ImportCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_companies, m_ranges, m_format});
}

int ImportCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_companies) || !parser.isSet(m_ranges))
        return usageError(QStringLiteral("import needs --companies and --ranges."));
    RegistryImport::RangeFormat rangeFormat;
    if (parser.value(m_format) == QLatin1String("leadscope"))
        rangeFormat = RegistryImport::RangeFormat::Leadscope;
    else if (parser.value(m_format) == QLatin1String("ip-location-db"))
        rangeFormat = RegistryImport::RangeFormat::IpLocationDb;
    else
        return usageError(QStringLiteral("--ranges-format is leadscope or ip-location-db."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    RegistryImport importer(*store, clock);
    RegistryImport::Report report;
    QString error;
    if (!importer.run(parser.value(m_companies), parser.values(m_ranges), rangeFormat, &report, &error)) {
        for (const QString& problem : std::as_const(report.problems))
            err() << "leadscope-server: " << problem << "\n";
        if (!report.problems.isEmpty())
            err() << "leadscope-server: nothing was imported (" << report.problems.size()
                  << (report.problems.size() >= 200 ? "+" : "") << " problems)\n";
        else
            err() << "leadscope-server: " << error << "\n";
        err() << Qt::flush;
        return Failure;
    }
    out() << "leadscope-server: imported " << report.companies << " companies and " << report.ranges << " ranges\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
