#include "server/integrations/WebhookWorker.h"

#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/Audit.h"
#include "server/domain/MailOutbox.h"
#include "server/domain/WebhookOutbox.h"
#include "server/domain/Webhooks.h"
#include "server/integrations/ChatMessage.h"
#include "server/integrations/WebhookEvents.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QHash>

#include <sys/resource.h>
#include <unistd.h>

namespace leadscope::server {

WebhookWorker::WebhookWorker(const Store& store, const Clock& clock, WebhookSender::Settings settings,
                             const SecretBox* secrets)
    : m_store(store)
    , m_clock(clock)
    , m_https(std::move(settings))
    , m_sender(m_https)
    , m_hubspot(m_https, secrets)
{
}

WebhookWorker::~WebhookWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WebhookWorker::start(int intervalMs)
{
    m_thread = std::thread([this, intervalMs] {
        // Deliveries are background work with retries; hits are not: when the
        // CPUs are all busy, ingest goes first (Linux: a thread's own nice value).
        if (::setpriority(PRIO_PROCESS, id_t(::gettid()), kNice) != 0)
            qCInfo(lcServer) << "webhook thread: could not lower its priority";
        // …and on SQLite its writes give way to ingest's (bounded: it is never starved).
        Sql::setBackgroundWriter(true);
        for (;;) {
            Report report;
            QString error;
            if (!runOnce(m_clock.nowMs(), &report, &error))
                qCWarning(lcServer) << "webhook round failed:" << error;
            std::unique_lock lock(m_mutex);
            // Straight on while a round finds work; otherwise a nap.
            const bool busy = report.queued > 0 || report.delivered > 0;
            if (m_wake.wait_for(lock, std::chrono::milliseconds(busy ? 0 : intervalMs), [this] { return m_stopping; }))
                break;
        }
        m_translations.clear(); // QObjects of this thread
        m_store.closeThreadConnection();
    });
}

bool WebhookWorker::runOnce(qint64 nowMs, Report* report, QString* error)
{
    return queueEvents(nowMs, report, error) && sendDue(nowMs, report, error);
}

bool WebhookWorker::queueEvents(qint64 nowMs, Report* report, QString* error)
{
    QSqlDatabase db = m_store.connection();
    QList<Webhooks::Destination> destinations;
    if (!Webhooks::active(db, &destinations, error))
        return false;
    // Each organisation's log once, from the cursor of its destination furthest behind.
    QHash<QString, qint64> from;
    for (const Webhooks::Destination& destination : std::as_const(destinations))
        from[destination.orgId] = qMin(from.value(destination.orgId, destination.cursorSeq), destination.cursorSeq);
    QHash<QString, WebhookEvents::Log> logs;
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (!WebhookEvents::readLog(db, it.key(), it.value(), &logs[it.key()], error))
            return false;
    }
    QHash<QString, WebhookEvents::Facts> facts; // per organisation, read once for its destinations
    for (const Webhooks::Destination& destination : std::as_const(destinations)) {
        // Made outside the transaction (on SQLite it would hold up ingest's
        // writer meanwhile): the cursor's compare-and-set below says whether
        // what was read is still the part to send.
        WebhookEvents::Batch batch;
        const WebhookEvents::Log& log = logs[destination.orgId];
        // (One far ahead of a colleague that is catching up reads its own part.)
        const bool own = destination.cursorSeq > log.from && destination.cursorSeq >= log.through;
        if (!(own ? WebhookEvents::collect(db, destination, nowMs, &batch, error)
                  : WebhookEvents::collect(db, destination, log, nowMs, &batch, error, &facts[destination.orgId])))
            return false;
        if (batch.seq == destination.cursorSeq && batch.finishedThrough == destination.finishedThrough)
            continue;
        QList<WebhookOutbox::Item> items;
        items.reserve(batch.events.size());
        for (const WebhookEvents::Event& event : std::as_const(batch.events))
            items.append({event.id, event.type, event.payload});
        Sql::Transaction transaction(db);
        if (!WebhookOutbox::queue(db, nowMs, destination.orgId, destination.id, items, error))
            return false;
        bool moved = false;
        if (!Webhooks::advance(db, destination, batch.seq, batch.finishedThrough, &moved, error))
            return false;
        if (!moved)
            continue; // another server did this part first: ours rolls back
        if (!transaction.commit(error))
            return false;
        report->queued += int(batch.events.size());
    }
    return true;
}

bool WebhookWorker::sendDue(qint64 nowMs, Report* report, QString* error)
{
    QSqlDatabase db = m_store.connection();
    QList<WebhookOutbox::Delivery> due;
    if (!WebhookOutbox::claimDue(db, nowMs, kBatch, &due, error))
        return false;
    QHash<QString, std::optional<Webhooks::Destination>> destinations; // org/id → the destination, if it still exists
    struct Sent
    {
        const WebhookOutbox::Delivery* delivery;
        const Webhooks::Destination* destination;
        WebhookSender::Result result;
    };
    QList<Sent> results;
    QHash<QString, QHash<QString, QString>> emails; // org → user id → e-mail (for chat messages)
    QHash<QString, qint64> waitUntil;               // receivers that asked to wait (429) this round
    QList<std::pair<QString, qint64>> postponed;
    for (const WebhookOutbox::Delivery& delivery : std::as_const(due)) {
        const QString key = delivery.orgId + u'/' + delivery.webhookId;
        if (!destinations.contains(key)) {
            Webhooks::Destination d;
            bool found = false;
            if (!Webhooks::find(db, delivery.orgId, delivery.webhookId, &d, &found, error))
                return false;
            destinations.insert(key, found ? std::optional(d) : std::nullopt);
        }
        const std::optional<Webhooks::Destination>& destination = destinations[key];
        if (!destination || destination->pausedAt > 0)
            continue; // removed or paused meanwhile: its lease runs out, then it waits
        if (waitUntil.contains(key)) {
            postponed.append({delivery.id, waitUntil.value(key)});
            continue;
        }
        QByteArray body = delivery.payload;
        if (destination->kind != QLatin1String("webhook")) {
            // A Slack or Teams message (a HubSpot note), written now in the destination's language.
            if (!emails.contains(delivery.orgId)) {
                QList<Accounts::User> users;
                if (!people(delivery.orgId, &users, error))
                    return false;
                for (const Accounts::User& user : std::as_const(users))
                    emails[delivery.orgId].insert(user.id, user.email);
            }
            body = ChatMessage(m_translations.forLanguage(destination->language), destination->language,
                               emails[delivery.orgId])
                       .compose(destination->kind, delivery.payload);
        }
        if (destination->kind == QLatin1String("hubspot")) {
            results.append({&delivery, &*destination, {}});
            if (!m_hubspot.deliver(db, nowMs, *destination, delivery, emails[delivery.orgId], body,
                                   &results.last().result, error))
                return false;
        } else {
            results.append(
                {&delivery, &*destination,
                 m_sender.send(destination->url, delivery.id, nowMs / 1000, body, destination->signingSecrets(nowMs))});
        }
        if (results.last().result.retryAfterMs > 0)
            waitUntil.insert(key, nowMs + results.last().result.retryAfterMs);
        if (!results.last().result.delivered)
            qCInfo(lcServer) << "webhook" << delivery.id << "to" << destination->id
                             << "not delivered:" << results.last().result.error;
    }
    // What came of them, in one transaction (the store's writer is shared with ingest).
    QList<WebhookOutbox::Success> delivered;
    for (const Sent& sent : std::as_const(results)) {
        if (sent.result.delivered)
            delivered.append({sent.delivery->id, sent.result.status, sent.result.latencyMs});
    }
    Sql::Transaction transaction(db);
    if (!WebhookOutbox::markDelivered(db, nowMs, delivered, error))
        return false;
    for (const Sent& sent : std::as_const(results)) {
        if (!record(db, nowMs, *sent.delivery, *sent.destination, sent.result, report, error))
            return false;
    }
    for (const auto& [id, at] : std::as_const(postponed)) {
        if (!WebhookOutbox::postpone(db, id, at, error))
            return false;
    }
    return transaction.commit(error);
}

bool WebhookWorker::people(const QString& orgId, QList<Accounts::User>* users, QString* error) const
{
    QString problem;
    *users = Accounts(m_store, m_clock).users(orgId, &problem);
    if (problem.isEmpty())
        return true;
    *error = problem;
    return false;
}

bool WebhookWorker::record(QSqlDatabase db, qint64 nowMs, const WebhookOutbox::Delivery& delivery,
                           const Webhooks::Destination& destination, const WebhookSender::Result& result,
                           Report* report, QString* error)
{
    if (result.delivered) {
        ++report->delivered; // (written for the whole round by sendDue)
    } else {
        ++report->failed;
        if (!WebhookOutbox::markFailed(db, nowMs, delivery, result.status, result.latencyMs, result.error, error,
                                       result.retryAfterMs))
            return false;
        // A receiver that asks to wait is busy, not failing: it does not count towards a pause.
        if (result.retryAfterMs > 0)
            return true;
    }
    bool paused = false;
    // (A success of a destination that was not failing changes nothing there.)
    if ((!result.delivered || destination.failures > 0) &&
        !Webhooks::noteAttempt(db, nowMs, delivery.orgId, delivery.webhookId, result.delivered, &paused, error))
        return false;
    if (!paused)
        return true;
    ++report->paused;
    // The active admins are told by e-mail (the desktop shows it from the destination's state).
    QList<Accounts::User> users;
    if (!people(delivery.orgId, &users, error))
        return false;
    QStringList admins;
    for (const Accounts::User& user : std::as_const(users)) {
        if (user.role == protocol::Role::Admin && !user.disabled)
            admins << user.id;
    }
    return MailOutbox::queueNotice(db, nowMs, delivery.orgId, admins, QStringLiteral("webhook_paused"),
                                   delivery.webhookId + u'@' + QString::number(nowMs), error) &&
           Audit::record(db, nowMs, delivery.orgId, {QStringLiteral("system"), QString()},
                         QStringLiteral("webhook_paused"),
                         {{QStringLiteral("webhook"), delivery.webhookId},
                          {QStringLiteral("name"), destination.name},
                          {QStringLiteral("last_error"), result.error}},
                         error);
}

} // namespace leadscope::server
