#include "server/tracking/IngestQueue.h"

#include "server/base/Logging.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

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
    job.wake.wait(lock, [&job] { return job.done; });
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
        qint64 written = 0;
        {
            std::lock_guard lock(m_mutex);
            for (Job* job : batch) {
                job->ok = ok;
                job->error = error;
                job->done = true;
                written += ok && job->input.identified ? 1 : 0;
                // Under the lock: the job (and its condition) lives on the
                // waiting worker's stack until it has seen "done".
                job->wake.notify_one();
            }
        }
        if (written > 0 && m_store.isPostgres())
            refreshStatistics(m_store.connection(), written);
    }
    m_store.closeThreadConnection();
}

void IngestQueue::refreshStatistics(QSqlDatabase db, qint64 rowsWritten)
{
    // A new organisation's visits grow from nothing faster than autovacuum
    // (a one-minute nap, then 10 % growth) analyses them, and planning from
    // the stale statistics is what makes a store slow: PostgreSQL then reads
    // every visit of the organisation to find a batch's open sessions
    // (measured: 1.6 ms per batch instead of 0.2). So, as the PostgreSQL
    // manual advises after loading a table, the writer that sees the tables
    // double analyses them — a few times while a store is young, practically
    // never once it is large (autovacuum keeps up by then).
    constexpr qint64 kFirstAnalyze = 1000;
    qint64 rowsAtAnalyze = 0;
    {
        std::lock_guard lock(m_mutex);
        m_rowsSinceAnalyze += rowsWritten;
        if (m_analyzing || (m_rowsAtAnalyze >= 0 && m_rowsSinceAnalyze < qMax(kFirstAnalyze, m_rowsAtAnalyze)))
            return;
        m_analyzing = true;
        rowsAtAnalyze = m_rowsAtAnalyze;
    }
    // What the statistics count now (the table in the store's search path).
    const auto counted = [&db](qint64* rows) {
        QVariantList row;
        bool found = false;
        QString error;
        if (!Sql::fetchOne(db,
                           QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = 'pageviews'::regclass"),
                           {}, &row, &found, &error)) {
            qCWarning(lcIngest) << "cannot read table statistics:" << error;
            return false;
        }
        *rows = found ? qMax(qint64(0), row[0].toLongLong()) : 0;
        return true;
    };
    bool analyze = true;
    bool failed = false;     // then try again only after as many rows more
    if (rowsAtAnalyze < 0) { // once per process: where the last statistics stand
        if (!counted(&rowsAtAnalyze)) {
            analyze = false;
            failed = true;
        } else {
            std::lock_guard lock(m_mutex);
            analyze = m_rowsSinceAnalyze >= qMax(kFirstAnalyze, rowsAtAnalyze);
            if (!analyze)
                m_rowsAtAnalyze = rowsAtAnalyze;
        }
    }
    qint64 rows = 0;
    if (analyze) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("ANALYZE visits, pageviews"))) { // not preparable
            query.finish();
            counted(&rows);
            qCDebug(lcIngest) << "analysed the visit tables at" << rows << "page views";
        } else {
            qCWarning(lcIngest) << "cannot analyse the visit tables:" << query.lastError().text();
            analyze = false;
            failed = true;
        }
    }
    std::lock_guard lock(m_mutex);
    m_analyzing = false;
    if (analyze || failed) {
        m_rowsAtAnalyze = analyze ? rows : qMax(rowsAtAnalyze, qint64(0));
        m_rowsSinceAnalyze = 0;
    }
}

} // namespace leadscope::server
