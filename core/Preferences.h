#pragma once

#include <QDate>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <chrono>

namespace leadscope::core {

// One user setting: its QSettings key and default, declared once (below) and
// read and written through here, never by spelling the key again.
template <typename T>
class Preference
{
public:
    Preference(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }
    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

// The desktop client's settings (Settings → General and the window's own state).
class Preferences
{
public:
    static Preference<QString> theme() { return {QStringLiteral("appearance/theme"), QStringLiteral("system")}; }
    // A language code (en, nl, de); empty: the system's. Applied at start.
    static Preference<QString> language() { return {QStringLiteral("appearance/language"), QString()}; }
    static Preference<bool> notifyNewCompanies() { return {QStringLiteral("notifications/newCompanies"), true}; }
    static Preference<bool> notifyWatched() { return {QStringLiteral("notifications/watched"), true}; }
    static Preference<bool> notifyRules() { return {QStringLiteral("notifications/rules"), true}; }
    // 0: never; otherwise 1–240 minutes.
    static Preference<int> idleLockMinutes() { return {QStringLiteral("security/idleLockMinutes"), 15}; }
    // 1–120 minutes.
    static Preference<int> syncIntervalMinutes() { return {QStringLiteral("sync/intervalMinutes"), 5}; }
    // The months of visits the local copy keeps (3–36; older ones stay on the server, docs/SCALING.md).
    static Preference<int> cacheMonths() { return {QStringLiteral("sync/cacheMonths"), 12}; }
    static Preference<QByteArray> windowGeometry() { return {QStringLiteral("mainWindow/geometry"), QByteArray()}; }

    // The two intervals with their ranges applied (a hand-edited file cannot set 0 or a year).
    static std::chrono::minutes idleLock()
    {
        const int minutes = idleLockMinutes().value();
        return minutes <= 0 ? std::chrono::minutes(0) : std::chrono::minutes(qBound(1, minutes, 240));
    }
    static std::chrono::minutes syncInterval()
    {
        return std::chrono::minutes(qBound(1, syncIntervalMinutes().value(), 120));
    }
    static constexpr int kMinCacheMonths = 3;
    static constexpr int kMaxCacheMonths = 36;
    // The first day (UTC) of the window of months the local copy keeps, as of `today`.
    static QDate cacheWindowStart(const QDate& today)
    {
        return today.addMonths(-qBound(kMinCacheMonths, cacheMonths().value(), kMaxCacheMonths));
    }
};

} // namespace leadscope::core
