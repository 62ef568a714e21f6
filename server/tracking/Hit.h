#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace leadscope::server {

// One page view as tracker.js reports it, validated and reduced to what may
// be kept: the path (query string dropped), the utm_* fields, a capped
// title, the referrer's host and class. Cookie ids are only used to derive
// keyed hashes and are never stored.
struct Hit
{
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024;

    QString siteId;
    QString host; // of the page URL
    QString path;
    QString title;
    QString referrerHost;
    QString referrerClass; // search, social, campaign, referral, direct
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QByteArray visitorId; // 32 hex characters from the cookie
    QByteArray sessionId;
    QString device;         // desktop, mobile, tablet
    qint64 timestampMs = 0; // only honoured where the server allows it (demo traffic)
    bool consent = false;   // the visitor gave consent (tracker: leadscope('consent'))
    bool webdriver = false; // the browser says it is automated (navigator.webdriver)

    // Parses a /collect body. nullopt + *error (naming the field) when malformed.
    static std::optional<Hit> parse(const QByteArray& body, QString* error);
    // 32 lowercase hexadecimal characters: what the tracker's cookies hold.
    static bool isCookieId(const QString& value);
    static QString classifyReferrer(const QString& referrerHost, const QString& pageHost, bool hasUtm);
};

} // namespace leadscope::server
