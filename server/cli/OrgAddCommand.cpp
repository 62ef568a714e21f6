#include "server/cli/OrgAddCommand.h"

#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/store/Store.h"

namespace leadscope::server {

OrgAddCommand::OrgAddCommand()
    : StoreCommand(
          QStringLiteral("org add"),
          QStringLiteral("Add an organisation with its websites; prints its id, then \"SITE_ID DOMAIN\" lines"))
{
}

void OrgAddCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_name, m_domain});
}

int OrgAddCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_name) || !parser.isSet(m_domain))
        return usageError(QStringLiteral("org add needs --name and at least one --domain."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    Accounts accounts(*store, clock);
    Accounts::Organisation org;
    const Accounts::Result result = accounts.addOrganisation(parser.value(m_name), parser.values(m_domain), &org);
    if (!result.ok()) {
        failure(result.message);
        return result.failure == Accounts::Failure::Invalid ? UsageError : Failure;
    }
    out() << org.id << "\n";
    for (const Accounts::Site& site : org.sites)
        out() << site.id << ' ' << site.domain << "\n";
    out() << Qt::flush;
    return Success;
}

} // namespace leadscope::server
