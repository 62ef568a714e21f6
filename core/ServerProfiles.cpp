#include "ServerProfiles.h"

#include "ServerEndpoint.h"

#include <QSettings>

#include <algorithm>

namespace leadscope::core {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("profiles/current");
} // namespace

ServerProfiles::ServerProfiles(QSettings& settings)
    : m_settings(settings)
{
}

QString ServerProfiles::key(const QString& name)
{
    // Settings keys must not contain '/' or '\'; names may.
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QList<ServerProfile> ServerProfiles::all() const
{
    QList<ServerProfile> profiles;
    m_settings.beginGroup(kGroup);
    const QStringList groups = m_settings.childGroups();
    for (const QString& group : groups) {
        m_settings.beginGroup(group);
        ServerProfile profile{m_settings.value(QStringLiteral("name")).toString(),
                              QUrl(m_settings.value(QStringLiteral("url")).toString()),
                              m_settings.value(QStringLiteral("caFile")).toString(),
                              m_settings.value(QStringLiteral("lastEmail")).toString(),
                              m_settings.value(QStringLiteral("staySignedIn")).toBool()};
        m_settings.endGroup();
        if (!profile.name.isEmpty() && profile.url.isValid())
            profiles.append(profile);
    }
    m_settings.endGroup();
    std::sort(profiles.begin(), profiles.end(), [](const ServerProfile& a, const ServerProfile& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return profiles;
}

std::optional<ServerProfile> ServerProfiles::find(const QString& name) const
{
    for (const ServerProfile& profile : all()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QString ServerProfiles::currentName() const
{
    return m_settings.value(kCurrent).toString();
}

std::optional<ServerProfile> ServerProfiles::current() const
{
    if (auto chosen = find(currentName()))
        return chosen;
    const QList<ServerProfile> profiles = all();
    return profiles.isEmpty() ? std::nullopt : std::optional<ServerProfile>(profiles.first());
}

void ServerProfiles::setCurrent(const QString& name)
{
    m_settings.setValue(kCurrent, name);
}

QString ServerProfiles::problem(const ServerProfile& profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("Give the server a name, such as “Production”.");
    if (name.size() > kMaxNameLength)
        return tr("The name is too long; use at most %1 characters.").arg(kMaxNameLength);
    ServerEndpoint endpoint(profile.url, profile.caFile);
    QString error;
    if (!endpoint.load(&error))
        return error;
    return {};
}

QString ServerProfiles::nameFor(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

bool ServerProfiles::save(const ServerProfile& profile, QString* error, const QString& replacing)
{
    *error = problem(profile);
    if (!error->isEmpty())
        return false;
    const QString name = profile.name.trimmed();
    if (name != replacing && find(name)) {
        *error = tr("There is already a server called “%1”.").arg(name);
        return false;
    }
    if (!replacing.isEmpty() && replacing != name) {
        const bool wasCurrent = currentName() == replacing;
        remove(replacing);
        if (wasCurrent)
            setCurrent(name);
    }
    m_settings.beginGroup(kGroup + u'/' + key(name));
    m_settings.setValue(QStringLiteral("name"), name);
    m_settings.setValue(QStringLiteral("url"), profile.url.toString());
    m_settings.setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings.setValue(QStringLiteral("lastEmail"), profile.lastEmail);
    m_settings.setValue(QStringLiteral("staySignedIn"), profile.staySignedIn);
    m_settings.endGroup();
    return true;
}

void ServerProfiles::remove(const QString& name)
{
    m_settings.remove(kGroup + u'/' + key(name));
    if (currentName() == name)
        m_settings.remove(kCurrent);
}

void ServerProfiles::remember(const QString& name, const QString& email, bool staySignedIn)
{
    if (!find(name))
        return;
    m_settings.beginGroup(kGroup + u'/' + key(name));
    m_settings.setValue(QStringLiteral("lastEmail"), email);
    m_settings.setValue(QStringLiteral("staySignedIn"), staySignedIn);
    m_settings.endGroup();
}

} // namespace leadscope::core
