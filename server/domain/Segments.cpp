#include "server/domain/Segments.h"

#include "server/base/Clock.h"
#include "server/store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace leadscope::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.name, s.filter, s.sharing, s.owner_id, coalesce(u.email, ''), s.updated_at FROM segments s "
    "LEFT JOIN users u ON u.id = s.owner_id WHERE s.org_id = ? AND (s.owner_id = ? OR s.sharing <> 'private')");

Segments::Segment fromRow(const QSqlQuery& query)
{
    Segments::Segment segment;
    segment.id = query.value(0).toString();
    segment.name = query.value(1).toString();
    // Written by this server after a strict parse: read back leniently.
    segment.filter = protocol::LeadFilter::fromJson(query.value(2).toString().toUtf8());
    segment.sharing = Segments::sharingFromName(query.value(3).toString()).value_or(Segments::Sharing::Private);
    segment.ownerId = query.value(4).toString();
    segment.ownerEmail = query.value(5).toString();
    segment.updatedAt = query.value(6).toLongLong();
    return segment;
}

Segments::Result fail(Segments::Failure failure, const QString& message)
{
    return {failure, message};
}

QString validName(const QString& name, QString* problem)
{
    QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        *problem = QStringLiteral("A segment needs a name.");
    else if (trimmed.size() > Segments::kMaxName)
        *problem = QStringLiteral("A segment's name has at most %1 characters.").arg(Segments::kMaxName);
    return trimmed;
}

// Whether the owner already has another segment of this name.
bool nameTaken(QSqlDatabase db, const QString& orgId, const QString& ownerId, const QString& name,
               const QString& except, bool* taken, QString* error)
{
    QVariantList row;
    return Sql::fetchOne(db,
                         QStringLiteral("SELECT 1 FROM segments WHERE org_id = ? AND owner_id = ? AND name = ? AND "
                                        "id <> ?"),
                         {orgId, ownerId, name, except}, &row, taken, error);
}

} // namespace

QString Segments::sharingName(Sharing sharing)
{
    switch (sharing) {
    case Sharing::View:
        return QStringLiteral("view");
    case Sharing::Edit:
        return QStringLiteral("edit");
    case Sharing::Private:
        break;
    }
    return QStringLiteral("private");
}

std::optional<Segments::Sharing> Segments::sharingFromName(const QString& name)
{
    for (const Sharing sharing : {Sharing::Private, Sharing::View, Sharing::Edit}) {
        if (sharingName(sharing) == name)
            return sharing;
    }
    return std::nullopt;
}

bool Segments::canEdit(const Segment& segment, const Viewer& viewer)
{
    return segment.ownerId == viewer.userId || segment.sharing == Sharing::Edit;
}

bool Segments::canDelete(const Segment& segment, const Viewer& viewer)
{
    return segment.ownerId == viewer.userId || (viewer.admin && segment.sharing != Sharing::Private);
}

QJsonObject Segments::toJson(const Segment& segment, const Viewer& viewer)
{
    return {
        {QStringLiteral("id"), segment.id},
        {QStringLiteral("name"), segment.name},
        {QStringLiteral("filter"), segment.filter.toJsonObject()},
        {QStringLiteral("sharing"), sharingName(segment.sharing)},
        {QStringLiteral("owner"),
         QJsonObject{
             {QStringLiteral("id"), segment.ownerId},
             {QStringLiteral("email"), segment.ownerEmail.isEmpty() ? QJsonValue() : QJsonValue(segment.ownerEmail)}}},
        {QStringLiteral("mine"), segment.ownerId == viewer.userId},
        {QStringLiteral("can_edit"), canEdit(segment, viewer)},
        {QStringLiteral("can_delete"), canDelete(segment, viewer)},
        {QStringLiteral("updated_at"), Clock::iso(segment.updatedAt)},
    };
}

bool Segments::visible(QSqlDatabase db, const Viewer& viewer, QList<Segment>* segments, QString* error)
{
    QSqlQuery query(db);
    if (!Sql::exec(query, kSelect + QStringLiteral(" ORDER BY s.name, s.id"), {viewer.orgId, viewer.userId}, error))
        return false;
    segments->clear();
    while (query.next())
        segments->append(fromRow(query));
    return true;
}

Segments::Result Segments::find(QSqlDatabase db, const Viewer& viewer, const QString& id, Segment* segment)
{
    QSqlQuery query(db);
    QString error;
    if (!Sql::exec(query, kSelect + QStringLiteral(" AND s.id = ?"), {viewer.orgId, viewer.userId, id}, &error))
        return fail(Failure::Store, error);
    if (!query.next())
        return fail(Failure::NotFound, QStringLiteral("There is no such segment."));
    *segment = fromRow(query);
    return {};
}

Segments::Result Segments::add(QSqlDatabase db, qint64 nowMs, const Viewer& viewer, const QString& name,
                               const protocol::LeadFilter& filter, Sharing sharing, Segment* added)
{
    QString problem;
    const QString clean = validName(name, &problem);
    if (!problem.isEmpty())
        return fail(Failure::Invalid, problem);
    QString error;
    Sql::Transaction transaction(db);
    QVariantList row;
    bool found = false;
    if (!Sql::fetchOne(db,
                       QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN owner_id = ? THEN 1 ELSE 0 END), 0) "
                                      "FROM segments WHERE org_id = ?"),
                       {viewer.userId, viewer.orgId}, &row, &found, &error))
        return fail(Failure::Store, error);
    if (row.value(0).toInt() >= kMaxPerOrganisation || row.value(1).toInt() >= kMaxPerUser)
        return fail(Failure::Limit, QStringLiteral("At most %1 segments per person and %2 per organisation; delete "
                                                   "one first.")
                                        .arg(kMaxPerUser)
                                        .arg(kMaxPerOrganisation));
    bool taken = false;
    if (!nameTaken(db, viewer.orgId, viewer.userId, clean, QString(), &taken, &error))
        return fail(Failure::Store, error);
    if (taken)
        return fail(Failure::Conflict, QStringLiteral("You have a segment called “%1” already.").arg(clean));
    Segment segment;
    segment.id = QStringLiteral("s-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    segment.name = clean;
    segment.filter = filter;
    segment.sharing = sharing;
    segment.ownerId = viewer.userId;
    segment.updatedAt = nowMs;
    QSqlQuery insert(db);
    if (!Sql::exec(insert,
                   QStringLiteral("INSERT INTO segments (org_id, id, owner_id, name, filter, sharing, created_at, "
                                  "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {viewer.orgId, segment.id, segment.ownerId, segment.name, QString::fromUtf8(filter.toJson()),
                    sharingName(sharing), nowMs, nowMs, viewer.userId},
                   &error) ||
        !transaction.commit(&error))
        return fail(Failure::Store, error);
    return find(db, viewer, segment.id, added);
}

Segments::Result Segments::change(QSqlDatabase db, qint64 nowMs, const Viewer& viewer, const QString& id,
                                  const Change& change, Segment* changed)
{
    Segment segment;
    if (Result found = find(db, viewer, id, &segment); !found.ok())
        return found;
    if ((change.name || change.filter) && !canEdit(segment, viewer))
        return fail(Failure::Forbidden,
                    QStringLiteral("“%1” is shared with you to look at, not to change.").arg(segment.name));
    if (change.sharing && segment.ownerId != viewer.userId)
        return fail(Failure::Forbidden,
                    QStringLiteral("Only the owner of “%1” decides who shares it.").arg(segment.name));
    QString error;
    if (change.name) {
        QString problem;
        segment.name = validName(*change.name, &problem);
        if (!problem.isEmpty())
            return fail(Failure::Invalid, problem);
        bool taken = false;
        if (!nameTaken(db, viewer.orgId, segment.ownerId, segment.name, segment.id, &taken, &error))
            return fail(Failure::Store, error);
        if (taken)
            return fail(Failure::Conflict, QStringLiteral("There is a segment called “%1” already.").arg(segment.name));
    }
    if (change.filter)
        segment.filter = *change.filter;
    if (change.sharing)
        segment.sharing = *change.sharing;
    QSqlQuery update(db);
    if (!Sql::exec(update,
                   QStringLiteral("UPDATE segments SET name = ?, filter = ?, sharing = ?, updated_at = ?, "
                                  "updated_by = ? WHERE org_id = ? AND id = ?"),
                   {segment.name, QString::fromUtf8(segment.filter.toJson()), sharingName(segment.sharing), nowMs,
                    viewer.userId, viewer.orgId, segment.id},
                   &error))
        return fail(Failure::Store, error);
    return find(db, viewer, segment.id, changed);
}

Segments::Result Segments::remove(QSqlDatabase db, const Viewer& viewer, const QString& id, Segment* removed)
{
    if (Result found = find(db, viewer, id, removed); !found.ok())
        return found;
    if (!canDelete(*removed, viewer))
        return fail(Failure::Forbidden,
                    QStringLiteral("Only the owner of “%1” (or an admin) can delete it.").arg(removed->name));
    QSqlQuery query(db);
    QString error;
    if (!Sql::exec(query, QStringLiteral("DELETE FROM segments WHERE org_id = ? AND id = ?"), {viewer.orgId, id},
                   &error))
        return fail(Failure::Store, error);
    return {};
}

} // namespace leadscope::server
