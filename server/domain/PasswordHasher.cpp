#include "server/domain/PasswordHasher.h"

#include "protocol/Crypto.h"

#include <argon2.h>

#include <QRegularExpression>

namespace leadscope::server {

using protocol::Crypto;

QString PasswordHasher::hash(const QByteArray& password)
{
    const QByteArray salt = Crypto::randomBytes(16);
    constexpr size_t hashLength = 32;
    const size_t encodedLength = argon2_encodedlen(kIterations, kMemoryKiB, kParallelism,
                                                   static_cast<uint32_t>(salt.size()), hashLength, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(kIterations, kMemoryKiB, kParallelism, password.constData(),
                                         static_cast<size_t>(password.size()), salt.constData(),
                                         static_cast<size_t>(salt.size()), hashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString& encoded, const QByteArray& password)
{
    const QByteArray stored = encoded.toLatin1();
    return argon2id_verify(stored.constData(), password.constData(), static_cast<size_t>(password.size())) == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString& encoded)
{
    static const QRegularExpression parameters(QStringLiteral(R"(\$m=(\d+),t=(\d+),p=(\d+)\$)"));
    const QRegularExpressionMatch match = parameters.match(encoded);
    if (!encoded.startsWith(QLatin1String("$argon2id$")) || !match.hasMatch())
        return true;
    return match.captured(1).toUInt() < kMemoryKiB || match.captured(2).toUInt() < kIterations;
}

const QString& PasswordHasher::decoy()
{
    static const QString value = hash(Crypto::randomBytes(24).toBase64());
    return value;
}

QByteArray PasswordHasher::generatePassword()
{
    // 18 random bytes → 24 URL-safe characters: ~144 bits, easy to copy.
    return Crypto::randomBytes(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace leadscope::server
