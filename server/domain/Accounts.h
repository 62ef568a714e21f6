#pragma once

#include "protocol/Role.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::server {

class Store;
class Clock;

// Organisations, their websites, and their users. Used by the operator's
// command line and by the admin API alike.
class Accounts
{
public:
    struct Site
    {
        QString id;
        QString domain;
        qint64 lastHitAt = 0;         // ms; 0: no hit accepted yet
        bool recordAutomated = false; // hits of automated browsers are recorded (for testing the website)
    };
    struct Organisation
    {
        QString id;
        QString name;
        QString trackingMode;
        int retentionMonths = 13;
        QList<Site> sites;
    };
    struct User
    {
        QString id;
        QString orgId;
        QString email;
        protocol::Role role = protocol::Role::Sales;
        bool disabled = false;
        bool enrolled = false;
        qint64 createdAt = 0;

        QJsonObject toJson() const;
    };

    enum class Failure
    {
        None,
        Invalid,
        NotFound,
        Conflict,    // already in this organisation
        Unavailable, // taken elsewhere: said without saying so (no enumeration across organisations)
        LastAdmin,
        Store
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message;
        bool ok() const { return failure == Failure::None; }
    };

    Accounts(const Store& store, const Clock& clock);

    static bool isValidEmail(const QString& email);
    static std::optional<QString> normaliseDomain(const QString& domain);

    Result addOrganisation(const QString& name, const QStringList& domains, Organisation* created);
    std::optional<Organisation> organisation(const QString& orgId, QString* error) const;
    Result addSite(const QString& orgId, const QString& domain, Site* created);
    // Hits for a removed site are refused from then on (within the collector's
    // 30-second site cache); its visits stay until retention removes them.
    Result removeSite(const QString& orgId, const QString& siteId, QString* domain);
    Result setRecordAutomated(const QString& orgId, const QString& siteId, bool record, Site* changed);
    // trackingMode: legitimate-interest or consent; retention 1 to kMaxRetentionMonths.
    Result updateOrganisation(const QString& orgId, std::optional<QString> trackingMode,
                              std::optional<int> retentionMonths);
    static constexpr int kMaxRetentionMonths = 25;

    // passwordHash: an encoded Argon2id hash (PasswordHasher::hash). With
    // mustChangePassword (an admin's one-time password) the first sign-in
    // must choose a new one.
    Result addUser(const QString& orgId, const QString& email, protocol::Role role, const QString& passwordHash,
                   User* created, bool mustChangePassword = false);
    std::optional<User> user(const QString& userId, QString* error) const;
    QList<User> users(const QString& orgId, QString* error) const;
    // Whether a user id is one of the organisation's users.
    bool isMember(const QString& orgId, const QString& userId, bool* member, QString* error) const;
    // Adds `changes` to what the user downloaded through sync in the current
    // 24-hour window (a new window starts when the last is over); *windowTotal
    // is the window's total with them.
    bool addSyncedChanges(const QString& userId, qint64 nowMs, qint64 changes, qint64* windowTotal,
                          QString* error) const;
    Result updateUser(const QString& orgId, const QString& userId, std::optional<protocol::Role> role,
                      std::optional<bool> disabled, User* updated);
    // Removes the user and their sessions at once; audit rows keep the
    // action but lose the e-mail address.
    Result deleteUser(const QString& orgId, const QString& userId);
    // The personal data of one user, removed from the live store (used by
    // deleteUser and when a restore re-applies recorded erasures).
    static bool eraseUserData(QSqlDatabase db, const QString& userId, QString* error);

private:
    bool wouldRemoveLastAdmin(QSqlDatabase db, const QString& orgId, const QString& userId, QString* error) const;

    const Store& m_store;
    const Clock& m_clock;
};

} // namespace leadscope::server
