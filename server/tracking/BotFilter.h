#pragma once

#include "server/tracking/IpRangeIndex.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <array>
#include <mutex>

namespace leadscope::server {

// Hits from bots are not visits (docs/MATCHING.md, "Bots"). A hit is a bot's
// when the request did not come from a browser running the tracker (no
// Origin header: every browser sends one with the tracker's POST), when the
// browser says it is automated (navigator.webdriver) or its user agent is a
// browser-automation tool — unless the website records automated browsers —
// when its user agent is a known crawler (resources/bots: the
// crawler-user-agents list, data refreshed by scripts/update-crawler-list),
// when it comes from a hosting or data-centre network, or when its session
// asks for pages faster than a person reads them. Filtered hits are counted
// by reason, never stored.
class BotFilter
{
public:
    enum class Reason
    {
        None,
        NoScript,
        Automated,
        Crawler,
        DataCentre,
        TooFast
    };
    static QString reasonName(Reason reason); // no_script, automated, crawler, data_centre, too_fast

    // More than this many hits of one session within any one second: not a person.
    static constexpr int kMaxHitsPerSecond = 10;

    // `enabled` false: every hit is a person's (serve --bot-filtering off).
    explicit BotFilter(bool enabled = true);
    // The list in the crawler-user-agents JSON form ([{"pattern", "tags"}]); false + *error when it is not.
    bool load(const QByteArray& json, QString* error);
    bool loadBuiltIn(QString* error); // :/leadscope/bots/crawler-user-agents.json
    int patternCount() const { return m_patterns; }
    bool enabled() const { return m_enabled; }

    struct Request
    {
        QByteArray userAgent;
        bool hasOrigin = false;
        bool webdriver = false;      // the tracker's navigator.webdriver
        bool allowAutomated = false; // the website records automated browsers
        const IpRangeIndex::Range* range = nullptr;
        quint64 session = 0; // a hash of the site and session cookie (memory only)
        qint64 nowMs = 0;
    };
    Reason judge(const Request& request);

    // The user agent alone (cached): Crawler, Automated or None.
    Reason userAgentReason(const QByteArray& userAgent);

private:
    bool tooFast(quint64 session, qint64 nowMs);

    bool m_enabled;
    int m_patterns = 0;
    QRegularExpression m_crawlers;
    QRegularExpression m_automation;

    static constexpr int kShards = 16;
    struct Pace
    {
        std::array<qint64, kMaxHitsPerSecond> recent{}; // the last hits' times, a ring (0: none)
        int next = 0;
        qint64 flaggedUntil = 0;
    };
    struct Shard
    {
        std::mutex mutex;
        QHash<QByteArray, Reason> agents;
        QHash<quint64, Pace> sessions;
    };
    std::array<Shard, kShards> m_shards;
};

} // namespace leadscope::server
