#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace leadscope::core {
class SqliteDatabase;
}
namespace leadscope::server {
class Store;
}

namespace leadscope::bench {

// Dataset L of the issues: 100 000 companies, 500 000 visits, 2 000 000 page
// views, generated deterministically (the same rows every run), for the
// cache benchmarks — as SQL rows or as the server's sync payloads.
class DatasetL
{
public:
    struct Sizes
    {
        int companies = 100'000;
        int visits = 500'000;
        int pageviewsPerVisit = 4;
        int days = 90; // the visits start within this many days from kStart
    };
    struct Company
    {
        QString id, registryNumber, name, tradeName, city, website, industry, sizeBand;
    };
    struct Visit
    {
        QString id, companyId, visitorKey, website;
        qint64 startedAt = 0, endedAt = 0;
        int pageviews = 0;
        QString referrerClass, landingPage;
        // How the visit was tied to its company (docs/MATCHING.md): most by a
        // registry number on a small range, some on a larger one, a few by name.
        QString confidence; // "high", "medium", "low"
        int prefixLength = 24;
        QString linkedBy;
    };
    struct Pageview
    {
        QString id, visitId, path, title;
        qint64 viewedAt = 0;
        int seconds = 0;
    };

    explicit DatasetL(Sizes sizes)
        : m_sizes(sizes)
    {
    }
    const Sizes& sizes() const { return m_sizes; }
    qint64 rows() const { return m_sizes.companies + qint64(m_sizes.visits) * (1 + m_sizes.pageviewsPerVisit); }

    // Every company first, then each visit followed by its page views.
    void generate(const std::function<void(const Company&)>& company, const std::function<void(const Visit&)>& visit,
                  const std::function<void(const Pageview&)>& pageview) const;

    // Inserts every row into a cache-schema database with prepared statements,
    // committing every `rowsPerCommit` rows (0: one transaction). Seconds taken;
    // false + *error on failure.
    bool insertInto(core::SqliteDatabase& db, qint64 rowsPerCommit, double* seconds, QString* error) const;
    // The cache's schema at its current version (every migration) in a plain
    // SQLite database: the baselines' copy. False + *error on failure.
    static bool createCacheSchema(core::SqliteDatabase& db, QString* error);
    // Every row as the server's change log holds it (what GET /sync serves).
    bool appendToChangeLog(server::Store& store, const QString& orgId, QString* error) const;

    static constexpr qint64 kStart = 1'780'000'000'000; // ms
    static const QStringList& cities();
    static const QStringList& words(); // names, trade names and industries are made of these
    // A visit's match as the server sends it with the visit (compact JSON).
    static QJsonObject matchOf(const Visit& visit);

private:
    Sizes m_sizes;
};

} // namespace leadscope::bench
