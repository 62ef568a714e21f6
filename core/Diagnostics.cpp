#include "Diagnostics.h"

#include "LogFile.h"
#include "Session.h"
#include "cache/LocalCache.h"
#include "sync/SyncScheduler.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QSslSocket>
#include <QStringList>
#include <QSysInfo>

namespace leadscope::core {

QString Diagnostics::text(const Inputs& inputs)
{
    QStringList lines;
    lines << QStringLiteral("Leadscope %1 (Qt %2 at run time, built with %3)")
                 .arg(QStringLiteral(LEADSCOPE_VERSION), QString::fromLatin1(qVersion()),
                      QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("System: %1, %2, %3")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                      QGuiApplication::platformName());
    lines << QStringLiteral("Locale: %1, UI language %2").arg(QLocale().name(), QLocale().uiLanguages().value(0));
    lines << QStringLiteral("TLS: %1, %2").arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString());
#if defined(Q_OS_WIN)
    lines << QStringLiteral("Keychain: Windows Credential Manager (QtKeychain)");
#elif defined(Q_OS_MACOS)
    lines << QStringLiteral("Keychain: macOS Keychain (QtKeychain)");
#else
    lines << QStringLiteral("Keychain: Secret Service over D-Bus (QtKeychain, libsecret)");
#endif
    if (inputs.profile) {
        lines << QStringLiteral("Server: %1 (%2)").arg(inputs.profile->url.host(), inputs.tlsProtocol);
        const QFileInfo cache(LocalCache::pathFor(inputs.profile->url, inputs.profile->lastEmail));
        lines << QStringLiteral("Local copy: %1 (encrypted)")
                     .arg(cache.exists() ? QLocale::c().formattedDataSize(cache.size()) : QStringLiteral("none"));
    }
    lines << QStringLiteral("Log: %1").arg(LogFile::path().isEmpty() ? QStringLiteral("none") : LogFile::path());
    lines << QStringLiteral("Session: %1, sync: %2")
                 .arg(inputs.session ? QString::fromLatin1(QMetaEnum::fromType<Session::State>().valueToKey(
                                           int(inputs.session->state())))
                                     : QStringLiteral("none"),
                      inputs.sync ? QString::fromLatin1(QMetaEnum::fromType<SyncScheduler::State>().valueToKey(
                                        int(inputs.sync->state())))
                                  : QStringLiteral("none"));
    return lines.join(u'\n') + u'\n';
}

} // namespace leadscope::core
