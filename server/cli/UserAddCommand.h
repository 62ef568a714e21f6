#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `user add`: a user of an organisation; prints its id and, unless the password came
// from stdin, a one-time password (shown once, wiped from memory after use).
class UserAddCommand : public StoreCommand
{
public:
    UserAddCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    // The password from stdin, or a generated one (*generated); empty with the exit code in *exitCode.
    QByteArray password(const QCommandLineParser& parser, bool* generated, int* exitCode) const;

    const QCommandLineOption m_org{QStringLiteral("org"), QStringLiteral("The organisation's id."),
                                   QStringLiteral("id")};
    const QCommandLineOption m_email{QStringLiteral("email"), QStringLiteral("The user's e-mail address."),
                                     QStringLiteral("email")};
    const QCommandLineOption m_role{QStringLiteral("role"), QStringLiteral("admin, manager or sales."),
                                    QStringLiteral("role")};
    const QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin"),
                                             QStringLiteral("Read the password from the first line of stdin; without "
                                                            "it a one-time password is generated and printed once.")};
};

} // namespace leadscope::server
