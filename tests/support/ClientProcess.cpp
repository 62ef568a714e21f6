#include "ClientProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>

namespace leadscope::test {

QString ClientProcess::binary()
{
    return qEnvironmentVariable("LEADSCOPE_CLIENT_BIN");
}

ClientProcess::Result ClientProcess::run(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(binary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

core::CredentialResult ClientProcess::keychainRead(const QString& key)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Leadscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadscope"));
    core::CredentialStore keychain;
    core::CredentialResult out;
    QEventLoop loop;
    keychain.read(key, [&](core::CredentialResult result) {
        out = std::move(result);
        loop.quit();
    });
    loop.exec();
    return out;
}

} // namespace leadscope::test
