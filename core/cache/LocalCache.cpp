#include "LocalCache.h"

#include "Cache.h"
#include "EncryptedVfs.h"

#include <QCryptographicHash>
#include <QStandardPaths>

namespace leadscope::core {

QString LocalCache::pathFor(const QUrl& server, const QString& email)
{
    // A name that says nothing about whose cache it is.
    const QByteArray id = QCryptographicHash::hash(
                              (server.adjusted(QUrl::StripTrailingSlash).toString() + u'\n' + email.toLower()).toUtf8(),
                              QCryptographicHash::Sha256)
                              .toHex()
                              .left(24);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caches/") +
           QString::fromLatin1(id) + QStringLiteral(".cache");
}

QString LocalCache::keychainKeyFor(const QUrl& server, const QString& email)
{
    return CredentialStore::keyFor(server, email.toLower(), QStringLiteral("cache-key"));
}

void LocalCache::loadOrCreateKey(CredentialStore* keychain, const QUrl& server, const QString& email,
                                 std::function<void(protocol::SecretBytes key, QString error)> done)
{
    const QString name = keychainKeyFor(server, email);
    const QString path = pathFor(server, email);
    keychain->read(name, [keychain, name, path, done](CredentialResult result) {
        if (result.ok() && result.secret.size() == EncryptedVfs::kKeyBytes) {
            done(std::move(result.secret), {});
            return;
        }
        if (result.error != CredentialError::NotFound && !result.ok()) {
            done({}, result.message);
            return;
        }
        // First use (or an unusable entry): a new random key, and a new, empty
        // cache — a file left without its key is noise.
        QString ignored;
        Cache::remove(path, &ignored);
        auto key = std::make_shared<protocol::SecretBytes>(protocol::Crypto::randomBytes(EncryptedVfs::kKeyBytes));
        keychain->write(name, key->bytes(), [key, done](CredentialResult written) {
            if (!written.ok())
                done({}, written.message);
            else
                done(std::move(*key), {});
        });
    });
}

void LocalCache::destroy(CredentialStore* keychain, const QUrl& server, const QString& email,
                         std::function<void(QString error)> done)
{
    const QString path = pathFor(server, email);
    keychain->remove(keychainKeyFor(server, email), [path, done](CredentialResult result) {
        QString error;
        Cache::remove(path, &error);
        Cache::remove(path + QStringLiteral(".resync"), &error);
        if (!result.ok() && result.error != CredentialError::NotFound)
            error = result.message;
        done(error);
    });
}

} // namespace leadscope::core
