#pragma once

#include "core/cache/Cache.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace leadscope::core {

// The organisation's people as the cache keeps them (GET /api/v1/team, fetched
// at the end of each complete sync): assignees show and sort by name, and a
// lead can be handed to any active colleague, offline too.
class Team
{
public:
    struct Member
    {
        QString id;
        QString email;
        QString name; // empty: the e-mail address is the name
        QString role;
        bool disabled = false;
        QString displayName() const { return name.isEmpty() ? email : name; }
    };

    // Replaces the whole list with the server's answer. False + *error on a
    // malformed answer (the old list stays) or a write failure.
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // The name a member of `alias` (the team table) shows by, as SQL: the
    // same rule as Member::displayName, for queries that join the team.
    static QString nameSql(const QString& alias);
    // Everyone, by name; disabled accounts only when asked (an old assignment's name).
    static bool members(Cache& cache, bool includeDisabled, QList<Member>* result, QString* error);
    // The name `id` shows by; the id itself when the team list does not know it.
    static bool nameOf(Cache& cache, const QString& id, QString* name, QString* error);
};

} // namespace leadscope::core
