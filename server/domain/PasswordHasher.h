#pragma once

#include <QByteArray>
#include <QString>

namespace leadscope::server {

// Argon2id through libargon2. Hashes are stored in the PHC string format,
// which carries the parameters, so they can be raised without breaking old
// hashes (needsRehash() tells when a stored hash is below the current ones).
class PasswordHasher
{
public:
    // OWASP's minimum for Argon2id: m = 19 MiB, t = 2, p = 1.
    static constexpr quint32 kMemoryKiB = 19 * 1024;
    static constexpr quint32 kIterations = 2;
    static constexpr quint32 kParallelism = 1;

    static QString hash(const QByteArray& password);
    static bool verify(const QString& encoded, const QByteArray& password);
    static bool needsRehash(const QString& encoded);
    // A valid hash of a random password: verified against when the e-mail is
    // unknown, so that answer takes as long as a wrong password.
    static const QString& decoy();
    // A random password for "user add" without --password-stdin.
    static QByteArray generatePassword();
};

} // namespace leadscope::server
