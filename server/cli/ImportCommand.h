#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `import`: the company register and its IP ranges, all or nothing.
class ImportCommand : public StoreCommand
{
public:
    ImportCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_companies;
    const QCommandLineOption m_ranges{QStringLiteral("ranges"),
                                      QStringLiteral("IP range CSV (repeatable, e.g. IPv4 and IPv6)."),
                                      QStringLiteral("file")};
    const QCommandLineOption m_format{QStringLiteral("ranges-format"),
                                      QStringLiteral("leadscope (start,end,registry_number,kind[,name]; default) or "
                                                     "ip-location-db (start,end,asn,organisation)."),
                                      QStringLiteral("format"), QStringLiteral("leadscope")};
};

} // namespace leadscope::server
