#include "server/cli/UserAddCommand.h"

#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/PasswordHasher.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"
#include "protocol/Role.h"

#include <QFile>

#include <cstdio>

namespace leadscope::server {

UserAddCommand::UserAddCommand()
    : StoreCommand(QStringLiteral("user add"),
                   QStringLiteral("Add a user to an organisation; prints its id (and a one-time password)"))
{
}

void UserAddCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_org, m_email, m_role, m_passwordStdin});
}

QByteArray UserAddCommand::password(const QCommandLineParser& parser, bool* generated, int* exitCode) const
{
    *generated = !parser.isSet(m_passwordStdin);
    if (*generated)
        return PasswordHasher::generatePassword();
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *exitCode = usageError(QStringLiteral("cannot read stdin"));
        return {};
    }
    QByteArray password = input.readLine(4096);
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    if (password.size() < 12) {
        protocol::Crypto::wipe(password);
        *exitCode = usageError(QStringLiteral("the password must have at least 12 characters."));
        return {};
    }
    return password;
}

int UserAddCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_org) || !parser.isSet(m_email) || !parser.isSet(m_role))
        return usageError(QStringLiteral("user add needs --org, --email and --role."));
    const auto userRole = protocol::roleFromName(parser.value(m_role));
    if (!userRole)
        return usageError(QStringLiteral("--role must be admin, manager or sales."));
    int exitCode = Success;
    bool generated = false;
    QByteArray password = this->password(parser, &generated, &exitCode);
    if (password.isEmpty())
        return exitCode;
    const auto store = openStore(parser, false, &exitCode);
    if (!store) {
        protocol::Crypto::wipe(password);
        return exitCode;
    }
    Clock clock;
    Accounts accounts(*store, clock);
    Accounts::User user;
    const Accounts::Result result =
        accounts.addUser(parser.value(m_org), parser.value(m_email), *userRole, PasswordHasher::hash(password), &user);
    if (!result.ok()) {
        protocol::Crypto::wipe(password);
        failure(result.message);
        return result.failure == Accounts::Failure::Invalid ? UsageError : Failure;
    }
    out() << user.id << "\n";
    if (generated)
        out() << QString::fromLatin1(password) << "\n";
    out() << Qt::flush;
    protocol::Crypto::wipe(password);
    return Success;
}

} // namespace leadscope::server
