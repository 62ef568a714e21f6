// What a user types as a 2FA code: only exactly six ASCII digits can ever
// verify, and a code verifies only for the step whose code it is.
#include "FuzzSupport.h"

#include "protocol/Totp.h"

using namespace leadscope;
using protocol::Totp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray secret = QByteArray::fromHex("3132333435363738393031323334353637383930");
    constexpr qint64 kNow = 1'700'000'000;
    const QString code = QString::fromUtf8(fuzz::bytes(data, size));
    const bool wellFormed = Totp::isWellFormed(code);
    const std::optional<qint64> step = Totp::verify(secret, code, kNow, 1);
    if (step) {
        if (!wellFormed)
            fuzz::fail("a malformed code verified", code);
        if (*step < kNow / 30 - 1 || *step > kNow / 30 + 1)
            fuzz::fail("verified outside the window");
        if (Totp::code(secret, *step * 30) != code)
            fuzz::fail("verified a code of another step", code);
    }
    if (wellFormed) {
        if (code.size() != 6)
            fuzz::fail("well-formed code of the wrong length", code);
        for (const QChar c : code) {
            if (c < u'0' || c > u'9')
                fuzz::fail("well-formed code with a non-ASCII digit", code);
        }
    }
    return 0;
}
