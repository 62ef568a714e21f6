#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `user reset`: the operator's last resort when nobody in an organisation can
// help — its only admin lost their phone and their recovery codes. Resets the
// second factor (the next sign-in enrols again) and/or gives a new one-time
// password (printed once; the next sign-in must replace it). Ends the user's
// sessions; audited in the organisation's log as done by the operator.
class UserResetCommand : public StoreCommand
{
public:
    UserResetCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_email{QStringLiteral("email"), QStringLiteral("The user's e-mail address."),
                                     QStringLiteral("email")};
    const QCommandLineOption m_secondFactor{QStringLiteral("second-factor"),
                                            QStringLiteral("Remove the second factor and recovery codes.")};
    const QCommandLineOption m_password{QStringLiteral("password"),
                                        QStringLiteral("Set a new one-time password and print it once.")};
};

} // namespace leadscope::server
