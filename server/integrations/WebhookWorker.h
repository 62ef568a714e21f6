#pragma once

#include "server/domain/Accounts.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/integrations/HubSpotSync.h"
#include "server/integrations/OutboundHttps.h"
#include "server/integrations/WebhookSender.h"
#include "server/mail/ServerTranslations.h"

#include <QHash>
#include <QSqlDatabase>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace leadscope::server {

class Clock;
class SecretBox;
class Store;

// The server's webhook thread. Each round it turns every active
// destination's new events into deliveries (WebhookEvents → WebhookOutbox, in
// the transaction that moves the destination's cursors, compare-and-set, so
// several servers on one store make each delivery once), then sends what is
// due (WebhookSender; HubSpotSync for a HubSpot destination), retrying
// failures with backoff (or as long as a receiver's 429 asks) for up to 3 days and
// pausing a destination that keeps failing (audited: the admins see it in
// Administration → Integrations). Never on a request thread; what is queued
// survives a restart. docs/INTEGRATIONS.md.
class WebhookWorker
{
public:
    struct Report
    {
        int queued = 0;
        int delivered = 0;
        int failed = 0; // attempts that failed (retried later or given up)
        int paused = 0; // destinations paused this round
    };

    // `secrets`: the operator's key that opens HubSpot tokens (nullptr: none, they are not sent).
    WebhookWorker(const Store& store, const Clock& clock, WebhookSender::Settings settings,
                  const SecretBox* secrets = nullptr);
    ~WebhookWorker();
    WebhookWorker(const WebhookWorker&) = delete;
    WebhookWorker& operator=(const WebhookWorker&) = delete;

    // Runs rounds on its own thread every `intervalMs` until destroyed.
    void start(int intervalMs = 1000);
    // One round on the calling thread at `nowMs` (the tests' clock).
    bool runOnce(qint64 nowMs, Report* report, QString* error);

private:
    // Deliveries claimed per round: at 10 s each at worst, well inside their lease.
    static constexpr int kBatch = 20;
    // The thread's nice value: below the request threads, which acknowledge hits.
    static constexpr int kNice = 10;

    bool queueEvents(qint64 nowMs, Report* report, QString* error);
    bool sendDue(qint64 nowMs, Report* report, QString* error);
    // Writes down what came of one attempt that failed, or the attempt of a destination that was failing
    // (and pauses one that keeps failing); successes are written for the whole round by sendDue.
    bool record(QSqlDatabase db, qint64 nowMs, const WebhookOutbox::Delivery& delivery,
                const Webhooks::Destination& destination, const WebhookSender::Result& result, Report* report,
                QString* error);
    // The organisation's users (who a chat message names, who is told of a pause).
    bool people(const QString& orgId, QList<Accounts::User>* users, QString* error) const;

    const Store& m_store;
    const Clock& m_clock;
    OutboundHttps m_https;
    WebhookSender m_sender;
    HubSpotSync m_hubspot;
    ServerTranslations m_translations; // of the thread that sends
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace leadscope::server
