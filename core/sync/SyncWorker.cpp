#include "SyncWorker.h"

#include "core/query/Corrections.h"
#include "core/query/IgnoredCompanies.h"
#include "core/query/SharedSegments.h"
#include "core/query/TargetLists.h"
#include "core/query/Team.h"
#include "core/query/TeamRules.h"
#include "core/query/TrafficQuery.h"

#include <QFile>

#include <filesystem>

namespace leadscope::core {

namespace {
QString resyncPath(const QString& path)
{
    return path + QStringLiteral(".resync");
}
} // namespace

SyncWorker::SyncWorker(QString path)
    : m_path(std::move(path))
{
}

SyncWorker::~SyncWorker()
{
    close();
}

bool SyncWorker::open(QByteArrayView key, QString* error)
{
    if (m_cache)
        return true;
    Cache::OpenResult result;
    m_cache = Cache::open(m_resyncing ? resyncPath(m_path) : m_path, key, &result);
    if (!m_cache) {
        *error = result.message;
        return false;
    }
    m_applier = std::make_unique<ChangeApplier>(*m_cache);
    return true;
}

void SyncWorker::close()
{
    m_applier.reset(); // its statements before the connection
    m_cache.reset();
}

QString SyncWorker::cursor()
{
    return m_cache ? m_cache->meta(QString::fromLatin1(ChangeApplier::kCursorKey)) : QString();
}

qint64 SyncWorker::windowStart()
{
    return m_cache ? m_cache->meta(QString::fromLatin1(ChangeApplier::kWindowKey)).toLongLong() : 0;
}

bool SyncWorker::trimToWindow(qint64 sinceMs, qint64* removed, QString* error)
{
    return m_applier && m_applier->trimToWindow(sinceMs, removed, error);
}

bool SyncWorker::apply(const SyncPage& page, ChangeApplier::Outcome* outcome, QString* error)
{
    return m_applier && m_applier->apply(page, outcome, error);
}

bool SyncWorker::setMeta(const QString& key, const QString& value, QString* error)
{
    return m_cache && m_cache->setMeta(key, value, error);
}

bool SyncWorker::replaceTeam(const QByteArray& answer, QString* error)
{
    return m_cache && Team::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceSegments(const QByteArray& answer, QString* error)
{
    return m_cache && SharedSegments::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceRules(const QByteArray& answer, QString* error)
{
    return m_cache && TeamRules::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceIgnored(const QByteArray& answer, QString* error)
{
    return m_cache && IgnoredCompanies::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceCorrections(const QByteArray& answer, QString* error)
{
    return m_cache && Corrections::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceTraffic(const QByteArray& answer, QString* error)
{
    return m_cache && TrafficQuery::replace(*m_cache, answer, error);
}

bool SyncWorker::replaceTargetLists(const QByteArray& answer, QString* error)
{
    return m_cache && TargetLists::replace(*m_cache, answer, error);
}

bool SyncWorker::pendingEdits(QList<AnnotationOutbox::Entry>* entries, QString* error)
{
    return m_cache && AnnotationOutbox::pending(*m_cache, entries, error);
}

bool SyncWorker::editAccepted(const AnnotationOutbox::Entry& entry, const QByteArray& response, QString* error)
{
    return m_cache && AnnotationOutbox::accepted(*m_cache, entry, response, error);
}

bool SyncWorker::editRefused(const AnnotationOutbox::Entry& entry, QString* error)
{
    return m_cache && AnnotationOutbox::refused(*m_cache, entry, error);
}

bool SyncWorker::beginFullResync(QByteArrayView key, QString* error)
{
    close();
    if (!Cache::remove(resyncPath(m_path), error))
        return false;
    m_resyncing = true;
    return open(key, error);
}

bool SyncWorker::finishFullResync(QByteArrayView key, QString* error)
{
    // Edits queued while offline survive the swap.
    QString ignored;
    {
        Cache::OpenResult result;
        auto old = Cache::open(m_path, key, &result);
        if (old) {
            // Local-only state: queued edits and which visits the user has seen.
            const auto carry = [&](const char* table, const char* columns, int count) {
                SqliteStatement rows = old->db().prepare(
                    QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(columns), QLatin1String(table)), &ignored);
                QStringList marks;
                for (int i = 0; i < count; ++i)
                    marks << QStringLiteral("?");
                SqliteStatement insert =
                    m_cache->db().prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                              .arg(QLatin1String(table), QLatin1String(columns), marks.join(u',')),
                                          &ignored);
                while (rows.isValid() && insert.isValid() && rows.next()) {
                    for (int i = 0; i < count; ++i)
                        insert.bind(i + 1, rows.text(i));
                    insert.exec();
                }
            };
            carry("outbox", "id, company_id, body, queued_at, previous", 5);
            carry("seen", "company_id, seen_until", 2);
        }
    }
    close();
    QFile::remove(m_path + QStringLiteral("-wal")); // the old cache's, empty after its close
    QFile::remove(m_path + QStringLiteral("-shm"));
    std::error_code failure;
    std::filesystem::rename(resyncPath(m_path).toStdString(), m_path.toStdString(), failure); // atomic
    if (failure) {
        *error = QString::fromLocal8Bit(failure.message().c_str());
        return false;
    }
    m_resyncing = false;
    return open(key, error);
}

} // namespace leadscope::core
