#include "server/tracking/IngestQueue.h"

#include "server/base/Logging.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"
#include "server/tracking/RuleEngine.h"

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
        const qint64 fired = RuleEngine::settle(ok);
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
            refreshStatistics(m_store.connection(), m_pageviews, written);
        if (fired > 0 && m_store.isPostgres())
            refreshStatistics(m_store.connection(), m_firings, fired);
    }
    m_store.closeThreadConnection();
}

void IngestQueue::refreshStatistics(QSqlDatabase db, Growth& growth, qint64 rowsWritten)
{
    // A new organisation's visits (and its rules' firings) grow from nothing
    // faster than autovacuum (a one-minute nap, then 10 % growth) analyses
    // them, and planning from the stale statistics is what makes a store
    // slow: PostgreSQL then reads every visit of the organisation to find a
    // batch's open sessions (measured: 1.6 ms per batch instead of 0.2), and a
    // prepared statement keeps the plan it made for the empty table until the
    // next ANALYZE (measured: 1.8 ms to find a batch's earlier firings instead
    // of 0.03). So, as the PostgreSQL manual advises after loading a table,
    // the writer that sees a table double analyses it — a few times while a
    // store is young, practically never once it is large (autovacuum keeps up
    // by then).
    qint64 rowsAtAnalyze = 0;
    {
        std::lock_guard lock(m_mutex);
        growth.rowsSinceAnalyze += rowsWritten;
        if (growth.analyzing ||
            (growth.rowsAtAnalyze >= 0 && growth.rowsSinceAnalyze < qMax(growth.first, growth.rowsAtAnalyze)))
            return;
        growth.analyzing = true;
        rowsAtAnalyze = growth.rowsAtAnalyze;
    }
    // What the statistics count now (the table in the store's search path).
    const auto counted = [&db, &growth](qint64* rows) {
        QVariantList row;
        bool found = false;
        QString error;
        if (!Sql::fetchOne(db, QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass"),
                           {QLatin1String(growth.table)}, &row, &found, &error)) {
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
            analyze = growth.rowsSinceAnalyze >= qMax(growth.first, rowsAtAnalyze);
            if (!analyze)
                growth.rowsAtAnalyze = rowsAtAnalyze;
        }
    }
    qint64 rows = 0;
    if (analyze) {
        QSqlQuery query(db);
        if (query.exec(QLatin1String(growth.analyze))) { // not preparable
            query.finish();
            counted(&rows);
            qCDebug(lcIngest) << "analysed" << growth.table << "at" << rows << "rows";
        } else {
            qCWarning(lcIngest) << "cannot analyse" << growth.table << ":" << query.lastError().text();
            analyze = false;
            failed = true;
        }
    }
    std::lock_guard lock(m_mutex);
    growth.analyzing = false;
    if (analyze || failed) {
        growth.rowsAtAnalyze = analyze ? rows : qMax(rowsAtAnalyze, qint64(0));
        growth.rowsSinceAnalyze = 0;
    }
}

} // namespace leadscope::server
