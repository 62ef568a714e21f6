#include "SyncWorker.h"

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

bool SyncWorker::apply(const QByteArray& page, ChangeApplier::Outcome* outcome, QString* error)
{
    return m_applier && m_applier->apply(page, outcome, error);
}

bool SyncWorker::setMeta(const QString& key, const QString& value, QString* error)
{
    return m_cache && m_cache->setMeta(key, value, error);
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
            SqliteStatement queued = old->db().prepare(
                QStringLiteral("SELECT company_id, body, queued_at FROM outbox ORDER BY id"), &ignored);
            SqliteStatement insert = m_cache->db().prepare(
                QStringLiteral("INSERT INTO outbox (company_id, body, queued_at) VALUES (?, ?, ?)"), &ignored);
            while (queued.isValid() && insert.isValid() && queued.next())
                insert.bind(1, queued.text(0)).bind(2, queued.text(1)).bind(3, queued.int64(2)).exec();
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
