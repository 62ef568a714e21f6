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
    , m_lastVisitFrom(filter.lastVisitFrom)
{
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

bool LeadMatcher::matches(const Company& company) const
{
    const LeadFilter& f = m_filter;
    if (company.visits.isEmpty())
        return false;
    qint64 lastVisit = 0;
    for (const Visit& visit : company.visits)
        lastVisit = std::max(lastVisit, visit.startedAt);
    const auto exact = [](const QString& wanted, const QString& value) {
        return wanted.isEmpty() || wanted == value;
    };
    const auto anyVisit = [&](const auto& test) {
        return std::any_of(company.visits.begin(), company.visits.end(), test);
    };
    const QString status = company.status.isEmpty() ? QStringLiteral("new") : company.status;
    const QString page = asciiLower(f.visitedPage);
    return (m_lastVisitFrom <= 0 || lastVisit >= m_lastVisitFrom) &&
           (f.lastVisitTo <= 0 || lastVisit <= f.lastVisitTo) && exact(f.city, company.city) &&
           exact(f.country, company.country) && exact(f.industry, company.industry) &&
           (f.sbiPrefix.isEmpty() || company.sbiCode.startsWith(f.sbiPrefix)) && exact(f.sizeBand, company.sizeBand) &&
           (f.assignee.isEmpty() || (!company.assignee.isEmpty() && company.assignee == f.assignee)) &&
           exact(f.status, status) && company.visits.size() >= f.minVisits &&
           (f.tag.isEmpty() || company.tags.contains(f.tag)) &&
           (f.website.isEmpty() || anyVisit([&](const Visit& v) { return v.website == f.website; })) &&
           (f.source.isEmpty() || anyVisit([&](const Visit& v) { return v.source == f.source; })) &&
           (f.campaign.isEmpty() || anyVisit([&](const Visit& v) { return v.campaign == f.campaign; })) &&
           (page.isEmpty() || anyVisit([&](const Visit& v) {
                return std::any_of(v.paths.begin(), v.paths.end(),
                                   [&](const QString& path) { return asciiLower(path).contains(page); });
            })) &&
           (!f.unseenOnly || lastVisit > company.seenUntil) && (f.ids.isEmpty() || f.ids.contains(company.id)) &&
           matchesSearch(company);
}

} // namespace leadscope::protocol
