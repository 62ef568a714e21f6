#pragma once

#include "server/tracking/Hit.h"
#include "server/tracking/IpRangeIndex.h"
#include "server/tracking/VisitRecorder.h"

#include <QSqlDatabase>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace leadscope::server {

class Store;

// Group commit for tracking hits: request workers hand their hit to a
// writer thread and wait; the writer stores everything that queued up
// meanwhile in one transaction (VisitRecorder::recordBatch, set-based) and
// then answers them all. Each hit is still acknowledged only after it is
// committed; the store sees one commit (one WAL append, one change-log lock)
// per batch instead of per hit. With several writers, the hits of one
// session always go to the same writer, so no two transactions of this
// process extend the same visit at once.
class IngestQueue
{
public:
    static constexpr size_t kMaxBatch = 256;

    struct Job
    {
        VisitRecorder::Input input; // hit and range kept alive by the submitter
        // results (and input.identified)
        bool ok = false;
        QString error;
        bool done = false;
        // Its own, so that a commit wakes exactly the requests it answers
        // (one shared condition woke every waiting worker for every batch).
        std::condition_variable wake;
    };

    // writers: threads storing batches side by side (1 for SQLite, which has
    // one writer anyway; a few for PostgreSQL, whose round trips dominate).
    IngestQueue(const Store& store, int writers);
    ~IngestQueue();
    IngestQueue(const IngestQueue&) = delete;
    IngestQueue& operator=(const IngestQueue&) = delete;

    // Blocks until the job's batch is committed (or failed).
    void submit(Job& job);

private:
    struct Lane
    {
        std::condition_variable wake;
        std::deque<Job*> queue;
    };

    // A table the writers grow, whose statistics PostgreSQL needs fresh.
    struct Growth
    {
        const char* table;   // counted in pg_class
        const char* analyze; // what to ANALYZE when it doubled
        qint64 first;        // rows before the first ANALYZE of a young table
        // Under m_mutex: rows at the last ANALYZE (-1: not read yet), rows
        // this process wrote since, and whether a writer is analysing.
        qint64 rowsAtAnalyze = -1;
        qint64 rowsSinceAnalyze = 0;
        bool analyzing = false;
    };

    void run(Lane& lane);
    // PostgreSQL only: ANALYZE the tables hits grow once they have doubled
    // since their statistics were taken.
    void refreshStatistics(QSqlDatabase db, Growth& growth, qint64 rowsWritten);

    const Store& m_store;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    bool m_stopping = false;
    std::vector<std::thread> m_writers;
    Growth m_pageviews{"pageviews", "ANALYZE visits, pageviews", 1000};
    Growth m_firings{"rule_firings", "ANALYZE rule_firings", 200};
};

} // namespace leadscope::server
