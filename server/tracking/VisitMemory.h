#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

// What one writer thread remembers of the visits it recorded lately, so that
// a visit growing a few pages per batch need not have its earlier pages and
// the rules that already fired on it read again for every batch (RuleEngine).
// Only a hint: what it does not know is read from the store, and anything it
// cannot vouch for is forgotten —
// - pages: every visit of a batch advances its entry by the batch's pages; an
//   entry that does not then make the visit's count (another writer, a
//   rolled-back batch, a restart) is forgotten;
// - firings: this thread's own become known only when their batch commits
//   (settle()); a batch never settled is taken as rolled back. Another
//   server's firing on the same visit is caught by the store's unique index
//   (the rule then does nothing here).
class VisitMemory
{
public:
    static constexpr qsizetype kMaxVisits = 20'000;

    // The calling thread's memory.
    static VisitMemory& thisThread();

    // A batch brought `added` pages to a visit that now has `pageviews`.
    void advance(const QString& visitId, const QStringList& added, int pageviews);
    std::optional<QStringList> paths(const QString& visitId) const;
    void keepPaths(const QString& visitId, const QStringList& paths);

    // The rules that fired on the visit, when known.
    std::optional<QSet<QString>> fired(const QString& visitId) const;
    void keepFired(const QString& visitId, const QSet<QString>& rules);
    // A rule fired on the visit in the batch not yet committed.
    void firing(const QString& visitId, const QString& ruleId);
    // The batch's transaction ended; its firings stand if it committed.
    // How many it committed.
    qint64 settle(bool committed);

private:
    struct Entry
    {
        std::optional<QStringList> paths;
        std::optional<QSet<QString>> fired;
    };
    Entry& entry(const QString& visitId);

    QHash<QString, Entry> m_visits;
    QList<std::pair<QString, QString>> m_pending; // visit, rule
};

} // namespace leadscope::server
