#pragma once

#include "protocol/Crypto.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace leadscope::core {

enum class CredentialError
{
    None,
    NotFound,   // nothing stored under that key
    NoKeychain, // no Secret Service / Keychain / Credential Manager to talk to
    Locked,     // the keychain exists but is locked or refused access
    Failed,     // anything else the keychain reported
};

struct CredentialResult
{
    CredentialError error = CredentialError::None;
    QString message; // translated, for the user; never contains the secret
    protocol::SecretBytes secret;

    bool ok() const { return error == CredentialError::None; }
};

// Secrets (refresh tokens, cache keys) in the operating system's keychain,
// through QtKeychain. There is deliberately no plaintext fallback: when the
// keychain cannot be used, the caller gets a typed error and nothing is kept.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(CredentialResult)>;

    explicit CredentialStore(QObject* parent = nullptr);
    explicit CredentialStore(QString service, QObject* parent = nullptr);

    // The key of one secret: per server (scheme, host, port) and account.
    static QString keyFor(const QUrl& server, const QString& account, const QString& purpose);

    void write(const QString& key, const QByteArray& secret, Callback done);
    void read(const QString& key, Callback done);
    void remove(const QString& key, Callback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace leadscope::core
