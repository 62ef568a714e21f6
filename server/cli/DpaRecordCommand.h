#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `dpa record`: records a Data Processing Agreement the customer signed
// outside the product (on paper, by e-signature), so that their visits are
// recorded from now on. In the product an admin accepts it in Settings.
class DpaRecordCommand : public StoreCommand
{
public:
    DpaRecordCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_org{QStringLiteral("org"), QStringLiteral("The organisation's id."),
                                   QStringLiteral("id")};
    const QCommandLineOption m_signedBy{QStringLiteral("signed-by"),
                                        QStringLiteral("E-mail address of the customer's signatory."),
                                        QStringLiteral("email")};
    const QCommandLineOption m_version{QStringLiteral("version"),
                                       QStringLiteral("The DPA version signed (default: the current one)."),
                                       QStringLiteral("version")};
    const QCommandLineOption m_dpaDir{
        QStringLiteral("dpa-dir"),
        QStringLiteral("Directory of DPA texts (dpa-VERSION.md); default: the built-in ones."), QStringLiteral("dir")};
};

} // namespace leadscope::server
