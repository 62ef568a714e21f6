#include "server/store/WriterLock.h"

#include <QTest>

#include <atomic>
#include <thread>

using leadscope::server::WriterLock;

// Ingest goes first: the webhook thread's transactions (background) give way
// to the writers of hits, yet are never starved. On SQLite the lock is also
// the one-writer-at-a-time queue.
class TestWriterLock : public QObject
{
    Q_OBJECT
private:
    // Waits (at most 10 s) until `done` holds.
    template <typename Predicate>
    static bool eventually(Predicate done)
    {
        for (int i = 0; i < 10'000 && !done(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return done();
    }

private Q_SLOTS:
    void aWaitingWriterOfHitsGoesBeforeTheBackground()
    {
        WriterLock lock(true);
        std::atomic<int> order{0};
        std::atomic<int> foregroundAt{0};
        std::atomic<int> backgroundAt{0};
        std::atomic<bool> backgroundAsking{false};
        lock.lock(false); // ingest writes
        std::thread background([&] {
            backgroundAsking = true;
            lock.lock(true);
            backgroundAt = ++order;
            lock.unlock();
        });
        QVERIFY(eventually([&] { return backgroundAsking.load(); }));
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the background writer waits
        std::thread foreground([&] {
            lock.lock(false);
            foregroundAt = ++order;
            lock.unlock();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // both wait
        QCOMPARE(order.load(), 0);
        lock.unlock();
        foreground.join();
        background.join();
        QCOMPARE(foregroundAt.load(), 1);
        QCOMPARE(backgroundAt.load(), 2);
    }

    void theBackgroundIsNeverStarved()
    {
        // PostgreSQL: writers side by side. Ingest never stops writing, yet
        // the background writer begins (after its bounded wait).
        WriterLock lock(false);
        std::atomic<bool> ingesting{true};
        std::atomic<bool> backgroundIn{false};
        std::atomic<bool> ingestIn{false};
        std::thread ingest([&] {
            lock.lock(false);
            ingestIn = true;
            while (ingesting)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            lock.unlock();
        });
        QVERIFY(eventually([&] { return ingestIn.load(); }));
        std::thread background([&] {
            lock.lock(true);
            backgroundIn = true;
            lock.unlock();
        });
        QVERIFY(eventually([&] { return backgroundIn.load(); }));
        QVERIFY(ingesting.load()); // it got in while ingest was still writing
        ingesting = false;
        ingest.join();
        background.join();
    }

    void anIdleStoreTakesTheBackgroundAtOnce()
    {
        WriterLock lock(true);
        std::atomic<bool> in{false};
        std::thread background([&] {
            lock.lock(true);
            in = true;
            lock.unlock();
        });
        QVERIFY(eventually([&] { return in.load(); }));
        background.join();
        // And the one-writer queue holds: a second writer waits for the first.
        lock.lock(false);
        std::atomic<bool> second{false};
        std::thread other([&] {
            lock.lock(false);
            second = true;
            lock.unlock();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QVERIFY(!second.load());
        lock.unlock();
        other.join();
        QVERIFY(second.load());
    }
};

QTEST_GUILESS_MAIN(TestWriterLock)
#include "TestWriterLock.moc"
