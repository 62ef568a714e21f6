#include "server/domain/Webhooks.h"

#include "server/base/Clock.h"
#include "server/base/SecretBox.h"
#include "server/domain/ChangeLog.h"
#include "server/store/Sql.h"

#include "protocol/Crypto.h"
#include "protocol/LeadFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace leadscope::server {

namespace {

const QString kColumns = QStringLiteral(
    "org_id, id, name, kind, url, events, filter, secret, previous_secret, previous_until, cursor_seq, "
    "finished_through, failures, failing_since, paused_at, paused_reason, created_by, created_at, language, "
    "credential, credential_hint");

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

Webhooks::Destination fromRow(const QSqlQuery& q)
{
    Webhooks::Destination d;
    d.orgId = q.value(0).toString();
    d.id = q.value(1).toString();
    d.name = q.value(2).toString();
    d.kind = q.value(3).toString();
    d.url = q.value(4).toString();
    for (const QJsonValue& event : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        d.events << event.toString();
    d.filter = object(q.value(6).toString());
    d.secret = q.value(7).toString();
    d.previousSecret = q.value(8).toString();
    d.previousUntil = q.value(9).toLongLong();
    d.cursorSeq = q.value(10).toLongLong();
    d.finishedThrough = q.value(11).toLongLong();
    d.failures = q.value(12).toInt();
    d.failingSince = q.value(13).toLongLong();
    d.pausedAt = q.value(14).toLongLong();
    d.pausedReason = q.value(15).toString();
    d.createdBy = q.value(16).toString();
    d.createdAt = q.value(17).toLongLong();
    d.language = q.value(18).toString();
    d.credential = q.value(19).toString();
    d.credentialHint = q.value(20).toString();
    return d;
}

bool select(QSqlDatabase db, const QString& where, const QVariantList& binds, QList<Webhooks::Destination>* out,
            QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, u"SELECT " + kColumns + u" FROM webhooks " + where + u" ORDER BY created_at, id", binds,
                   error))
        return false;
    out->clear();
    while (query.next())
        out->append(fromRow(query));
    return true;
}

bool changed(QSqlDatabase db, const QString& sql, const QVariantList& binds, bool* found, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, sql, binds, error))
        return false;
    *found = query.numRowsAffected() > 0;
    return true;
}

} // namespace

const QStringList& Webhooks::eventTypes()
{
    static const QStringList types{QStringLiteral("rule.fired"), QStringLiteral("company.new"),
                                   QStringLiteral("visit.finished"), QStringLiteral("company.annotated")};
    return types;
}

const QStringList& Webhooks::kinds()
{
    static const QStringList kinds{QStringLiteral("webhook"), QStringLiteral("slack"), QStringLiteral("teams"),
                                   QStringLiteral("hubspot")};
    return kinds;
}

const QStringList& Webhooks::languages()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")};
    return languages;
}

std::optional<Webhooks::Draft> Webhooks::Draft::parse(const QJsonObject& json, QString* error)
{
    static const QStringList known{QStringLiteral("name"), QStringLiteral("kind"),   QStringLiteral("language"),
                                   QStringLiteral("url"),  QStringLiteral("events"), QStringLiteral("filter"),
                                   QStringLiteral("token")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: not a field of a webhook").arg(it.key());
            return std::nullopt;
        }
    }
    Draft draft;
    draft.name = json.value(QLatin1String("name")).toString().trimmed();
    if (draft.name.isEmpty() || draft.name.size() > kMaxName) {
        *error = QStringLiteral("name: give the webhook a name of 1 to %1 characters").arg(kMaxName);
        return std::nullopt;
    }
    draft.kind = json.value(QLatin1String("kind")).toString(draft.kind);
    if (!kinds().contains(draft.kind)) {
        *error = QStringLiteral("kind: %1 is not a kind of destination (%2)")
                     .arg(draft.kind, kinds().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    draft.language = json.value(QLatin1String("language")).toString(draft.language);
    if (!languages().contains(draft.language)) {
        *error = QStringLiteral("language: messages are written in %1").arg(languages().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    draft.url = json.value(QLatin1String("url")).toString().trimmed();
    const bool hubspot = draft.kind == QLatin1String("hubspot");
    if (draft.url.isEmpty() && hubspot)
        draft.url = hubSpotApi();
    const QJsonValue token = json.value(QLatin1String("token"));
    if (!token.isUndefined() && !token.isNull()) {
        draft.token = protocol::SecretBytes(token.toString().trimmed().toUtf8());
        const QByteArray& text = draft.token.bytes();
        const bool printable = std::all_of(text.cbegin(), text.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
        if (!hubspot || text.size() < 8 || text.size() > kMaxToken || !printable) {
            *error = hubspot ? QStringLiteral("token: give the HubSpot private app's access token (Settings → "
                                              "Integrations → Private apps → the app → Auth)")
                             : QStringLiteral("token: only a HubSpot destination takes a token");
            return std::nullopt;
        }
    }
    if (draft.url.isEmpty() || draft.url.size() > kMaxUrl) {
        *error = QStringLiteral("url: give the https address the events go to");
        return std::nullopt;
    }
    const QJsonValue events = json.value(QLatin1String("events"));
    for (const QJsonValue& event : events.toArray()) {
        if (!eventTypes().contains(event.toString())) {
            *error = QStringLiteral("events: %1 is not an event (%2)")
                         .arg(event.toString(), eventTypes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!draft.events.contains(event.toString()))
            draft.events << event.toString();
    }
    if (!events.isArray() || draft.events.isEmpty()) {
        *error = QStringLiteral("events: choose at least one of %1").arg(eventTypes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QJsonValue filter = json.value(QLatin1String("filter"));
    if (!filter.isUndefined() && !filter.isNull()) {
        QString why;
        if (!filter.isObject() || !protocol::LeadFilter::parse(filter.toObject(), &why)) {
            *error = QStringLiteral("filter: %1").arg(why.isEmpty() ? QStringLiteral("not a filter") : why);
            return std::nullopt;
        }
        draft.filter = filter.toObject();
    }
    return draft;
}

QStringList Webhooks::Destination::signingSecrets(qint64 nowMs) const
{
    QStringList secrets{secret};
    if (!previousSecret.isEmpty() && nowMs < previousUntil)
        secrets << previousSecret;
    return secrets;
}

QJsonObject Webhooks::Destination::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("events"), QJsonArray::fromStringList(events)},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("created_at"), Clock::iso(createdAt)},
                  {QStringLiteral("failures"), failures}};
    if (!filter.isEmpty())
        o.insert(QStringLiteral("filter"), filter);
    if (pausedAt > 0) {
        o.insert(QStringLiteral("paused_at"), Clock::iso(pausedAt));
        o.insert(QStringLiteral("paused_reason"), pausedReason);
    }
    if (!previousSecret.isEmpty() && previousUntil > 0)
        o.insert(QStringLiteral("previous_secret_until"), Clock::iso(previousUntil));
    if (!credentialHint.isEmpty())
        o.insert(QStringLiteral("token_hint"), credentialHint);
    return o;
}

QString Webhooks::refusal(const QHostAddress& address)
{
    QHostAddress a = address;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped); // also an IPv4-mapped IPv6 address
    if (mapped)
        a = QHostAddress(v4);
    if (a.isNull() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
        return QStringLiteral("an unspecified address");
    if (a.isLoopback())
        return QStringLiteral("a loopback address");
    if (a.isLinkLocal())
        return QStringLiteral("a link-local address");
    if (a.isMulticast() || a.isBroadcast())
        return QStringLiteral("a multicast or broadcast address");
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = a.toIPv4Address();
        const auto in = [ip](quint32 net, int bits) {
            return (ip >> (32 - bits)) == (net >> (32 - bits));
        };
        if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16))
            return QStringLiteral("a private address");
        if (in(0x64400000, 10))
            return QStringLiteral("a carrier-grade NAT address");
        if (in(0x00000000, 8) || in(0xC0000000, 24) || in(0xC6120000, 15) || in(0xF0000000, 4))
            return QStringLiteral("a reserved address");
        return {};
    }
    if (a.isUniqueLocalUnicast() || a.isSiteLocal())
        return QStringLiteral("a private address");
    return {};
}

bool Webhooks::acceptableUrl(const QString& url, bool allowPrivate, QString* why)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty()) {
        *why = QStringLiteral("url: events go only to an https:// address");
        return false;
    }
    if (!parsed.userInfo().isEmpty()) {
        *why = QStringLiteral("url: no user name or password in the address; the signature authenticates Leadscope");
        return false;
    }
    const QHostAddress literal(parsed.host());
    if (!literal.isNull() && !allowPrivate) {
        const QString refused = refusal(literal);
        if (!refused.isEmpty()) {
            *why = QStringLiteral("url: %1 is %2; the server's operator has not allowed such destinations")
                       .arg(parsed.host(), refused);
            return false;
        }
    }
    return true;
}

QByteArray Webhooks::testEvent(const Destination& destination, qint64 nowMs, QString* id)
{
    *id = QStringLiteral("msg_") + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject data{
        {QStringLiteral("webhook"),
         QJsonObject{{QStringLiteral("id"), destination.id}, {QStringLiteral("name"), destination.name}}},
        {QStringLiteral("message"), QStringLiteral("A test event from Leadscope: this destination is reached and can "
                                                   "check the signature.")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("webhook.test")},
                                     {QStringLiteral("timestamp"), Clock::iso(nowMs)},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QString Webhooks::newSecret()
{
    QByteArray key = protocol::Crypto::randomBytes(32);
    QString secret = QStringLiteral("whsec_") + QString::fromLatin1(key.toBase64());
    protocol::Crypto::wipe(key);
    return secret;
}

QString Webhooks::credentialContext(const QString& orgId, const QString& id)
{
    return QStringLiteral("webhook-credential/") + orgId + u'/' + id;
}

namespace {

// A HubSpot draft's token sealed for its place, with its hint; false + *error
// when there is a token and no key to seal it with.
bool sealToken(const Webhooks::Draft& draft, const SecretBox* secrets, const QString& orgId, const QString& id,
               QString* sealed, QString* hint, QString* error)
{
    if (draft.token.isEmpty())
        return true;
    if (!secrets) {
        *error = QStringLiteral("the server keeps no secrets at rest: its operator starts it with --secrets-key");
        return false;
    }
    *sealed = secrets->seal(draft.token.bytes(), Webhooks::credentialContext(orgId, id));
    *hint = QString(QChar(0x2026)) + QString::fromLatin1(draft.token.bytes().right(4));
    return true;
}

} // namespace

bool Webhooks::add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Draft& draft,
                   const SecretBox* secrets, Destination* added, QString* error)
{
    qint64 seq = 0;
    bool any = false;
    if (!ChangeLog::latestSeq(db, orgId, &seq, &any, error))
        return false;
    Destination d;
    d.orgId = orgId;
    d.id = QStringLiteral("wh-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.name = draft.name;
    d.kind = draft.kind;
    d.language = draft.language;
    d.url = draft.url;
    d.events = draft.events;
    d.filter = draft.filter;
    d.secret = newSecret();
    d.cursorSeq = seq;
    d.finishedThrough = nowMs;
    d.createdBy = userId;
    d.createdAt = nowMs;
    if (d.kind == QLatin1String("hubspot") && draft.token.isEmpty()) {
        *error = QStringLiteral("token: a HubSpot destination needs the private app's access token");
        return false;
    }
    if (!sealToken(draft, secrets, orgId, d.id, &d.credential, &d.credentialHint, error))
        return false;
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO webhooks (org_id, id, name, kind, language, url, events, filter, "
                                  "secret, cursor_seq, finished_through, created_by, created_at, credential, "
                                  "credential_hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {orgId, d.id, d.name, d.kind, d.language, d.url, compact(QJsonArray::fromStringList(d.events)),
                    d.filter.isEmpty() ? QString() : compact(d.filter), d.secret, d.cursorSeq, d.finishedThrough,
                    userId, nowMs, d.credential, d.credentialHint},
                   error))
        return false;
    *added = d;
    return true;
}

bool Webhooks::change(QSqlDatabase db, const QString& orgId, const QString& id, const Draft& draft,
                      const SecretBox* secrets, bool* found, QString* error)
{
    QString sealed;
    QString hint;
    if (!sealToken(draft, secrets, orgId, id, &sealed, &hint, error))
        return false;
    if (draft.kind != QLatin1String("hubspot")) {
        // Another kind keeps no token.
        if (!changed(db,
                     QStringLiteral("UPDATE webhooks SET credential = '', credential_hint = '' WHERE org_id = ? AND "
                                    "id = ?"),
                     {orgId, id}, found, error))
            return false;
    } else if (!sealed.isEmpty()) {
        if (!changed(db,
                     QStringLiteral("UPDATE webhooks SET credential = ?, credential_hint = ? WHERE org_id = ? AND id "
                                    "= ?"),
                     {sealed, hint, orgId, id}, found, error))
            return false;
    }
    return changed(db,
                   QStringLiteral("UPDATE webhooks SET name = ?, kind = ?, language = ?, url = ?, events = ?, "
                                  "filter = ? WHERE org_id = ? AND id = ?"),
                   {draft.name, draft.kind, draft.language, draft.url,
                    compact(QJsonArray::fromStringList(draft.events)),
                    draft.filter.isEmpty() ? QString() : compact(draft.filter), orgId, id},
                   found, error);
}

bool Webhooks::remove(QSqlDatabase db, const QString& orgId, const QString& id, bool* found, QString* error)
{
    Sql::Transaction transaction(db);
    QSqlQuery query(db);
    return Sql::exec(query, QStringLiteral("DELETE FROM webhook_deliveries WHERE org_id = ? AND webhook_id = ?"),
                     {orgId, id}, error) &&
           Sql::exec(query, QStringLiteral("DELETE FROM hubspot_companies WHERE org_id = ? AND webhook_id = ?"),
                     {orgId, id}, error) &&
           changed(db, QStringLiteral("DELETE FROM webhooks WHERE org_id = ? AND id = ?"), {orgId, id}, found, error) &&
           transaction.commit(error);
}

bool Webhooks::rotate(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, qint64 overlapMs,
                      QString* secret, bool* found, QString* error)
{
    *secret = newSecret();
    return changed(db,
                   QStringLiteral("UPDATE webhooks SET previous_secret = secret, previous_until = ?, secret = ? WHERE "
                                  "org_id = ? AND id = ?"),
                   {nowMs + qMax(qint64(0), overlapMs), *secret, orgId, id}, found, error);
}

bool Webhooks::setPaused(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, bool paused,
                         const QString& reason, bool* found, QString* error)
{
    return changed(db,
                   QStringLiteral("UPDATE webhooks SET paused_at = ?, paused_reason = ?, failures = 0, failing_since "
                                  "= 0 WHERE org_id = ? AND id = ?"),
                   {paused ? nowMs : 0, paused ? reason : QString(), orgId, id}, found, error);
}

bool Webhooks::list(QSqlDatabase db, const QString& orgId, QList<Destination>* out, QString* error)
{
    return select(db, QStringLiteral("WHERE org_id = ?"), {orgId}, out, error);
}

bool Webhooks::find(QSqlDatabase db, const QString& orgId, const QString& id, Destination* out, bool* found,
                    QString* error)
{
    QList<Destination> all;
    if (!select(db, QStringLiteral("WHERE org_id = ? AND id = ?"), {orgId, id}, &all, error))
        return false;
    *found = !all.isEmpty();
    if (*found)
        *out = all.first();
    return true;
}

bool Webhooks::active(QSqlDatabase db, QList<Destination>* out, QString* error)
{
    return select(db, QStringLiteral("WHERE paused_at = 0"), {}, out, error);
}

bool Webhooks::advance(QSqlDatabase db, const Destination& read, qint64 seq, qint64 finishedThrough, bool* moved,
                       QString* error)
{
    return changed(db,
                   QStringLiteral("UPDATE webhooks SET cursor_seq = ?, finished_through = ? WHERE org_id = ? AND id "
                                  "= ? AND cursor_seq = ? AND finished_through = ?"),
                   {seq, finishedThrough, read.orgId, read.id, read.cursorSeq, read.finishedThrough}, moved, error);
}

bool Webhooks::noteAttempt(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& id, bool delivered,
                           bool* paused, QString* error)
{
    *paused = false;
    bool found = false;
    if (delivered)
        return changed(db,
                       QStringLiteral("UPDATE webhooks SET failures = 0, failing_since = 0 WHERE org_id = ? AND id = ? "
                                      "AND failures > 0"),
                       {orgId, id}, &found, error);
    if (!changed(db,
                 QStringLiteral("UPDATE webhooks SET failures = failures + 1, failing_since = CASE WHEN failing_since "
                                "= 0 THEN ? ELSE failing_since END WHERE org_id = ? AND id = ?"),
                 {nowMs, orgId, id}, &found, error))
        return false;
    return changed(db,
                   QStringLiteral("UPDATE webhooks SET paused_at = ?, paused_reason = ? WHERE org_id = ? AND id = ? "
                                  "AND paused_at = 0 AND failures >= ? AND failing_since <= ?"),
                   {nowMs, QStringLiteral("%1 failed attempts in a row over more than a day").arg(kPauseAfterFailures),
                    orgId, id, kPauseAfterFailures, nowMs - kPauseAfterMs},
                   paused, error);
}

} // namespace leadscope::server
