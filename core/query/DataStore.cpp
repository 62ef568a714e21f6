#include "DataStore.h"

#include "DataStoreWorker.h"

#include "core/BackgroundPriority.h"

namespace leadscope::core {

DataStore::DataStore(QString path, protocol::SecretBytes key, QObject* parent)
    : QObject(parent)
    , m_worker(new DataStoreWorker(std::move(path), std::move(key)))
{
    m_changedLater.setSingleShot(true);
    connect(&m_changedLater, &QTimer::timeout, this, [this] {
        m_sinceChanged.restart();
        Q_EMIT changed();
    });
    m_thread.setObjectName(QStringLiteral("leadscope-data"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Opened at once, while the screens are still being built: the first
    // query does not wait for it. A failure is said by that query (it tries again).
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        // Below the window's thread, above a sync's (BackgroundPriority).
        BackgroundPriority::lowerCurrentThread(BackgroundPriority::Level::Queries);
        QString ignored;
        worker->cache(&ignored);
    });
}

DataStore::~DataStore()
{
    m_stopping = true;
    m_worker->stop(); // a long count (the sidebar's, at a million companies) does not hold up quitting
    for (QThread* thread : std::as_const(m_longWork)) {
        thread->wait();
        delete thread;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DataStore::notifyChanged()
{
    if (m_changedLater.isActive())
        return; // folded into the one already due
    if (!m_sinceChanged.isValid() || m_sinceChanged.elapsed() >= kChangedIntervalMs) {
        m_sinceChanged.restart();
        Q_EMIT changed();
        return;
    }
    m_changedLater.start(int(kChangedIntervalMs - m_sinceChanged.elapsed()));
}

void DataStore::reopen()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void DataStore::post(QObject* context, std::function<void(Cache&, QString*)> work,
                     std::function<void(const QString&)> done)
{
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker, target, work = std::move(work), done = std::move(done)]() mutable {
            QString error;
            if (Cache* cache = worker->cache(&error))
                work(*cache, &error);
            // Back through the store (queued events die with it), then to the screen if it is still there.
            QMetaObject::invokeMethod(this, [target, done = std::move(done), error] {
                if (target)
                    done(error);
            });
        });
}

void DataStore::postLong(QObject* context, std::function<void(Cache&, const std::atomic_bool&, QString*)> work,
                         std::function<void(const QString&)> done)
{
    QPointer<QObject> target(context);
    DataStoreWorker* worker = m_worker;
    auto error = std::make_shared<QString>(); // written by the thread, read once it has finished
    QThread* thread = QThread::create([this, worker, error, work = std::move(work)]() mutable {
        BackgroundPriority::lowerCurrentThread(); // an export gives way to the screens
        if (auto cache = worker->openAnother(error.get()))
            work(*cache, m_stopping, error.get());
    });
    thread->setObjectName(QStringLiteral("leadscope-long"));
    m_longWork.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, target, error, done = std::move(done)] {
        m_longWork.removeOne(thread);
        thread->deleteLater();
        if (target)
            done(*error);
    });
    thread->start();
}

} // namespace leadscope::core
