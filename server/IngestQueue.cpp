#include "IngestQueue.h"

#include "Sql.h"
#include "Store.h"

#include <QHash>
#include <QList>

#include <vector>

namespace leadscope::server {

IngestQueue::IngestQueue(const Store& store, int writers)
    : m_store(store)
{
    for (int i = 0; i < qMax(1, writers); ++i)
        m_lanes.push_back(std::make_unique<Lane>());
    for (const std::unique_ptr<Lane>& lane : m_lanes)
        m_writers.emplace_back([this, lane = lane.get()] { run(*lane); });
}

IngestQueue::~IngestQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    for (const std::unique_ptr<Lane>& lane : m_lanes)
        lane->wake.notify_all();
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
    Lane& lane = *m_lanes[qHash(job.input.hit->sessionId) % m_lanes.size()];
    lane.queue.push_back(&job);
    lane.wake.notify_one();
    m_done.wait(lock, [&job] { return job.done; });
}

void IngestQueue::run(Lane& lane)
{
    const VisitRecorder recorder(m_store);
    for (;;) {
        std::vector<Job*> batch;
        {
            std::unique_lock lock(m_mutex);
            lane.wake.wait(lock, [this, &lane] { return m_stopping || !lane.queue.empty(); });
            if (lane.queue.empty())
                break; // stopping, nothing left
            while (!lane.queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(lane.queue.front());
                lane.queue.pop_front();
            }
        }
        QList<VisitRecorder::Input*> inputs;
        inputs.reserve(qsizetype(batch.size()));
        for (Job* job : batch)
            inputs.append(&job->input);
        QString error;
        bool ok = false;
        {
            QSqlDatabase db = m_store.connection();
            Sql::Transaction transaction(db);
            ok = recorder.recordBatch(db, inputs, &error) && transaction.commit(&error);
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
