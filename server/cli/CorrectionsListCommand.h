#pragma once

#include "server/cli/StoreCommand.h"

namespace leadscope::server {

// `corrections list`: the organisations' "wrong company" reports, by range of
// the shared register, most reported first (docs/MATCHING.md).
class CorrectionsListCommand : public StoreCommand
{
public:
    CorrectionsListCommand();
    // A register range for people: "203.0.113.0/24", or "START – END" when it is not one block.
    static QString rangeText(const QByteArray& start, const QByteArray& end);

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_all{QStringLiteral("all"),
                                   QStringLiteral("Also the ranges whose reports were applied or rejected.")};
    const QCommandLineOption m_json{QStringLiteral("json"), QStringLiteral("One JSON object per range, per line.")};
};

} // namespace leadscope::server
