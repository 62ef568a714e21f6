#include "protocol/LeadMatcher.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace leadscope::protocol {

namespace {

// SQLite's lower(): A–Z only (paths are URLs; other letters match as written).
QString asciiLower(const QString& text)
{
    QString lower = text;
    for (QChar& c : lower) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lower;
}

bool startsWithPhrase(const QStringList& words, const QStringList& phrase)
{
    // The phrase's words in a row; the last one a prefix (FTS5: "a b"*).
    for (qsizetype at = 0; at + phrase.size() <= words.size(); ++at) {
        bool all = true;
        for (qsizetype i = 0; i < phrase.size() && all; ++i) {
            const QString& word = words[at + i];
            all = i + 1 == phrase.size() ? word.startsWith(phrase[i]) : word == phrase[i];
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace

LeadMatcher::LeadMatcher(const LeadFilter& filter, qint64 nowMs)
    : m_filter(filter)
    , m_cheapVisit(filter.visit)
    , m_lastVisitFrom(filter.lastVisitFrom)
{
    m_cheapVisit.page.clear();
    m_cheapVisit.first = false;
    m_cheapVisit.returningWithinDays = 0;
    if (filter.lastVisitWithinDays > 0) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
        m_lastVisitFrom =
            std::max(m_lastVisitFrom, today.addDays(1 - filter.lastVisitWithinDays).startOfDay().toMSecsSinceEpoch());
    }
    // As the desktop sends a search to FTS5: split at spaces and punctuation,
    // each part a phrase of its own words, the last word a prefix.
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}]+"));
    for (const QString& part : filter.search.split(separators, Qt::SkipEmptyParts))
        m_phrases << words(part);
}

QStringList LeadMatcher::words(const QString& text)
{
    QStringList result;
    QString word;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

bool LeadMatcher::matchesSearch(const Company& company) const
{
    if (m_phrases.isEmpty())
        return true;
    const QList<QStringList> columns{words(company.name), words(company.tradeName), words(company.city),
                                     words(company.website)};
    return std::all_of(m_phrases.begin(), m_phrases.end(), [&](const QStringList& phrase) {
        return phrase.isEmpty() || std::any_of(columns.begin(), columns.end(), [&](const QStringList& column) {
                   return startsWithPhrase(column, phrase);
               });
    });
}

bool LeadMatcher::companyHolds(const Company& company, QJsonObject* why) const
{
    const LeadFilter& f = m_filter;
    bool holds = true;
    const auto check = [&](const char* key, bool set, bool held, const QJsonValue& value) {
        if (!set || !holds)
            return;
        holds = held;
        if (held && why)
            why->insert(QLatin1String(key), value);
    };
    const QString status = company.status.isEmpty() ? QStringLiteral("new") : company.status;
    check("city", !f.city.isEmpty(), f.city == company.city, company.city);
    check("country", !f.country.isEmpty(), f.country == company.country, company.country);
    check("industry", !f.industry.isEmpty(), f.industry == company.industry, company.industry);
    check("sbi_prefix", !f.sbiPrefix.isEmpty(), company.sbiCode.startsWith(f.sbiPrefix), company.sbiCode);
    check("size_band", !f.sizeBand.isEmpty(), f.sizeBand == company.sizeBand, company.sizeBand);
    check("assignee", !f.assignee.isEmpty(), !company.assignee.isEmpty() && company.assignee == f.assignee,
          company.assignee);
    check("status", !f.status.isEmpty(), f.status == status, status);
    check("tag", !f.tag.isEmpty(), company.tags.contains(f.tag), f.tag);
    check("ids", !f.ids.isEmpty(), f.ids.contains(company.id), company.id);
    check("on_list", !f.onList.isEmpty(), company.lists.contains(f.onList), f.onList);
    check("search", !f.search.isEmpty(), matchesSearch(company), company.name);
    return holds;
}

bool LeadMatcher::visitHolds(const LeadFilter::VisitConditions& c, const Visit& visit, qint64 previousStart,
                             QJsonObject* why)
{
    QJsonObject held;
    if (!c.page.isEmpty()) {
        const auto page = std::find_if(visit.paths.begin(), visit.paths.end(),
                                       [&](const QString& path) { return LeadFilter::pathMatches(c.page, path); });
        if (page == visit.paths.end())
            return false;
        held.insert(QStringLiteral("page"), *page);
    }
    if (c.minPages > 0) {
        if (visit.pageviews < c.minPages)
            return false;
        held.insert(QStringLiteral("pages"), visit.pageviews);
    }
    const qint64 duration = visit.endedAt - visit.startedAt;
    if (c.minMinutes > 0) {
        if (duration < qint64(c.minMinutes) * 60'000)
            return false;
        held.insert(QStringLiteral("minutes"), qint64(duration / 60'000));
    }
    if (!c.source.isEmpty()) {
        if (visit.source != c.source)
            return false;
        held.insert(QStringLiteral("source"), visit.source);
    }
    if (!c.campaign.isEmpty()) {
        if (visit.campaign != c.campaign)
            return false;
        held.insert(QStringLiteral("campaign"), visit.campaign);
    }
    if (c.first) {
        if (previousStart > 0)
            return false;
        held.insert(QStringLiteral("first"), true);
    }
    if (c.returningWithinDays > 0) {
        if (previousStart <= 0 || visit.startedAt - previousStart > qint64(c.returningWithinDays) * 86'400'000)
            return false;
        held.insert(QStringLiteral("days_since_previous"), qint64((visit.startedAt - previousStart) / 86'400'000));
    }
    if (!c.confidence.isEmpty()) {
        if (visit.confidence < LeadFilter::confidenceLevel(c.confidence))
            return false;
        held.insert(QStringLiteral("confidence"), LeadFilter::confidenceName(visit.confidence));
    }
    if (why) {
        for (auto it = held.constBegin(); it != held.constEnd(); ++it)
            why->insert(it.key(), it.value());
    }
    return true;
}

bool LeadMatcher::visitMayFire(const Visit& visit) const
{
    return (m_filter.website.isEmpty() || visit.website == m_filter.website) && visitHolds(m_cheapVisit, visit, 0);
}

std::optional<QJsonObject> LeadMatcher::firesOn(const Company& company, const Visit& visit, qint64 previousStart) const
{
    QJsonObject why;
    if (!m_filter.website.isEmpty()) {
        if (visit.website != m_filter.website)
            return std::nullopt;
        why.insert(QStringLiteral("website"), visit.website);
    }
    if (!companyHolds(company, &why) || !visitHolds(m_filter.visit, visit, previousStart, &why))
        return std::nullopt;
    return why;
}

bool LeadMatcher::matches(const Company& company) const
{
    const LeadFilter& f = m_filter;
    if (company.visits.isEmpty())
        return false;
    qint64 lastVisit = 0;
    for (const Visit& visit : company.visits)
        lastVisit = std::max(lastVisit, visit.startedAt);
    const auto anyVisit = [&](const auto& test) {
        return std::any_of(company.visits.begin(), company.visits.end(), test);
    };
    const auto previousStart = [&](const Visit& visit) {
        qint64 previous = 0;
        for (const Visit& other : company.visits) {
            if (other.startedAt < visit.startedAt)
                previous = std::max(previous, other.startedAt);
        }
        return previous;
    };
    const QString page = asciiLower(f.visitedPage);
    return (m_lastVisitFrom <= 0 || lastVisit >= m_lastVisitFrom) &&
           (f.lastVisitTo <= 0 || lastVisit <= f.lastVisitTo) && companyHolds(company, nullptr) &&
           company.visits.size() >= f.minVisits &&
           (f.website.isEmpty() || anyVisit([&](const Visit& v) { return v.website == f.website; })) &&
           (f.source.isEmpty() || anyVisit([&](const Visit& v) { return v.source == f.source; })) &&
           (f.campaign.isEmpty() || anyVisit([&](const Visit& v) { return v.campaign == f.campaign; })) &&
           (page.isEmpty() || anyVisit([&](const Visit& v) {
                return std::any_of(v.paths.begin(), v.paths.end(),
                                   [&](const QString& path) { return asciiLower(path).contains(page); });
            })) &&
           (!f.unseenOnly || lastVisit > company.seenUntil) &&
           (f.visit.isEmpty() || anyVisit([&](const Visit& v) { return visitHolds(f.visit, v, previousStart(v)); }));
}

} // namespace leadscope::protocol
