#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace leadscope::protocol {

// RFC 6238 time-based one-time passwords (HMAC through OpenSSL).
class Totp
{
public:
    enum class Algorithm
    {
        Sha1,
        Sha256,
        Sha512
    };

    struct Parameters
    {
        Algorithm algorithm = Algorithm::Sha1;
        int digits = 6; // 6 to 8
        int stepSeconds = 30;
    };

    // The code for the time step that contains unixSeconds. Empty when the
    // parameters are out of range.
    static QString code(const QByteArray& secret, qint64 unixSeconds, const Parameters& parameters);
    static QString code(const QByteArray& secret, qint64 unixSeconds) { return code(secret, unixSeconds, {}); }

    // The RFC 4226 HOTP value for one counter.
    static QString hotp(const QByteArray& secret, quint64 counter, const Parameters& parameters);

    // Checks a code against the steps within +/- window of now, comparing in
    // constant time. Returns the matching time-step counter (so a caller can
    // refuse its replay) or nullopt.
    static std::optional<qint64> verify(const QByteArray& secret, QStringView code, qint64 unixSeconds, int window,
                                        const Parameters& parameters);
    static std::optional<qint64> verify(const QByteArray& secret, QStringView code, qint64 unixSeconds, int window = 1)
    {
        return verify(secret, code, unixSeconds, window, {});
    }

    // True for exactly `digits` ASCII digits: the only shape a code may take.
    static bool isWellFormed(QStringView code, int digits = 6);
};

} // namespace leadscope::protocol
