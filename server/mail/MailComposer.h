#pragma once

#include "server/domain/AlertPreferences.h"
#include "server/domain/MailOutbox.h"
#include "server/mail/SmtpSender.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

class QTranslator;

namespace leadscope::server {

// Writes the e-mail a queued message stands for, at send time, from the store:
// an alert (which company, which rule and why, the visit's pages and times),
// a notice to admins (a webhook destination was paused) or a digest (the companies that visited in the period, those
// assigned to the reader first, and what the rules did), in plain text and HTML, in the reader's language and time
// zone, each company with a leadscope:// link that opens it in the desktop client. Nothing about a visitor as a person:
// no addresses, no identifiers, no cookies. docs/ALERTS.md.
class MailComposer
{
public:
    using Mail = SmtpSender::Mail; // (compose() leaves `to` to the sender's caller)
    enum class Outcome
    {
        Ready,
        Nothing, // a digest of a period without visits, a notice no longer true: not sent
        Gone,    // the firing was purged or erased before the alert went out
        Failed   // the store failed; *error says how
    };

    // `translator`: the reader's language (nullptr: English as written here).
    MailComposer(const QTranslator* translator, const AlertPreferences::Prefs& reader);

    Outcome compose(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail, QString* error) const;

    // "leadscope://company/<id>"
    static QString companyLink(const QString& companyId);

    // Why a rule fired (a firing's "why": page, pages, minutes, source, …), as
    // a phrase in the reader's language: "visited /prijzen, 3 pages".
    QString reasons(const QJsonObject& why) const;

private:
    struct Page
    {
        QString path;
        qint64 at = 0;
    };
    struct Row // one company in a digest
    {
        QString id, name, city, sbiCode;
        int visits = 0;
        int pages = 0;
        qint64 lastAt = 0;
        bool isNew = false;
        bool yours = false;
    };

    Outcome alert(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail, QString* error) const;
    Outcome digest(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail, QString* error) const;
    Outcome webhookPaused(QSqlDatabase db, const MailOutbox::Message& message, Mail* mail, QString* error) const;
    bool digestRows(QSqlDatabase db, const MailOutbox::Message& message, qint64 from, qint64 to, QList<Row>* rows,
                    QString* error) const;
    void writeDigest(const QList<Row>& rows, const QList<std::pair<QString, int>>& rules, qint64 from, qint64 to,
                     Mail* mail) const;
    QString time(qint64 unixMs) const;
    QString date(qint64 unixMs) const;
    QString footer(bool html) const;
    // Looks `source` up in the reader's language (context "MailComposer").
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;

    const QTranslator* m_translator;
    AlertPreferences::Prefs m_reader;
    QTimeZone m_zone;
};

} // namespace leadscope::server
