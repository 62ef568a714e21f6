#include "Totp.h"

#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace leadscope::protocol {

namespace {
const EVP_MD* digestFor(Totp::Algorithm algorithm)
{
    switch (algorithm) {
    case Totp::Algorithm::Sha1:
        return EVP_sha1();
    case Totp::Algorithm::Sha256:
        return EVP_sha256();
    case Totp::Algorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

bool validParameters(const Totp::Parameters& p)
{
    return p.digits >= 6 && p.digits <= 8 && p.stepSeconds > 0;
}
} // namespace

QString Totp::hotp(const QByteArray& secret, quint64 counter, const Parameters& parameters)
{
    if (!validParameters(parameters))
        return {};
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<size_t>(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (!HMAC(digestFor(parameters.algorithm), secret.constData(), static_cast<int>(secret.size()), message.data(),
              message.size(), mac.data(), &macLength))
        return {};
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(mac[offset + 1]) << 16) |
                           (static_cast<quint32>(mac[offset + 2]) << 8) | static_cast<quint32>(mac[offset + 3]);
    quint32 modulus = 1;
    for (int i = 0; i < parameters.digits; ++i)
        modulus *= 10;
    OPENSSL_cleanse(mac.data(), mac.size());
    return QStringLiteral("%1").arg(binary % modulus, parameters.digits, 10, QLatin1Char('0'));
}

QString Totp::code(const QByteArray& secret, qint64 unixSeconds, const Parameters& parameters)
{
    if (!validParameters(parameters) || unixSeconds < 0)
        return {};
    return hotp(secret, static_cast<quint64>(unixSeconds / parameters.stepSeconds), parameters);
}

std::optional<qint64> Totp::verify(const QByteArray& secret, QStringView code, qint64 unixSeconds, int window,
                                   const Parameters& parameters)
{
    if (!validParameters(parameters) || !isWellFormed(code, parameters.digits) || unixSeconds < 0)
        return std::nullopt;
    const QByteArray given = code.toLatin1();
    const qint64 now = unixSeconds / parameters.stepSeconds;
    std::optional<qint64> match;
    // Evaluate every candidate step, so the time taken does not reveal which matched.
    for (qint64 counter = now - window; counter <= now + window; ++counter) {
        if (counter < 0)
            continue;
        const QByteArray expected = hotp(secret, static_cast<quint64>(counter), parameters).toLatin1();
        if (Crypto::constantTimeEquals(expected, given) && !match)
            match = counter;
    }
    return match;
}

bool Totp::isWellFormed(QStringView code, int digits)
{
    if (code.size() != digits)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace leadscope::protocol
