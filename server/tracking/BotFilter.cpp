#include "server/tracking/BotFilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace leadscope::server {

namespace {
constexpr qsizetype kMaxAgents = 20'000;   // distinct user agents remembered per shard
constexpr qsizetype kMaxSessions = 50'000; // sessions paced per shard
constexpr qint64 kFlaggedMs = 30LL * 60 * 1000;
} // namespace

QString BotFilter::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NoScript:
        return QStringLiteral("no_script");
    case Reason::Automated:
        return QStringLiteral("automated");
    case Reason::Crawler:
        return QStringLiteral("crawler");
    case Reason::DataCentre:
        return QStringLiteral("data_centre");
    case Reason::TooFast:
        return QStringLiteral("too_fast");
    case Reason::None:
        break;
    }
    return {};
}

BotFilter::BotFilter(bool enabled)
    : m_enabled(enabled)
{
}

bool BotFilter::load(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = QStringLiteral("The crawler list is not a JSON array.");
        return false;
    }
    QStringList crawlers;
    QStringList automation;
    for (const QJsonValue& entry : document.array()) {
        const QString pattern = entry.toObject().value(QStringLiteral("pattern")).toString();
        if (pattern.isEmpty()) {
            *error = QStringLiteral("An entry of the crawler list has no \"pattern\".");
            return false;
        }
        const bool automated = entry.toObject()
                                   .value(QStringLiteral("tags"))
                                   .toArray()
                                   .contains(QJsonValue(QStringLiteral("browser-automation")));
        (automated ? automation : crawlers) << QStringLiteral("(?:%1)").arg(pattern);
    }
    // One alternation each, compiled once (PCRE2's JIT): a user agent is judged in one pass.
    m_crawlers = QRegularExpression(crawlers.join(u'|'));
    m_automation = QRegularExpression(automation.join(u'|'));
    if (!m_crawlers.isValid() || !m_automation.isValid()) {
        m_patterns = 0;
        // Only now each on its own, to name the one that is wrong.
        for (const QString& alternative : crawlers + automation) {
            if (const QRegularExpression alone(alternative); !alone.isValid()) {
                *error = QStringLiteral("The crawler pattern \"%1\" is not valid: %2")
                             .arg(alternative.mid(3, alternative.size() - 4), alone.errorString());
                return false;
            }
        }
        *error = QStringLiteral("The crawler list does not compile.");
        return false;
    }
    m_crawlers.optimize();
    m_automation.optimize();
    m_patterns = int(crawlers.size() + automation.size());
    for (Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        shard.agents.clear();
    }
    return true;
}

bool BotFilter::loadBuiltIn(QString* error)
{
    QFile file(QStringLiteral(":/leadscope/bots/crawler-user-agents.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The built-in crawler list is missing.");
        return false;
    }
    return load(file.readAll(), error);
}

BotFilter::Reason BotFilter::userAgentReason(const QByteArray& userAgent)
{
    if (m_patterns == 0 || userAgent.isEmpty())
        return Reason::None;
    Shard& shard = m_shards[qHash(userAgent) % kShards];
    {
        std::lock_guard lock(shard.mutex);
        const auto known = shard.agents.constFind(userAgent);
        if (known != shard.agents.cend())
            return *known;
    }
    const QString text = QString::fromUtf8(userAgent.left(1024));
    const Reason reason = m_automation.match(text).hasMatch() ? Reason::Automated
                          : m_crawlers.match(text).hasMatch() ? Reason::Crawler
                                                              : Reason::None;
    std::lock_guard lock(shard.mutex);
    if (shard.agents.size() >= kMaxAgents)
        shard.agents.clear();
    shard.agents.insert(userAgent, reason);
    return reason;
}

bool BotFilter::tooFast(quint64 session, qint64 nowMs)
{
    Shard& shard = m_shards[session % kShards];
    std::lock_guard lock(shard.mutex);
    if (shard.sessions.size() >= kMaxSessions) {
        // Forget the sessions that are quiet and not flagged.
        shard.sessions.removeIf([nowMs](const QHash<quint64, Pace>::iterator it) {
            const qint64 latest = *std::max_element(it->recent.begin(), it->recent.end());
            return it->flaggedUntil <= nowMs && latest < nowMs - 1000;
        });
        if (shard.sessions.size() >= kMaxSessions)
            shard.sessions.clear();
    }
    Pace& pace = shard.sessions[session];
    if (pace.flaggedUntil > nowMs)
        return true;
    // The oldest of the last ten: an eleventh hit within a second of it is too fast.
    const qint64 oldest = pace.recent[size_t(pace.next)];
    pace.recent[size_t(pace.next)] = nowMs;
    pace.next = (pace.next + 1) % kMaxHitsPerSecond;
    if (oldest == 0 || nowMs - oldest >= 1000)
        return false;
    pace.flaggedUntil = nowMs + kFlaggedMs;
    return true;
}

BotFilter::Reason BotFilter::judge(const Request& request)
{
    if (!m_enabled)
        return Reason::None;
    if (!request.hasOrigin)
        return Reason::NoScript;
    const Reason agent = userAgentReason(request.userAgent);
    if ((request.webdriver || agent == Reason::Automated) && !request.allowAutomated)
        return Reason::Automated;
    if (agent == Reason::Crawler)
        return Reason::Crawler;
    if (request.range && request.range->kind == RangeKind::Hosting)
        return Reason::DataCentre;
    if (tooFast(request.session, request.nowMs))
        return Reason::TooFast;
    return Reason::None;
}

} // namespace leadscope::server
