#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `corrections apply`: the operator corrects a range of the shared register as
// the reports say (its kind, and the company for a company range); every
// organisation's next hit from it is matched anew, and re-imports keep it.
class CorrectionsApplyCommand : public StoreCommand
{
public:
    CorrectionsApplyCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_range{
        QStringLiteral("range"), QStringLiteral("The range as `corrections list` shows it (16 hexadecimal digits)."),
        QStringLiteral("key")};
    const QCommandLineOption m_kind{
        QStringLiteral("kind"),
        QStringLiteral("What the range is: company, isp, mobile, hosting, education or government."),
        QStringLiteral("kind")};
    const QCommandLineOption m_company{
        QStringLiteral("company"),
        QStringLiteral("The registry number of the company the range belongs to (kind company)."),
        QStringLiteral("number")};
    const QCommandLineOption m_note{QStringLiteral("note"), QStringLiteral("Why (kept with the correction)."),
                                    QStringLiteral("text")};
};

} // namespace leadscope::server
