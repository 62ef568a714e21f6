// POST /collect bodies: whatever arrives, Hit::parse either refuses it with a
// reason or keeps only what may be kept — a path without its query string,
// capped fields, cookie ids of the one allowed shape.
#include "FuzzSupport.h"

#include "server/tracking/Hit.h"

using namespace leadscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const std::optional<server::Hit> hit = server::Hit::parse(fuzz::bytes(data, size), &error);
    if (!hit) {
        if (error.isEmpty())
            fuzz::fail("refused without a reason");
        return 0;
    }
    if (size > static_cast<size_t>(server::Hit::kMaxBodyBytes))
        fuzz::fail("accepted an oversized body");
    if (hit->path.contains(u'?') || hit->path.size() > 512 || hit->title.size() > 300 ||
        hit->referrerHost.size() > 253 || hit->utmSource.size() > 100 || hit->utmMedium.size() > 100 ||
        hit->utmCampaign.size() > 100)
        fuzz::fail("kept more than allowed", hit->path);
    static const QByteArray hexDigits = "0123456789abcdef";
    for (const QByteArray& id : {hit->visitorId, hit->sessionId}) {
        if (id.size() != 32)
            fuzz::fail("cookie id of the wrong length");
        for (const char c : id) {
            if (!hexDigits.contains(c))
                fuzz::fail("cookie id that is not lower-case hex");
        }
    }
    static const QStringList classes{QStringLiteral("search"), QStringLiteral("social"), QStringLiteral("campaign"),
                                     QStringLiteral("referral"), QStringLiteral("direct")};
    if (!classes.contains(hit->referrerClass))
        fuzz::fail("unknown referrer class", hit->referrerClass);
    static const QStringList devices{QStringLiteral("desktop"), QStringLiteral("mobile"), QStringLiteral("tablet")};
    if (!devices.contains(hit->device))
        fuzz::fail("unknown device class", hit->device);
    return 0;
}
