#include "IngestQueue.h"

#include "ChangeLog.h"
#include "Sql.h"
#include "Store.h"

#include <QHash>

#include <vector>

namespace leadscope::server {

IngestQueue::IngestQueue(const Store& store, int writers)
    : m_store(store)
{
    for (int i = 0; i < writers; ++i)
        m_writers.emplace_back([this] { run(); });
}

IngestQueue::~IngestQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& writer : m_writers)
        writer.join();
}

void IngestQueue::submit(Job& job)
{
    std::unique_lock lock(m_mutex);
    if (m_stopping) {
        job.error = QStringLiteral("the server is shutting down");
        job.done = true;
        return;
    }
    m_queue.push_back(&job);
    m_wake.notify_one();
    m_done.wait(lock, [&job] { return job.done; });
}

void IngestQueue::run()
{
    const VisitRecorder recorder(m_store);
    for (;;) {
        std::vector<Job*> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, nothing left
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        QString error;
        bool ok = true;
        {
            QSqlDatabase db = m_store.connection();
            Sql::Transaction transaction(db);
            // Change-log entries of the whole batch go in at the end, per
            // organisation, so its sequence lock is held only briefly.
            QHash<QString, QList<ChangeLog::Change>> changes;
            qint64 last = 0;
            for (Job* job : batch) {
                ok = recorder.recordInTransaction(db, job->site, *job->hit, job->range, job->nowMs, job->companyKnown,
                                                  &job->identified, &changes[job->site.orgId], &error);
                last = qMax(last, job->nowMs);
                if (!ok)
                    break;
            }
            for (auto it = changes.cbegin(); ok && it != changes.cend(); ++it)
                ok = ChangeLog::append(db, it.key(), it.value(), last, &error);
            ok = ok && transaction.commit(&error);
        }
        {
            std::lock_guard lock(m_mutex);
            for (Job* job : batch) {
                job->ok = ok;
                job->error = error;
                job->done = true;
            }
        }
        m_done.notify_all();
    }
    m_store.closeThreadConnection();
}

} // namespace leadscope::server
