#pragma once

#include "protocol/Crypto.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

class SecretBox;

// An organisation's webhook destinations: where its events go (an https URL),
// which events (rule fired, new company, visit finished, company annotated),
// for which companies (the shared filter language), signed with the
// destination's own secret as the Standard Webhooks specification says. A
// secret is shown once; rotating it keeps the previous one signing beside the
// new for an overlap. Admins manage them; the webhook worker turns each
// organisation's change log into deliveries (WebhookOutbox) and sends them.
// A destination that keeps failing is paused. A HubSpot destination holds a
// private app's token instead, sealed with the operator's key (SecretBox)
// and never shown again. docs/INTEGRATIONS.md.
class Webhooks
{
public:
    static constexpr int kMaxPerOrganisation = 20;
    static constexpr int kMaxName = 80;
    static constexpr int kMaxUrl = 2000;
    // Failed attempts in a row, over at least a day, that pause a destination.
    static constexpr int kPauseAfterFailures = 20;
    static constexpr qint64 kPauseAfterMs = 24LL * 3600 * 1000;
    static constexpr qint64 kDefaultOverlapMs = 24LL * 3600 * 1000;
    static constexpr int kMaxToken = 512;
    // Where a HubSpot destination's requests go unless an admin says otherwise.
    static QString hubSpotApi() { return QStringLiteral("https://api.hubapi.com"); }

    static const QStringList& eventTypes(); // rule.fired, company.new, visit.finished, company.annotated
    // webhook (signed JSON, docs/PROTOCOL.md), slack (a Block Kit message for an
    // incoming webhook), teams (an Adaptive Card for a Teams workflow or incoming webhook),
    // hubspot (companies upserted and visit notes in a HubSpot account, HubSpotSync)
    static const QStringList& kinds();
    // What a Slack or Teams message is written in.
    static const QStringList& languages(); // en, nl, de

    // What an admin writes (strict parse; names the refused field).
    struct Draft
    {
        QString name;
        QString url;
        QStringList events;
        QJsonObject filter; // empty: every company
        QString kind = QStringLiteral("webhook");
        QString language = QStringLiteral("en"); // of a Slack or Teams message, a HubSpot note
        // A HubSpot private app's access token (add: required; change: empty keeps it). Wiped with the draft.
        protocol::SecretBytes token = {};
        static std::optional<Draft> parse(const QJsonObject& json, QString* error);
    };

    struct Destination
    {
        QString orgId;
        QString id;
        QString name;
        QString kind; // webhook, slack, teams
        QString language;
        QString url;
        QStringList events;
        QJsonObject filter;
        QString secret;
        QString previousSecret; // signs too until previousUntil
        QString credential;     // HubSpot: the token, sealed (SecretBox); empty for other kinds
        QString credentialHint; // HubSpot: the token's last characters, to tell tokens apart
        qint64 previousUntil = 0;
        qint64 cursorSeq = 0;
        qint64 finishedThrough = 0;
        int failures = 0;
        qint64 failingSince = 0;
        qint64 pausedAt = 0;
        QString pausedReason;
        QString createdBy;
        qint64 createdAt = 0;
        // The secrets that sign a delivery at `nowMs` (the previous one during its overlap).
        QStringList signingSecrets(qint64 nowMs) const;
        // Never the secrets.
        QJsonObject toJson() const;
    };

    // Why an address may not receive webhooks (loopback, private, link-local,
    // …), or empty: a public address. Checked when a destination is written
    // (an address in the URL) and again at each send, for every address its
    // name resolves to (DNS rebinding).
    static QString refusal(const QHostAddress& address);
    // Whether the URL may be a destination: https, a host, no credentials; an
    // IP literal must be public unless `allowPrivate`.
    static bool acceptableUrl(const QString& url, bool allowPrivate, QString* why);

    // "webhook.test", what an admin sends to see the destination answer: its
    // payload, and a fresh id in *id.
    static QByteArray testEvent(const Destination& destination, qint64 nowMs, QString* id);

    // A fresh secret: "whsec_" + base64 of 32 random bytes.
    static QString newSecret();

    // Adds a destination whose events start now (nothing before it is sent).
    // A HubSpot destination's token is sealed with `secrets` (required for one).
    static bool add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Draft& draft,
                    const SecretBox* secrets, Destination* added, QString* error);
    static bool change(QSqlDatabase db, const QString& orgId, const QString& id, const Draft& draft,
                       const SecretBox* secrets, bool* found, QString* error);
    // What a HubSpot token is sealed for: its organisation and destination.
    static QString credentialContext(const QString& orgId, const QString& id);
    // Removes it and what it had not delivered.
    static bool remove(QSqlDatabase db, const QString& orgId, const QString& id, bool* found, QString* error);
    static bool rotate(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, qint64 overlapMs,
                       QString* secret, bool* found, QString* error);
    // Paused by the worker (`reason`) or an admin; resuming clears the failures.
    static bool setPaused(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, bool paused,
                          const QString& reason, bool* found, QString* error);

    static bool list(QSqlDatabase db, const QString& orgId, QList<Destination>* out, QString* error);
    static bool find(QSqlDatabase db, const QString& orgId, const QString& id, Destination* out, bool* found,
                     QString* error);
    // Every destination that is not paused, of every organisation (the worker's round).
    static bool active(QSqlDatabase db, QList<Destination>* out, QString* error);

    // The worker turned the change log up to `seq` and the visits that ended
    // up to `finishedThrough` into deliveries: false in *moved when another
    // server did first (compare-and-set on what it read).
    static bool advance(QSqlDatabase db, const Destination& read, qint64 seq, qint64 finishedThrough, bool* moved,
                        QString* error);
    // After an attempt: a success clears the failures; a failure counts, and
    // pauses the destination past the threshold (*paused).
    static bool noteAttempt(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, bool delivered,
                            bool* paused, QString* error);
};

} // namespace leadscope::server
