#include "server/cli/CorrectionsApplyCommand.h"

#include "server/domain/MatchCorrections.h"
#include "server/store/Store.h"
#include "server/tracking/IpRangeIndex.h"

#include <QDateTime>

namespace leadscope::server {

CorrectionsApplyCommand::CorrectionsApplyCommand()
    : StoreCommand(QStringLiteral("corrections apply"),
                   QStringLiteral("Correct a range of the shared register as reported (kept across imports)"))
{
}

void CorrectionsApplyCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_range, m_kind, m_company, m_note});
}

int CorrectionsApplyCommand::execute(const QCommandLineParser& parser)
{
    const QString range = parser.value(m_range);
    if (!MatchCorrections::isRangeKey(range))
        return usageError(QStringLiteral("--range takes a range as `corrections list` shows it (16 hexadecimal "
                                         "digits)."));
    RangeKind kind = RangeKind::Isp;
    if (!rangeKindFromName(parser.value(m_kind), &kind))
        return usageError(QStringLiteral("--kind takes company, isp, mobile, hosting, education or government."));
    const bool needsCompany = kind == RangeKind::Company;
    if (needsCompany != parser.isSet(m_company))
        return usageError(QStringLiteral("--company (a registry number) goes with --kind company, and only with it."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    QSqlDatabase db = store->connection();
    QString error;
    QString companyId;
    if (needsCompany) {
        companyId = QStringLiteral("kvk-") + parser.value(m_company).trimmed();
        bool exists = false;
        if (!MatchCorrections::companyExists(db, companyId, &exists, &error))
            return failure(error);
        if (!exists)
            return failure(QStringLiteral("%1 is not a registry number of the register.").arg(parser.value(m_company)));
    }
    bool found = false;
    if (!MatchCorrections::apply(db, QDateTime::currentMSecsSinceEpoch(), range, rangeKindName(kind), companyId,
                                 parser.value(m_note), &found, &error))
        return failure(error);
    if (!found)
        return failure(QStringLiteral("No report names range %1 (see `corrections list --all`).").arg(range));
    out() << "leadscope-server: range " << range << " is now " << rangeKindName(kind)
          << (companyId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(companyId))
          << " in the register; running servers match with it within a minute\n"
          << Qt::flush;
    return Success;
}

} // namespace leadscope::server
