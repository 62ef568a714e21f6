#pragma once

#include "core/CredentialStore.h"
#include "protocol/Crypto.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace leadscope::core {

// Where one account's cache lives and the key that opens it: a file per
// server + account under the application data folder, and a random 256-bit
// key in the OS keychain under the same server + account. Deleting the key
// and the file is crypto-shredding: without the key the bytes are noise.
class LocalCache
{
    Q_DECLARE_TR_FUNCTIONS(LocalCache)

public:
    static QString pathFor(const QUrl& server, const QString& email);
    static QString keychainKeyFor(const QUrl& server, const QString& email);

    // The key (made and stored on first use). `done` gets the key, or an
    // empty key and a translated reason (no keychain, locked, …): without a
    // keychain there is no cache — never a key in a file.
    static void loadOrCreateKey(CredentialStore* keychain, const QUrl& server, const QString& email,
                                std::function<void(protocol::SecretBytes key, QString error)> done);
    // Deletes the key and the file. `done` gets an empty string or the reason.
    static void destroy(CredentialStore* keychain, const QUrl& server, const QString& email,
                        std::function<void(QString error)> done);
};

} // namespace leadscope::core
