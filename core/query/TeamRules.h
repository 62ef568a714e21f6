#pragma once

#include "core/cache/Cache.h"
#include "protocol/LeadFilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace leadscope::core {

// The organisation's rules as the cache holds them after each sync (GET
// /api/v1/rules), and what they did: each firing on a visit with why it
// fired and what it changed, in the words the profile shows ("Rule “Pricing
// visitors” fired: visited /prijzen, 3 pages"). docs/RULES.md.
class TeamRules
{
    Q_DECLARE_TR_FUNCTIONS(TeamRules)

public:
    struct Actions
    {
        QStringList addTags;
        QString status;
        QStringList assignTo;
        QStringList notify;
        bool operator==(const Actions&) const = default;
        QJsonObject toJson() const;
        static Actions fromJson(const QJsonObject& json);
    };
    struct Rule
    {
        QString id;
        QString name;
        protocol::LeadFilter filter;
        Actions actions;
        bool enabled = true;
        bool operator==(const Rule&) const = default;
    };
    struct Firing
    {
        QString id;
        QString ruleId;
        QString ruleName;
        QString companyId;
        QString visitId;
        qint64 at = 0;
        QJsonObject why;
        QJsonObject did;
    };

    // Replaces the whole list with the server's answer. False + *error on a
    // malformed answer (the old list stays) or a write failure.
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    static bool all(Cache& cache, QList<Rule>* rules, QString* error);
    // What rules did on a company, newest first.
    static bool firingsOf(Cache& cache, const QString& companyId, QList<Firing>* firings, QString* error);
    // How often each rule fired in the last `days` days (rule id → firings).
    static bool firingCounts(Cache& cache, qint64 sinceMs, QHash<QString, qint64>* counts, QString* error);

    // Why a rule fired, in words: "visited /prijzen, 3 pages, first visit".
    static QString reasons(const QJsonObject& why);
    // What it did, in words; `nameOf` turns a user id into a name.
    static QString effects(const QJsonObject& did, const std::function<QString(const QString&)>& nameOf);
};

} // namespace leadscope::core
