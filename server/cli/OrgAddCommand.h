#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `org add`: an organisation with its websites; prints its id, then "SITE_ID DOMAIN" lines.
class OrgAddCommand : public StoreCommand
{
public:
    OrgAddCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_name{QStringLiteral("name"), QStringLiteral("The organisation's name."),
                                    QStringLiteral("name")};
    const QCommandLineOption m_domain{QStringLiteral("domain"), QStringLiteral("A website domain (repeatable)."),
                                      QStringLiteral("domain")};
};

} // namespace leadscope::server
