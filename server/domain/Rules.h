#pragma once

#include "protocol/LeadFilter.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace leadscope::server {

// An organisation's rules (Leadinfo calls them triggers): a filter over the
// company and the visit being recorded (the filter language, one that fits a
// rule) and what to do when it holds — add tags, set the status, assign
// (round-robin over several colleagues), notify colleagues. Managers and
// admins write them; everybody in the organisation reads them. The server
// runs them as visits are recorded (RuleEngine). docs/RULES.md.
class Rules
{
public:
    static constexpr int kDefaultMaxPerOrganisation = 50;
    static constexpr int kMaxName = 80;
    static constexpr int kMaxTags = 10;
    static constexpr int kMaxPeople = 50;

    struct Actions
    {
        QStringList addTags;
        QString status;       // empty: leave it
        QStringList assignTo; // user ids; several: round-robin. Only a company nobody has yet.
        QStringList notify;   // user ids
        bool operator==(const Actions&) const = default;
        bool isEmpty() const { return *this == Actions{}; }
        QJsonObject toJson() const;
        // Strict; names the field it refuses ("actions.status").
        static std::optional<Actions> parse(const QJsonObject& json, QString* error);
        // Every user id the actions name.
        QStringList people() const;
    };

    struct Rule
    {
        QString id;
        QString name;
        protocol::LeadFilter filter;
        Actions actions;
        bool enabled = true;
        QString createdBy;
        qint64 updatedAt = 0;
        QString updatedBy;
        qint64 assigned = 0; // how many companies it assigned (the round-robin's turn)
    };
    static QJsonObject toJson(const Rule& rule);

    enum class Failure
    {
        None,
        Invalid,
        NotFound,
        Conflict, // a rule of that name exists
        Limit,
        Store
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message;
        bool ok() const { return failure == Failure::None; }
    };

    static bool list(QSqlDatabase db, const QString& orgId, QList<Rule>* rules, QString* error);
    static Result add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Rule& rule,
                      int maxPerOrganisation, Rule* added);
    struct Change
    {
        std::optional<QString> name;
        std::optional<protocol::LeadFilter> filter;
        std::optional<Actions> actions;
        std::optional<bool> enabled;
    };
    static Result change(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const QString& id,
                         const Change& change, Rule* changed);
    static Result remove(QSqlDatabase db, const QString& orgId, const QString& id, Rule* removed);

    // The organisation's enabled rules, read once per change of its rules
    // (a version on the organisation; shared between the writers).
    using Active = std::shared_ptr<const QList<Rule>>;
    static bool active(QSqlDatabase db, const QString& orgId, Active* rules, QString* error);

    // A rule's checks before it is stored: a name, a filter that fits a rule,
    // at least one action. Empty when fine.
    static QString problem(const Rule& rule);

    // The next colleague a rule assigns to, and the turn taken (inside the
    // caller's transaction).
    static bool takeTurn(QSqlDatabase db, const QString& orgId, const Rule& rule, QString* userId, QString* error);

private:
    static Result find(QSqlDatabase db, const QString& orgId, const QString& id, Rule* rule);
    static bool bumpVersion(QSqlDatabase db, const QString& orgId, QString* error);
};

} // namespace leadscope::server
