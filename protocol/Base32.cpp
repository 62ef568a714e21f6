#include "Base32.h"

namespace leadscope::protocol {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}
} // namespace

QString Base32::encode(const QByteArray& data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

std::optional<QByteArray> Base32::decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    bool padding = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (c == u'=') {
            padding = true;
            continue;
        }
        const int v = valueOf(c);
        if (v < 0 || padding)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

} // namespace leadscope::protocol
