#include "server/tracking/Hit.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace leadscope::server {

bool Hit::isCookieId(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9a-f]{32}\\z"));
    return pattern.match(value).hasMatch();
}

namespace {
bool hostEndsWith(const QString& host, const QString& domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

// An optional true/false field (absent: false); false + *error when it is something else.
bool optionalFlag(const QJsonObject& o, const char* field, bool* value, QString* error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (!v.isUndefined() && !v.isBool()) {
        *error = QStringLiteral("\"%1\" must be true or false.").arg(QLatin1String(field));
        return false;
    }
    *value = v.toBool(false);
    return true;
}
} // namespace

QString Hit::classifyReferrer(const QString& referrerHost, const QString& pageHost, bool hasUtm)
{
    if (hasUtm)
        return QStringLiteral("campaign");
    if (referrerHost.isEmpty() || referrerHost == pageHost)
        return QStringLiteral("direct");
    static const QStringList search{QStringLiteral("google"), QStringLiteral("bing"),      QStringLiteral("duckduckgo"),
                                    QStringLiteral("yahoo"),  QStringLiteral("ecosia"),    QStringLiteral("baidu"),
                                    QStringLiteral("yandex"), QStringLiteral("startpage"), QStringLiteral("qwant")};
    static const QStringList social{QStringLiteral("linkedin.com"), QStringLiteral("lnkd.in"),
                                    QStringLiteral("facebook.com"), QStringLiteral("instagram.com"),
                                    QStringLiteral("twitter.com"),  QStringLiteral("x.com"),
                                    QStringLiteral("t.co"),         QStringLiteral("youtube.com"),
                                    QStringLiteral("reddit.com"),   QStringLiteral("xing.com")};
    for (const QString& domain : social) {
        if (hostEndsWith(referrerHost, domain))
            return QStringLiteral("social");
    }
    const QStringList labels = referrerHost.split(u'.');
    for (const QString& engine : search) {
        if (labels.contains(engine))
            return QStringLiteral("search");
    }
    return QStringLiteral("referral");
}

std::optional<Hit> Hit::parse(const QByteArray& body, QString* error)
{
    if (body.size() > kMaxBodyBytes) {
        *error = QStringLiteral("The hit is larger than 8 KiB.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("The hit is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    const auto text = [&o](const char* field) {
        const QJsonValue v = o.value(QLatin1String(field));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    Hit hit;
    const auto site = text("site");
    const auto url = text("url");
    const auto vid = text("vid");
    const auto sid = text("sid");
    if (!site || site->isEmpty() || site->size() > 64) {
        *error = QStringLiteral("\"site\" is missing or invalid.");
        return std::nullopt;
    }
    if (!url || url->size() > 4096) {
        *error = QStringLiteral("\"url\" is missing or too long.");
        return std::nullopt;
    }
    if (!vid || !isCookieId(*vid) || !sid || !isCookieId(*sid)) {
        *error = QStringLiteral("\"vid\" and \"sid\" must be 32 hexadecimal characters.");
        return std::nullopt;
    }
    const QUrl page(*url, QUrl::StrictMode);
    if (!page.isValid() || (page.scheme() != QLatin1String("https") && page.scheme() != QLatin1String("http")) ||
        page.host().isEmpty()) {
        *error = QStringLiteral("\"url\" is not an http(s) URL.");
        return std::nullopt;
    }
    hit.siteId = *site;
    hit.host = page.host().toLower();
    hit.path = page.path(QUrl::FullyDecoded).left(512);
    if (hit.path.isEmpty())
        hit.path = QStringLiteral("/");
    const QUrlQuery query(page);
    hit.utmSource = query.queryItemValue(QStringLiteral("utm_source"), QUrl::FullyDecoded).left(100);
    hit.utmMedium = query.queryItemValue(QStringLiteral("utm_medium"), QUrl::FullyDecoded).left(100);
    hit.utmCampaign = query.queryItemValue(QStringLiteral("utm_campaign"), QUrl::FullyDecoded).left(100);
    hit.title = text("title").value_or(QString()).simplified().left(300);
    const QUrl referrer(text("referrer").value_or(QString()).left(4096));
    hit.referrerHost = referrer.isValid() ? referrer.host().toLower().left(253) : QString();
    const bool hasUtm = !hit.utmSource.isEmpty() || !hit.utmMedium.isEmpty() || !hit.utmCampaign.isEmpty();
    hit.referrerClass = classifyReferrer(hit.referrerHost, hit.host, hasUtm);
    if (hit.referrerHost == hit.host)
        hit.referrerHost.clear();
    const QString device = text("device").value_or(QStringLiteral("desktop"));
    hit.device =
        device == QLatin1String("mobile") || device == QLatin1String("tablet") ? device : QStringLiteral("desktop");
    if (!optionalFlag(o, "consent", &hit.consent, error) || !optionalFlag(o, "webdriver", &hit.webdriver, error))
        return std::nullopt;
    hit.visitorId = vid->toLatin1();
    hit.sessionId = sid->toLatin1();
    const QJsonValue ts = o.value(QLatin1String("ts"));
    if (!ts.isUndefined()) {
        // Milliseconds since 1970, as a whole number within year 1970–9999
        // (1e41 would not even fit the integer: found by FuzzCollectBody).
        const double ms = ts.toDouble(-1);
        if (!ts.isDouble() || !(ms >= 0 && ms <= 253'402'300'799'999.0) || ms != std::floor(ms)) {
            *error = QStringLiteral("\"ts\" must be milliseconds since 1970 as a whole number.");
            return std::nullopt;
        }
        hit.timestampMs = static_cast<qint64>(ms);
    }
    return hit;
}

} // namespace leadscope::server
