#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

// How each user wants to hear about leads by e-mail: a message per rule alert
// (rules that notify them), a daily or weekly digest at a local hour on chosen
// weekdays, quiet hours in which alerts wait, and the language and time zone
// the mail is written in. Tray notifications are the desktop's own setting.
// docs/ALERTS.md.
class AlertPreferences
{
public:
    enum class Digest
    {
        Off,
        Daily,
        Weekly
    };

    struct Prefs
    {
        QString userId;
        QString orgId;
        bool emailAlerts = false;
        Digest digest = Digest::Off;
        int digestHour = 8;
        int digestDays = 0x1f; // bit 0 = Monday … bit 6 = Sunday; weekly: exactly one
        int quietFrom = -1;    // local hours [from, to), wrapping midnight; -1: none
        int quietTo = -1;
        QString language = QStringLiteral("en");
        QString timeZone = QStringLiteral("UTC");
        qint64 digestThrough = 0; // the last digest time queued
        qint64 updatedAt = 0;

        QJsonObject toJson() const;
        // Strict over the fields present (the others keep this object's values);
        // names the field it refuses ("digest_hour").
        bool merge(const QJsonObject& json, QString* error);

        // The latest digest time at or before nowMs (0: never), in the user's zone.
        qint64 lastDigestAtOrBefore(qint64 nowMs) const;
        // Where the digest due at `slot` starts: the previous digest time.
        qint64 digestPeriodStart(qint64 slot) const;
        // nowMs, or the end of the quiet hours when nowMs falls inside them.
        qint64 outsideQuietHours(qint64 nowMs) const;
    };
    static const QStringList& languages();
    static QString digestName(Digest digest);

    // A user's preferences (defaults when never saved).
    static bool read(QSqlDatabase db, const QString& orgId, const QString& userId, Prefs* prefs, QString* error);
    static bool write(QSqlDatabase db, qint64 nowMs, const Prefs& prefs, QString* error);
    // Everyone with a digest on.
    static bool withDigest(QSqlDatabase db, QList<Prefs>* prefs, QString* error);
    // Marks the digest at `slot` taken if nobody took it since `seen` (several
    // servers may share a store); *taken says whether this call did.
    static bool takeDigest(QSqlDatabase db, const Prefs& prefs, qint64 slot, bool* taken, QString* error);
};

} // namespace leadscope::server
