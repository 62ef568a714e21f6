#pragma once

#include "server/domain/AlertPreferences.h"
#include "server/domain/MailOutbox.h"
#include "server/mail/ServerTranslations.h"
#include "server/mail/SmtpSender.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace leadscope::server {

class Clock;
class Store;

// The server's mail thread: queues each user's digest when its time comes
// (in the user's time zone, once even with several servers on one store) and
// sends what the outbox holds — alerts wait out the reader's quiet hours,
// failures are retried with backoff and end as "failed" for admins to see.
// Never on a request thread; what is queued survives a restart. docs/ALERTS.md.
class MailWorker
{
public:
    struct Report
    {
        int digestsQueued = 0;
        int sent = 0;
        int failed = 0; // attempts that failed (retried later or given up)
        int postponed = 0;
        int skipped = 0;
    };

    // No settings: mail is not configured; what is queued fails with a reason admins see.
    MailWorker(const Store& store, const Clock& clock, std::optional<SmtpSender::Settings> settings);
    ~MailWorker();
    MailWorker(const MailWorker&) = delete;
    MailWorker& operator=(const MailWorker&) = delete;

    bool configured() const { return m_sender != nullptr; }
    // Runs the loop on its own thread every `intervalMs` until destroyed.
    void start(int intervalMs = 2000);
    // One round, on the calling thread: digests due at nowMs, then due mail.
    bool runOnce(qint64 nowMs, Report* report, QString* error);

private:
    bool queueDigests(qint64 nowMs, Report* report, QString* error);
    bool sendDue(qint64 nowMs, Report* report, QString* error);
    // Writes one claimed message and sends it; records what came of it.
    bool deliver(QSqlDatabase db, qint64 nowMs, const MailOutbox::Message& message,
                 const AlertPreferences::Prefs& reader, Report* report, QString* error);

    const Store& m_store;
    const Clock& m_clock;
    std::unique_ptr<SmtpSender> m_sender;
    ServerTranslations m_translations;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace leadscope::server
