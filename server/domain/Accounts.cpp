#include "server/domain/Accounts.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"
#include "server/store/Store.h"

#include "protocol/Crypto.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace leadscope::server {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Accounts::User userFromRow(const QSqlQuery& q)
{
    Accounts::User user;
    user.id = q.value(0).toString();
    user.orgId = q.value(1).toString();
    user.email = q.value(2).toString();
    user.role = protocol::roleFromName(q.value(3).toString()).value_or(protocol::Role::Sales);
    user.disabled = q.value(4).toInt() != 0;
    user.enrolled = q.value(5).toInt() != 0;
    user.createdAt = q.value(6).toLongLong();
    return user;
}

const QStringList& userErasureStatements()
{
    static const QStringList statements{
        QStringLiteral("DELETE FROM tokens WHERE session_id IN (SELECT id FROM sessions WHERE user_id = ?)"),
        QStringLiteral("DELETE FROM sessions WHERE user_id = ?"),
        QStringLiteral("DELETE FROM mfa_challenges WHERE user_id = ?"),
        QStringLiteral("UPDATE audit_log SET actor_email = NULL WHERE actor_id = ?"),
        QStringLiteral("UPDATE dpa_acceptances SET user_email = '(removed user)', user_id = NULL WHERE user_id = ?"),
        // Personal segments go with their owner; shared ones stay with the team.
        QStringLiteral("DELETE FROM segments WHERE owner_id = ? AND sharing = 'private'"),
        QStringLiteral("DELETE FROM users WHERE id = ?"),
    };
    return statements;
}

const QString kUserColumns = QStringLiteral("id, org_id, email, role, disabled, totp_enrolled, created_at");

Accounts::Result fail(Accounts::Failure failure, const QString& message)
{
    return Accounts::Result{failure, message};
}
} // namespace

QJsonObject Accounts::User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), protocol::roleName(role)},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("mfa_enrolled"), enrolled},
        {QStringLiteral("created_at"), Clock::iso(createdAt)},
    };
}

Accounts::Accounts(const Store& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool Accounts::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

std::optional<QString> Accounts::normaliseDomain(const QString& domain)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(domain.trimmed().toLower()));
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$)"));
    if (ace.isEmpty() || ace.size() > 253 || !pattern.match(ace).hasMatch())
        return std::nullopt;
    return ace;
}

Accounts::Result Accounts::addOrganisation(const QString& name, const QStringList& domains, Organisation* created)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return fail(Failure::Invalid, QStringLiteral("An organisation needs a name of 1 to 200 characters."));
    QStringList normalised;
    for (const QString& domain : domains) {
        const auto d = normaliseDomain(domain);
        if (!d)
            return fail(Failure::Invalid, QStringLiteral("\"%1\" is not a domain name.").arg(domain));
        normalised << *d;
    }
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    Organisation org;
    org.id = newId();
    org.name = name.trimmed();
    org.trackingMode = QStringLiteral("legitimate-interest");
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO organisations (id, name, visitor_secret, created_at) VALUES (?, ?, ?, ?)"),
            {org.id, org.name, protocol::Crypto::randomBytes(32), m_clock.nowMs()}, &error))
        return fail(Failure::Store, error);
    for (const QString& domain : normalised) {
        Site site{newId(), domain};
        if (!Sql::exec(query, QStringLiteral("INSERT INTO sites (id, org_id, domain, created_at) VALUES (?, ?, ?, ?)"),
                       {site.id, org.id, domain, m_clock.nowMs()}, &error))
            return fail(Failure::Conflict, QStringLiteral("The domain %1 is already registered.").arg(domain));
        org.sites << site;
    }
    if (!transaction.commit(&error))
        return fail(Failure::Store, error);
    *created = org;
    return {};
}

Accounts::Result Accounts::addSite(const QString& orgId, const QString& domain, Site* created)
{
    const auto d = normaliseDomain(domain);
    if (!d)
        return fail(Failure::Invalid, QStringLiteral("\"%1\" is not a domain name.").arg(domain));
    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    QString error;
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT org_id FROM sites WHERE domain = ?"), {*d}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (found && row[0].toString() == orgId)
        return fail(Failure::Conflict, QStringLiteral("%1 is one of your websites already.").arg(*d));
    // Another organisation's (or taken meanwhile): the same words either way, naming nobody.
    const auto unavailable = [&] {
        return fail(Failure::Unavailable,
                    QStringLiteral("The domain %1 cannot be added. If your organisation owns it, contact support to "
                                   "have it verified.")
                        .arg(*d));
    };
    if (found)
        return unavailable();
    Site site{newId(), *d};
    if (!Sql::exec(query, QStringLiteral("INSERT INTO sites (id, org_id, domain, created_at) VALUES (?, ?, ?, ?)"),
                   {site.id, orgId, *d, m_clock.nowMs()}, &error))
        return unavailable();
    *created = site;
    return {};
}

Accounts::Result Accounts::removeSite(const QString& orgId, const QString& siteId, QString* domain)
{
    QSqlQuery query(m_store.connection());
    QString error;
    if (!Sql::exec(query, QStringLiteral("DELETE FROM sites WHERE id = ? AND org_id = ? RETURNING domain"),
                   {siteId, orgId}, &error))
        return fail(Failure::Store, error);
    if (!query.next())
        return fail(Failure::NotFound, QStringLiteral("There is no such website."));
    *domain = query.value(0).toString();
    return {};
}

Accounts::Result Accounts::setRecordAutomated(const QString& orgId, const QString& siteId, bool record, Site* changed)
{
    QSqlQuery query(m_store.connection());
    QString error;
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE sites SET record_automated = ? WHERE id = ? AND org_id = ? "
                                  "RETURNING id, domain, last_hit_at, record_automated"),
                   {record ? 1 : 0, siteId, orgId}, &error))
        return fail(Failure::Store, error);
    if (!query.next())
        return fail(Failure::NotFound, QStringLiteral("There is no such website."));
    *changed = Site{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                    query.value(3).toInt() != 0};
    return {};
}

Accounts::Result Accounts::updateOrganisation(const QString& orgId, std::optional<QString> trackingMode,
                                              std::optional<int> retentionMonths)
{
    if (trackingMode && *trackingMode != QLatin1String("legitimate-interest") &&
        *trackingMode != QLatin1String("consent"))
        return fail(Failure::Invalid, QStringLiteral("\"tracking_mode\" must be legitimate-interest or consent."));
    if (retentionMonths && (*retentionMonths < 1 || *retentionMonths > kMaxRetentionMonths))
        return fail(Failure::Invalid,
                    QStringLiteral("\"retention_months\" must be from 1 to %1.").arg(kMaxRetentionMonths));
    QSqlQuery query(m_store.connection());
    QString error;
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE organisations SET tracking_mode = coalesce(?, tracking_mode), "
                                  "retention_months = coalesce(?, retention_months) WHERE id = ?"),
                   {trackingMode ? QVariant(*trackingMode) : QVariant(QMetaType::fromType<QString>()),
                    retentionMonths ? QVariant(*retentionMonths) : QVariant(QMetaType::fromType<int>()), orgId},
                   &error))
        return fail(Failure::Store, error);
    if (query.numRowsAffected() != 1)
        return fail(Failure::NotFound, QStringLiteral("There is no such organisation."));
    return {};
}

std::optional<Accounts::Organisation> Accounts::organisation(const QString& orgId, QString* error) const
{
    QSqlDatabase db = m_store.connection();
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(
            db, QStringLiteral("SELECT id, name, tracking_mode, retention_months FROM organisations WHERE id = ?"),
            {orgId}, &row, &found, error) ||
        !found)
        return std::nullopt;
    Organisation org{row[0].toString(), row[1].toString(), row[2].toString(), row[3].toInt(), {}};
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, domain, last_hit_at, record_automated FROM sites WHERE org_id = ? "
                                  "ORDER BY domain"),
                   {orgId}, error))
        return std::nullopt;
    while (query.next())
        org.sites << Site{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                          query.value(3).toInt() != 0};
    return org;
}

Accounts::Result Accounts::addUser(const QString& orgId, const QString& email, protocol::Role role,
                                   const QString& passwordHash, User* created, bool mustChangePassword)
{
    const QString normalised = email.trimmed().toLower();
    if (!isValidEmail(normalised))
        return fail(Failure::Invalid, QStringLiteral("\"%1\" is not an e-mail address.").arg(email));
    QSqlDatabase db = m_store.connection();
    QString error;
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db, QStringLiteral("SELECT id FROM organisations WHERE id = ?"), {orgId}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (!found)
        return fail(Failure::NotFound, QStringLiteral("There is no organisation %1.").arg(orgId));
    if (!Sql::fetchOne(db, QStringLiteral("SELECT org_id FROM users WHERE email = ?"), {normalised}, &row, &found,
                       &error))
        return fail(Failure::Store, error);
    if (found && row[0].toString() == orgId)
        return fail(Failure::Conflict, QStringLiteral("%1 is a user of your organisation already.").arg(normalised));
    if (found)
        return fail(Failure::Unavailable,
                    QStringLiteral("%1 cannot be used for a new account. Ask the person for another work address, "
                                   "or contact support.")
                        .arg(normalised));
    User user;
    user.id = newId();
    user.orgId = orgId;
    user.email = normalised;
    user.role = role;
    user.createdAt = m_clock.nowMs();
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO users (id, org_id, email, role, password_hash, created_at, "
                                  "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {user.id, orgId, normalised, protocol::roleName(role), passwordHash, user.createdAt,
                    mustChangePassword ? 1 : 0},
                   &error))
        return fail(Failure::Unavailable, QStringLiteral("%1 cannot be used for a new account. Ask the person for "
                                                         "another work address, or contact support.")
                                              .arg(normalised));
    *created = user;
    return {};
}

std::optional<Accounts::User> Accounts::user(const QString& userId, QString* error) const
{
    QSqlQuery query(m_store.connection());
    if (!Sql::exec(query, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE id = ?"),
                   {userId}, error) ||
        !query.next())
        return std::nullopt;
    return userFromRow(query);
}

QList<Accounts::User> Accounts::users(const QString& orgId, QString* error) const
{
    QList<User> out;
    QSqlQuery query(m_store.connection());
    if (!Sql::exec(query,
                   QStringLiteral("SELECT ") + kUserColumns +
                       QStringLiteral(" FROM users WHERE org_id = ? ORDER BY email"),
                   {orgId}, error))
        return out;
    while (query.next())
        out << userFromRow(query);
    return out;
}

bool Accounts::wouldRemoveLastAdmin(QSqlDatabase db, const QString& orgId, const QString& userId, QString* error) const
{
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT COUNT(*) FROM users WHERE org_id = ? AND role = 'admin' AND disabled = 0 "
                                      "AND id <> ?"),
                       {orgId, userId}, &row, &found, error))
        return true;
    return row.value(0).toInt() == 0;
}

Accounts::Result Accounts::updateUser(const QString& orgId, const QString& userId, std::optional<protocol::Role> role,
                                      std::optional<bool> disabled, User* updated)
{
    QString error;
    const auto current = user(userId, &error);
    if (!current || current->orgId != orgId)
        return fail(Failure::NotFound, QStringLiteral("There is no such user in this organisation."));
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    const bool losesAdmin = current->role == protocol::Role::Admin && !current->disabled &&
                            ((role && *role != protocol::Role::Admin) || (disabled && *disabled));
    if (losesAdmin && wouldRemoveLastAdmin(db, orgId, userId, &error))
        return fail(Failure::LastAdmin, QStringLiteral("An organisation needs at least one active admin."));
    QSqlQuery query(db);
    if (role && !Sql::exec(query, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                           {protocol::roleName(*role), userId}, &error))
        return fail(Failure::Store, error);
    if (disabled) {
        if (!Sql::exec(query, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {*disabled ? 1 : 0, userId},
                       &error))
            return fail(Failure::Store, error);
        // A disabled user is signed out everywhere at once.
        if (*disabled &&
            !Sql::exec(query, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ?"), {userId}, &error))
            return fail(Failure::Store, error);
    }
    if (!transaction.commit(&error))
        return fail(Failure::Store, error);
    *updated = user(userId, &error).value_or(*current);
    return {};
}

bool Accounts::eraseUserData(QSqlDatabase db, const QString& userId, QString* error)
{
    QSqlQuery query(db);
    for (const QString& statement : userErasureStatements()) {
        if (!Sql::exec(query, statement, {userId}, error))
            return false;
    }
    return true;
}

Accounts::Result Accounts::deleteUser(const QString& orgId, const QString& userId)
{
    QString error;
    const auto current = user(userId, &error);
    if (!current || current->orgId != orgId)
        return fail(Failure::NotFound, QStringLiteral("There is no such user in this organisation."));
    QSqlDatabase db = m_store.connection();
    Sql::Transaction transaction(db);
    if (current->role == protocol::Role::Admin && !current->disabled && wouldRemoveLastAdmin(db, orgId, userId, &error))
        return fail(Failure::LastAdmin, QStringLiteral("An organisation needs at least one active admin."));
    QSqlQuery query(db);
    if (!eraseUserData(db, userId, &error))
        return fail(Failure::Store, error);
    // Remembered outside any backup's reach: a restore re-applies it.
    if (!Sql::exec(query, QStringLiteral("INSERT INTO erasures (at, kind, subject_id) VALUES (?, 'user', ?)"),
                   {m_clock.nowMs(), userId}, &error))
        return fail(Failure::Store, error);
    if (!transaction.commit(&error))
        return fail(Failure::Store, error);
    return {};
}

bool Accounts::isMember(const QString& orgId, const QString& userId, bool* member, QString* error) const
{
    QVariantList row;
    return Sql::fetchOne(m_store.connection(), QStringLiteral("SELECT 1 FROM users WHERE id = ? AND org_id = ?"),
                         {userId, orgId}, &row, member, error);
}

bool Accounts::addSyncedChanges(const QString& userId, qint64 nowMs, qint64 changes, qint64* windowTotal,
                                QString* error) const
{
    const qint64 dayAgo = nowMs - 24 * 3600'000LL;
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(m_store.connection(),
                       QStringLiteral("UPDATE users SET "
                                      "sync_window_changes = CASE WHEN sync_window_start <= ? THEN ? "
                                      "ELSE sync_window_changes + ? END, "
                                      "sync_window_start = CASE WHEN sync_window_start <= ? THEN ? "
                                      "ELSE sync_window_start END "
                                      "WHERE id = ? RETURNING sync_window_changes"),
                       {dayAgo, changes, changes, dayAgo, nowMs, userId}, &row, &found, error))
        return false;
    *windowTotal = found ? row[0].toLongLong() : 0;
    return true;
}

} // namespace leadscope::server
