#include "server/mail/MailWorker.h"

#include "server/base/Clock.h"
#include "server/base/Logging.h"
#include "server/domain/AlertPreferences.h"
#include "server/domain/MailOutbox.h"
#include "server/mail/MailComposer.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include <QTranslator>

namespace leadscope::server {

MailWorker::MailWorker(const Store& store, const Clock& clock, std::optional<SmtpSender::Settings> settings)
    : m_store(store)
    , m_clock(clock)
    , m_sender(settings ? std::make_unique<SmtpSender>(std::move(*settings)) : nullptr)
{
}

MailWorker::~MailWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MailWorker::start(int intervalMs)
{
    m_thread = std::thread([this, intervalMs] {
        for (;;) {
            Report report;
            QString error;
            if (!runOnce(m_clock.nowMs(), &report, &error))
                qCWarning(lcServer) << "mail round failed:" << error;
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; }))
                break;
        }
        m_translations.clear(); // QObjects of this thread
        m_store.closeThreadConnection();
    });
}

bool MailWorker::runOnce(qint64 nowMs, Report* report, QString* error)
{
    return queueDigests(nowMs, report, error) && sendDue(nowMs, report, error);
}

bool MailWorker::queueDigests(qint64 nowMs, Report* report, QString* error)
{
    if (!m_sender)
        return true; // nobody is promised a digest the server cannot send
    QSqlDatabase db = m_store.connection();
    QList<AlertPreferences::Prefs> readers;
    if (!AlertPreferences::withDigest(db, &readers, error))
        return false;
    for (const AlertPreferences::Prefs& reader : std::as_const(readers)) {
        const qint64 slot = reader.lastDigestAtOrBefore(nowMs);
        if (slot <= reader.digestThrough)
            continue;
        Sql::Transaction transaction(db);
        bool taken = false;
        if (!AlertPreferences::takeDigest(db, reader, slot, &taken, error))
            return false;
        if (!taken)
            continue; // another server queued it
        if (!MailOutbox::queueDigest(db, nowMs, reader.orgId, reader.userId, reader.digestPeriodStart(slot), slot,
                                     error) ||
            !transaction.commit(error))
            return false;
        ++report->digestsQueued;
    }
    return true;
}

bool MailWorker::sendDue(qint64 nowMs, Report* report, QString* error)
{
    QSqlDatabase db = m_store.connection();
    QList<MailOutbox::Message> due;
    if (!MailOutbox::claimDue(db, nowMs, 20, &due, error))
        return false;
    for (const MailOutbox::Message& message : std::as_const(due)) {
        if (!m_sender) {
            ++report->failed;
            if (!MailOutbox::markFailed(db, nowMs, message,
                                        QStringLiteral("The server has no mail relay (leadscope-server serve --smtp)."),
                                        true, error))
                return false;
            continue;
        }
        AlertPreferences::Prefs reader;
        if (!AlertPreferences::read(db, message.orgId, message.userId, &reader, error))
            return false;
        const bool alert = message.kind == QLatin1String("alert");
        const bool notice = message.kind == QLatin1String("webhook_paused"); // for admins, always and at once
        if (!notice && (alert ? !reader.emailAlerts : reader.digest == AlertPreferences::Digest::Off)) {
            ++report->skipped;
            if (!MailOutbox::markSkipped(db, message.id, QStringLiteral("switched off by the reader"), error))
                return false;
            continue;
        }
        if (const qint64 after = reader.outsideQuietHours(nowMs); alert && after > nowMs) {
            ++report->postponed;
            if (!MailOutbox::postpone(db, message.id, after, error))
                return false;
            continue;
        }
        if (!deliver(db, nowMs, message, reader, report, error))
            return false;
    }
    return true;
}

bool MailWorker::deliver(QSqlDatabase db, qint64 nowMs, const MailOutbox::Message& message,
                         const AlertPreferences::Prefs& reader, Report* report, QString* error)
{
    MailComposer::Mail mail;
    QString problem;
    switch (MailComposer(m_translations.forLanguage(reader.language), reader).compose(db, message, &mail, &problem)) {
    case MailComposer::Outcome::Nothing:
        ++report->skipped;
        return MailOutbox::markSkipped(db, message.id, QStringLiteral("no company visited in the period"), error);
    case MailComposer::Outcome::Gone:
        ++report->skipped;
        return MailOutbox::markSkipped(db, message.id, QStringLiteral("the visit was purged before the alert went out"),
                                       error);
    case MailComposer::Outcome::Failed:
        ++report->failed;
        return MailOutbox::markFailed(db, nowMs, message, problem, false, error);
    case MailComposer::Outcome::Ready:
        break;
    }
    mail.to = message.email;
    bool permanent = false;
    if (m_sender->send(mail, nowMs, &problem, &permanent)) {
        ++report->sent;
        return MailOutbox::markSent(db, nowMs, message.id, mail.subject, error);
    }
    ++report->failed;
    qCWarning(lcServer) << "mail" << message.id << message.kind << "not sent:" << problem;
    return MailOutbox::markFailed(db, nowMs, message, problem, permanent, error);
}

} // namespace leadscope::server
