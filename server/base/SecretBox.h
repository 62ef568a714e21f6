#pragma once

#include "protocol/Crypto.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace leadscope::server {

// Secrets the server must use again later (a HubSpot private-app token),
// sealed at rest with the operator's key (`serve --secrets-key FILE`):
// AES-256-GCM (OpenSSL EVP) with a fresh 96-bit nonce each time and the
// secret's place (organisation and destination) as associated data, so a
// sealed value moved to another row does not open. The key file holds
// base64 of 32 random bytes, is created by `leadscope-server secrets-key`
// and refused when others than its owner may read it. Without the key
// nothing sealed opens: fail closed. docs/OPERATIONS.md.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;

    // Reads the key file; nullptr + *error (in an operator's words) when it
    // is missing, malformed or readable by others.
    static std::unique_ptr<SecretBox> load(const QString& path, QString* error);
    // Writes a new key file (mode 0600); never replaces an existing file.
    static bool create(const QString& path, QString* error);

    explicit SecretBox(protocol::SecretBytes key);

    // "lsk1.<key id>.<base64 of nonce | ciphertext | tag>"
    QString seal(QByteArrayView plaintext, const QString& context) const;
    // False + *why when the value was sealed with another key, for another
    // place, or changed since.
    bool open(const QString& sealed, const QString& context, protocol::SecretBytes* plaintext, QString* why) const;
    // Tells keys apart without saying anything about them (8 hex digits).
    const QString& keyId() const { return m_keyId; }

private:
    protocol::SecretBytes m_key;
    QString m_keyId;
};

} // namespace leadscope::server
