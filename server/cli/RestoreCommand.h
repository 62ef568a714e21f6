#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `restore`: puts a backup back; account deletions made since it was taken are
// applied again, and visits past retention removed.
class RestoreCommand : public StoreCommand
{
public:
    RestoreCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_from{QStringLiteral("from"),
                                    QStringLiteral("The backup file (leadscope-TIME.sqlite or .pgdump)."),
                                    QStringLiteral("file")};
};

} // namespace leadscope::server
