#include "server/store/WalCheckpointer.h"

#include "server/base/Logging.h"
#include "server/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace leadscope::server {

WalCheckpointer::WalCheckpointer(const Store& store)
    : m_store(store)
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::start(int intervalMs)
{
    if (m_store.isPostgres() || m_thread.joinable())
        return;
    m_thread = std::thread([this, intervalMs] { run(intervalMs); });
}

void WalCheckpointer::run(int intervalMs)
{
    bool warned = false;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; }))
                break;
        }
        QSqlDatabase db = m_store.connection();
        QSqlQuery checkpoint(db);
        // Copies what is committed; returns (busy, frames in the log, frames copied).
        if (!db.isOpen() || !checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
            if (!warned) // once: the automatic checkpoint still runs
                qCWarning(lcStore) << "background checkpoint failed:"
                                   << (db.isOpen() ? checkpoint.lastError().text() : QStringLiteral("no connection"));
            warned = true;
            continue;
        }
        warned = false;
        if (checkpoint.next() && checkpoint.value(2).toInt() > 0)
            qCDebug(lcStore) << "checkpoint: busy" << checkpoint.value(0).toInt() << "log"
                             << checkpoint.value(1).toInt() << "copied" << checkpoint.value(2).toInt();
    }
    m_store.closeThreadConnection();
}

} // namespace leadscope::server
