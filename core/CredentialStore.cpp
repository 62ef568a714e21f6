#include "CredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#if defined(LEADSCOPE_KEYCHAIN_OVER_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace leadscope::core {

namespace {

enum class Operation
{
    Read,
    Write,
    Remove
};

QString noKeychainMessage()
{
    return CredentialStore::tr("No keychain is available on this computer. Install and start a Secret Service such as "
                               "GNOME Keyring or KWallet, then try again.");
}

// On Linux and the BSDs QtKeychain talks to the Secret Service (or KWallet)
// over the D-Bus session bus. Elsewhere the OS keychain is always there.
bool keychainServiceReachable()
{
#if defined(LEADSCOPE_KEYCHAIN_OVER_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList providers{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                                QStringLiteral("org.kde.kwalletd6")};
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    for (const QString& name : providers) {
        if (bus.interface()->isServiceRegistered(name).value() || activatable.contains(name))
            return true;
    }
    return false;
#else
    return true;
#endif
}

CredentialResult resultFrom(const QKeychain::Job& job, Operation operation)
{
    CredentialResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = CredentialError::NotFound;
        result.message = CredentialStore::tr("Nothing is stored in the keychain for this account yet.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = CredentialError::Locked;
        result.message = CredentialStore::tr("The keychain is locked or refused access. Unlock it (for example by "
                                             "signing in to your desktop session again) and try once more.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = CredentialError::NoKeychain;
        result.message = noKeychainMessage();
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports "no Secret Service to talk to" (no session bus, or
    // nothing providing the service on it) as OtherError; ask the bus itself.
    if (!keychainServiceReachable()) {
        result.error = CredentialError::NoKeychain;
        result.message = noKeychainMessage();
        return result;
    }
    const QString detail = job.errorString();
    result.error = CredentialError::Failed;
    switch (operation) {
    case Operation::Read:
        result.message = CredentialStore::tr("The keychain could not be read: %1").arg(detail);
        break;
    case Operation::Write:
        result.message = CredentialStore::tr("The keychain could not store the secret: %1").arg(detail);
        break;
    case Operation::Remove:
        result.message = CredentialStore::tr("The keychain could not delete the secret: %1").arg(detail);
        break;
    }
    return result;
}

template <typename JobType>
JobType* makeJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QStringLiteral("Leadscope"), parent)
{
}

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const QUrl& server, const QString& account, const QString& purpose)
{
    const QUrl origin = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                        QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    return origin.toString() + u'|' + account.toLower() + u'|' + purpose;
}

void CredentialStore::write(const QString& key, const QByteArray& secret, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        CredentialResult result = resultFrom(*finished, Operation::Write);
        if (!result.ok())
            qCWarning(lcKeychain) << "keychain write failed:" << finished->error() << finished->errorString();
        done(std::move(result));
    });
    job->start();
}

void CredentialStore::read(const QString& key, Callback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        CredentialResult result = resultFrom(*finished, Operation::Read);
        if (result.ok()) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
            QByteArray data = readJob->binaryData();
            result.secret = protocol::SecretBytes(data);
            protocol::Crypto::wipe(data);
        } else if (result.error != CredentialError::NotFound) {
            qCWarning(lcKeychain) << "keychain read failed:" << finished->error();
        }
        done(std::move(result));
    });
    job->start();
}

void CredentialStore::remove(const QString& key, Callback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        CredentialResult result = resultFrom(*finished, Operation::Remove);
        // Deleting what is not there leaves the keychain as the caller wanted it.
        if (result.error == CredentialError::NotFound)
            result = CredentialResult{};
        done(std::move(result));
    });
    job->start();
}

} // namespace leadscope::core
