#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace leadscope::protocol {

// Thin, audited entry points to OpenSSL's primitives that both client and
// server use. Nothing here is hand-rolled cryptography.
class Crypto
{
public:
    // Cryptographically secure random bytes (OpenSSL RAND_bytes). Aborts
    // rather than return predictable bytes if the RNG fails.
    static QByteArray randomBytes(qsizetype count);
    // Compare two secrets without leaking where they differ through timing.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    // Overwrite the buffer's bytes in a way the optimiser cannot remove.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
    static QByteArray sha256(QByteArrayView data);
};

// Owns one secret (password, token, key) and wipes it when it goes away.
// Move-only, so no unwiped copy is left behind by accident.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    void clear();

private:
    QByteArray m_bytes;
};

} // namespace leadscope::protocol
