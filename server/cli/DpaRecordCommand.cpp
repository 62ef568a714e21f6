#include "server/cli/DpaRecordCommand.h"

#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/DpaAcceptances.h"
#include "server/domain/DpaRegistry.h"
#include "server/store/Store.h"

namespace leadscope::server {

DpaRecordCommand::DpaRecordCommand()
    : StoreCommand(QStringLiteral("dpa record"),
                   QStringLiteral("Record a DPA the customer signed outside the product (audited)"))
{
}

void DpaRecordCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_org, m_signedBy, m_version, m_dpaDir});
}

int DpaRecordCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_org) || !parser.isSet(m_signedBy))
        return usageError(QStringLiteral("dpa record needs --org and --signed-by."));
    const QString signedBy = parser.value(m_signedBy).trimmed().toLower();
    if (!signedBy.contains(u'@') || signedBy.size() > 254)
        return usageError(QStringLiteral("--signed-by takes the signatory's e-mail address."));
    DpaRegistry registry;
    QString error;
    if (!registry.load(parser.value(m_dpaDir), &error))
        return failure(error);
    const QString version = parser.isSet(m_version) ? parser.value(m_version) : registry.current().version;
    bool known = false;
    for (const DpaRegistry::Document& document : registry.documents())
        known = known || document.version == version;
    if (!known)
        return usageError(QStringLiteral("There is no DPA version \"%1\".").arg(version));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    Clock clock;
    Accounts accounts(*store, clock);
    if (!accounts.organisation(parser.value(m_org), &error))
        return error.isEmpty() ? usageError(QStringLiteral("There is no organisation \"%1\".").arg(parser.value(m_org)))
                               : failure(error);
    // No user id: the audit log shows it was recorded by the operator, for this signatory.
    if (!DpaAcceptances::accept(store->connection(), clock.nowMs(), parser.value(m_org), {QString(), signedBy}, version,
                                &error))
        return failure(error);
    out() << "DPA " << version << " recorded for " << parser.value(m_org) << "\n" << Qt::flush;
    return Success;
}

} // namespace leadscope::server
