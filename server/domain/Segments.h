#pragma once

#include "protocol/LeadFilter.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace leadscope::server {

// Saved segments kept by the server: a named filter (the filter language,
// docs/FILTERS.md) owned by one user, personal or shared with the team —
// to look at ("view") or to change as well ("edit"). Only the owner shares,
// unshares or renames the sharing; the owner or an admin deletes. A user
// sees their own and the team's shared ones, on every desktop they use.
class Segments
{
public:
    static constexpr int kMaxPerUser = 100;
    static constexpr int kMaxPerOrganisation = 1000;
    static constexpr int kMaxName = 80;

    enum class Sharing
    {
        Private,
        View,
        Edit
    };
    static QString sharingName(Sharing sharing);
    static std::optional<Sharing> sharingFromName(const QString& name);

    struct Segment
    {
        QString id;
        QString name;
        protocol::LeadFilter filter;
        Sharing sharing = Sharing::Private;
        QString ownerId;
        QString ownerEmail; // empty: the owner's account was removed
        qint64 updatedAt = 0;
    };
    // Who asks: what they may do with a segment follows from it.
    struct Viewer
    {
        QString orgId;
        QString userId;
        bool admin = false;
    };
    static bool canEdit(const Segment& segment, const Viewer& viewer);
    static bool canDelete(const Segment& segment, const Viewer& viewer);
    // The JSON clients get (docs/PROTOCOL.md), with what this viewer may do.
    static QJsonObject toJson(const Segment& segment, const Viewer& viewer);

    enum class Failure
    {
        None,
        Invalid,   // a name that is empty or too long
        NotFound,  // not there, or not visible to this user
        Forbidden, // visible, but not theirs to change that way
        Conflict,  // the owner has a segment of that name
        Limit,
        Store
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message;
        bool ok() const { return failure == Failure::None; }
    };

    // Those the viewer sees, by name.
    static bool visible(QSqlDatabase db, const Viewer& viewer, QList<Segment>* segments, QString* error);
    static Result add(QSqlDatabase db, qint64 nowMs, const Viewer& viewer, const QString& name,
                      const protocol::LeadFilter& filter, Sharing sharing, Segment* added);
    // Each change given is applied, if the viewer may: name and filter (owner
    // or editor), sharing (owner).
    struct Change
    {
        std::optional<QString> name;
        std::optional<protocol::LeadFilter> filter;
        std::optional<Sharing> sharing;
    };
    static Result change(QSqlDatabase db, qint64 nowMs, const Viewer& viewer, const QString& id, const Change& change,
                         Segment* changed);
    static Result remove(QSqlDatabase db, const Viewer& viewer, const QString& id, Segment* removed);

private:
    static Result find(QSqlDatabase db, const Viewer& viewer, const QString& id, Segment* segment);
};

} // namespace leadscope::server
