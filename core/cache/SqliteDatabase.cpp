#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <algorithm>

namespace leadscope::core {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString& path, const char* vfs, QString* error)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, vfs);
    if (rc != SQLITE_OK) {
        *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        m_openErrorCode = m_db ? sqlite3_extended_errcode(m_db) : rc;
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    return true;
}

void SqliteDatabase::limitWal(int maxFrames, int waitMs)
{
    // What the automatic checkpoint has just done; reports the log's length.
    int frames = 0, copied = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) != SQLITE_OK ||
        frames <= std::max(maxFrames, m_walRetryAt))
        return;
    // Copies what is left, waits for the readers in the log, truncates it.
    sqlite3_busy_timeout(m_db, waitMs);
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &frames, &copied);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    m_walRetryAt = rc == SQLITE_OK ? 0 : std::max(frames, maxFrames) + maxFrames;
}

void SqliteDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::exec(const QString& sql, QString* error)
{
    char* message = nullptr;
    m_failureCode = SQLITE_OK;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_failureCode = sqlite3_extended_errcode(m_db);
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const QString& sql, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    m_failureCode = SQLITE_OK;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        m_failureCode = sqlite3_extended_errcode(m_db);
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return {};
    }
    return SqliteStatement(m_db, statement);
}

int SqliteDatabase::lastErrorCode() const
{
    if (!m_db)
        return m_openErrorCode;
    return m_failureCode != SQLITE_OK ? m_failureCode : sqlite3_extended_errcode(m_db);
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

SqliteDatabase::Transaction::Transaction(SqliteDatabase& db)
    : m_db(db)
{
    QString ignored;
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), &ignored);
}

SqliteDatabase::Transaction::~Transaction()
{
    if (m_begun && !m_done) // directly: why the transaction failed stays the last error
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteDatabase::Transaction::commit(QString* error)
{
    if (!m_begun) {
        *error = m_db.lastError();
        return false;
    }
    m_done = m_db.exec(QStringLiteral("COMMIT"), error);
    return m_done;
}

} // namespace leadscope::core
