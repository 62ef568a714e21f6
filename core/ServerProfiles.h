#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace leadscope::core {

// One server the user works with: where it is, which certificate authority
// file (if any) it is trusted through, and the last e-mail used there. No
// secret is ever part of a profile.
struct ServerProfile
{
    QString name;
    QUrl url;
    QString caFile;
    QString lastEmail;
    bool staySignedIn = false;

    bool operator==(const ServerProfile&) const = default;
};

// The server profiles in the application settings (e.g. "Production" and
// "Test"), and which one is in use.
class ServerProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfiles)

public:
    static constexpr int kMaxNameLength = 64;

    explicit ServerProfiles(QSettings& settings);

    QList<ServerProfile> all() const; // by name
    std::optional<ServerProfile> find(const QString& name) const;
    std::optional<ServerProfile> current() const;
    QString currentName() const;
    void setCurrent(const QString& name);

    // Adds or replaces the profile called profile.name (after renaming,
    // pass the old name as `replacing`). False + a translated *error when
    // the name, address or CA file is not usable.
    bool save(const ServerProfile& profile, QString* error, const QString& replacing = {});
    void remove(const QString& name);
    // After a sign-in: the e-mail address and the "stay signed in" choice.
    void remember(const QString& name, const QString& email, bool staySignedIn);

    // A translated reason why the profile cannot be saved, or empty.
    static QString problem(const ServerProfile& profile);
    // A name for a server given on the command line: its host.
    static QString nameFor(const QUrl& url);

private:
    static QString key(const QString& name);

    QSettings& m_settings;
};

} // namespace leadscope::core
