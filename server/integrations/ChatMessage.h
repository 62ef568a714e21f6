#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace leadscope::server {

// What a Slack or Microsoft Teams destination receives instead of the signed
// JSON event: a message people read in a channel, made from the event's body
// (docs/PROTOCOL.md) at send time — the company, why (the rule and what it
// did), the visit's pages, and a leadscope:// link that opens the company in
// the desktop client. Slack gets Block Kit (an incoming webhook's `text` and
// `blocks`); Teams an Adaptive Card in a message (what an incoming webhook and
// a "post to a channel when a webhook request is received" workflow take).
// A HubSpot destination's timeline note is the same, as HTML (a visit's
// line and pages). Written in the destination's language; nothing about a
// visitor as a person.
// docs/INTEGRATIONS.md.
class ChatMessage
{
public:
    // `translator`: the destination's language (nullptr: English as written
    // here); `people`: the organisation's user ids → e-mail addresses, to say
    // who annotated or was assigned a company.
    ChatMessage(const QTranslator* translator, const QString& language, QHash<QString, QString> people);

    // The message body for `kind` ("slack" or "teams"; "hubspot": a note's
    // HTML); empty for another kind or a body that is not an event.
    QByteArray compose(const QString& kind, const QByteArray& event) const;

private:
    // The message's contents, before they are laid out for one service.
    struct Parts
    {
        QString title;     // the company (or the test's heading)
        QString summary;   // what happened, one sentence
        QStringList facts; // "Utrecht · Metaalproducten · 50-99 employees", what a rule did, …
        QStringList pages; // "/prijzen — 2 min"
        QString visit;     // "shop.example · 3 pages · 4 min · via search"
        QString link;      // leadscope://company/<id>
    };
    Parts parts(const QJsonObject& event) const;
    QString person(const QString& userId) const;
    QString duration(qint64 seconds) const;
    QString changes(const QJsonObject& changes) const;
    QByteArray slack(const Parts& parts) const;
    QByteArray teams(const Parts& parts) const;
    QByteArray note(const Parts& parts) const;
    // Looks `source` up in the destination's language (context "ChatMessage").
    QString tr(const char* source, const char* disambiguation = nullptr, int n = -1) const;

    const QTranslator* m_translator;
    QString m_language;
    QHash<QString, QString> m_people;
};

} // namespace leadscope::server
