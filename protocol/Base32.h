#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace leadscope::protocol {

// RFC 4648 base32 (the alphabet authenticator apps use for TOTP secrets).
class Base32
{
public:
    // Upper-case, unpadded: what otpauth:// URIs carry.
    static QString encode(const QByteArray& data);
    // Accepts upper or lower case, optional '=' padding, and spaces or dashes
    // between groups (as users type them). Returns nullopt on any other character.
    static std::optional<QByteArray> decode(QStringView text);
};

} // namespace leadscope::protocol
