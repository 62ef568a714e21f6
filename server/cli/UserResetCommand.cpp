#include "server/cli/UserResetCommand.h"

#include "server/base/Clock.h"
#include "server/domain/CredentialResets.h"
#include "server/domain/Sessions.h"
#include "server/domain/SignIns.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

namespace leadscope::server {

UserResetCommand::UserResetCommand()
    : StoreCommand(QStringLiteral("user reset"),
                   QStringLiteral("Reset a user's second factor and/or password (the operator's last resort)"))
{
}

void UserResetCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_email, m_secondFactor, m_password});
}

int UserResetCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_email) || (!parser.isSet(m_secondFactor) && !parser.isSet(m_password)))
        return usageError(QStringLiteral("user reset needs --email and --second-factor, --password or both."));
    int exitCode = Success;
    const auto store = openStore(parser, false, &exitCode);
    if (!store)
        return exitCode;
    QSqlDatabase db = store->connection();
    SignIns::Account account;
    bool found = false;
    QString error;
    if (!SignIns::loadByEmail(db, parser.value(m_email).trimmed().toLower(), &account, &found, &error))
        return failure(error);
    if (!found)
        return usageError(QStringLiteral("There is no user %1.").arg(parser.value(m_email)));
    Clock clock;
    Sessions sessions(*store, clock);
    const Audit::Actor operatorActor{QString(), QStringLiteral("operator")};
    const CredentialResets::Target target{account.id, account.orgId, account.email};
    if (parser.isSet(m_secondFactor) &&
        !CredentialResets::resetSecondFactor(db, sessions, clock.nowMs(), operatorActor, target, &error))
        return failure(error);
    if (parser.isSet(m_password)) {
        QByteArray password;
        if (!CredentialResets::resetPassword(db, sessions, clock.nowMs(), operatorActor, target, &password, &error))
            return failure(error);
        out() << QString::fromLatin1(password) << "\n" << Qt::flush;
        protocol::Crypto::wipe(password);
    }
    return Success;
}

} // namespace leadscope::server
