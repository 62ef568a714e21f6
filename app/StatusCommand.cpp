#include "StatusCommand.h"

#include "Terminal.h"
#include "TerminalClient.h"

#include "core/cache/Cache.h"
#include "core/cache/LocalCache.h"
#include "core/query/LocalCopyQuery.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>

namespace leadscope::app {

StatusCommand::StatusCommand()
    : ClientCommand(TerminalClient::tr("Shows the signed-in account, the server, the last sync and the size of "
                                       "the local copy."))
{
}

void StatusCommand::addOptions(QCommandLineParser&)
{
}

int StatusCommand::execute(const QCommandLineParser& parser)
{
    QTextStream& out = Terminal::out();
    const auto profile = chosenProfile(parser);
    if (!profile) {
        out << TerminalClient::tr("No server yet. Run: leadscope login --server URL --email ADDRESS") << "\n"
            << Qt::flush;
        return TerminalClient::NotSignedIn;
    }
    out << TerminalClient::tr("Server:     %1 (%2)").arg(profile->name, profile->url.toString()) << "\n";
    if (profile->lastEmail.isEmpty() || !profile->staySignedIn) {
        out << TerminalClient::tr("Account:    not signed in") << "\n" << Qt::flush;
        return TerminalClient::NotSignedIn;
    }
    out << TerminalClient::tr("Account:    %1").arg(profile->lastEmail) << "\n";
    const QString path = core::LocalCache::pathFor(profile->url, profile->lastEmail);
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QEventLoop loop;
    core::CredentialResult keyResult;
    context().keychain.read(core::LocalCache::keychainKeyFor(profile->url, profile->lastEmail),
                            [&](core::CredentialResult result) {
                                keyResult = std::move(result);
                                loop.quit();
                            });
    loop.exec();
    if (!QFileInfo::exists(path) || !keyResult.ok()) {
        out << TerminalClient::tr("Last sync:  never") << "\n" << Qt::flush;
        return keyResult.ok() || keyResult.error == core::CredentialError::NotFound ? TerminalClient::Ok
                                                                                    : TerminalClient::Keychain;
    }
    core::Cache::OpenResult opened;
    auto cache = core::Cache::open(path, keyResult.secret.bytes(), &opened);
    if (!cache) {
        out << TerminalClient::tr("Local copy: %1").arg(opened.message) << "\n" << Qt::flush;
        return TerminalClient::Failed;
    }
    const core::LocalCopyQuery query(*cache);
    const qint64 last = query.lastSyncMs();
    const QLocale locale;
    if (last > 0) {
        const qint64 minutes = (QDateTime::currentMSecsSinceEpoch() - last) / 60'000;
        out << TerminalClient::tr("Last sync:  %1 (%2 minutes ago)")
                   .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(last), QLocale::ShortFormat))
                   .arg(minutes)
            << "\n";
    } else {
        out << TerminalClient::tr("Last sync:  never") << "\n";
    }
    qint64 companies = 0;
    qint64 visits = 0;
    QString error;
    if (query.counts(&companies, &visits, &error))
        out << TerminalClient::tr("Local copy: %1 companies, %2 visits, %3 (encrypted)")
                   .arg(companies)
                   .arg(visits)
                   .arg(locale.formattedDataSize(bytes))
            << "\n";
    out << Qt::flush;
    return TerminalClient::Ok;
}

} // namespace leadscope::app
