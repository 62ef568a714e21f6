#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstdlib>
#include <utility>

namespace leadscope::protocol {

QByteArray Crypto::randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        // Fail closed: a token or key made from a broken RNG must never exist.
        std::abort();
    }
    return out;
}

bool Crypto::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

void Crypto::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared data belongs to another owner too; only drop our reference.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void Crypto::wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

QByteArray Crypto::hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         static_cast<size_t>(message.size()), reinterpret_cast<unsigned char*>(out.data()), &length);
    out.resize(length);
    return out;
}

QByteArray Crypto::sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size()),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void SecretBytes::clear()
{
    Crypto::wipe(m_bytes);
}

} // namespace leadscope::protocol
