#pragma once

#include "core/cache/Cache.h"
#include "protocol/LeadFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace leadscope::core {

// The saved segments the server keeps for this user (docs/PROTOCOL.md,
// "Saved segments"): their own, personal or shared, and the team's shared
// ones — as the cache holds them after each sync, so the sidebar shows
// them offline too. Changes go to the server (AdminClient), then come back
// with the next sync.
class SharedSegments
{
public:
    struct Segment
    {
        QString id;
        QString name;
        protocol::LeadFilter filter;
        QString sharing;    // private, view, edit
        QString ownerEmail; // empty: a former colleague
        bool mine = false;
        bool canEdit = false;
        bool canDelete = false;
        bool shared() const { return sharing != QLatin1String("private"); }
        bool operator==(const Segment&) const = default;
    };

    // Replaces the whole list with the server's answer (GET /api/v1/segments).
    // False + *error on a malformed answer (the old list stays) or a write failure.
    static bool replace(Cache& cache, const QByteArray& answer, QString* error);
    // In the server's order (by name).
    static bool all(Cache& cache, QList<Segment>* segments, QString* error);
};

} // namespace leadscope::core
