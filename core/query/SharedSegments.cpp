#include "SharedSegments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::core {

bool SharedSegments::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    const auto unreadable = [error] {
        *error = QCoreApplication::translate("SharedSegments",
                                             "The server sent a list of segments this version cannot read.");
        return false;
    };
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue list = document.object().value(QStringLiteral("segments"));
    if (parse.error != QJsonParseError::NoError || !list.isArray())
        return unreadable();
    QList<Segment> segments;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        QString problem;
        const std::optional<protocol::LeadFilter> filter =
            protocol::LeadFilter::parse(o.value(QStringLiteral("filter")).toObject(), &problem);
        Segment segment{o.value(QStringLiteral("id")).toString(),
                        o.value(QStringLiteral("name")).toString(),
                        filter.value_or(protocol::LeadFilter{}),
                        o.value(QStringLiteral("sharing")).toString(),
                        o.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                        o.value(QStringLiteral("mine")).toBool(),
                        o.value(QStringLiteral("can_edit")).toBool(),
                        o.value(QStringLiteral("can_delete")).toBool()};
        if (segment.id.isEmpty() || segment.name.isEmpty())
            return unreadable();
        if (!filter)
            continue; // a newer server's filter this version cannot run: left out, not half-applied
        segments << segment;
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM segments"), error))
        return false;
    SqliteStatement insert = db.prepare(
        QStringLiteral("INSERT INTO segments (id, position, name, filter, sharing, owner_email, mine, can_edit, "
                       "can_delete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        insert.reset();
        if (!insert.bind(1, segment.id)
                 .bind(2, qint64(i))
                 .bind(3, segment.name)
                 .bind(4, QString::fromUtf8(segment.filter.toJson()))
                 .bind(5, segment.sharing)
                 .bind(6, segment.ownerEmail)
                 .bind(7, int(segment.mine))
                 .bind(8, int(segment.canEdit))
                 .bind(9, int(segment.canDelete))
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

bool SharedSegments::all(Cache& cache, QList<Segment>* segments, QString* error)
{
    SqliteStatement query = cache.db().prepare(
        QStringLiteral("SELECT id, name, filter, sharing, owner_email, mine, can_edit, can_delete FROM segments "
                       "ORDER BY position"),
        error);
    if (!query.isValid())
        return false;
    segments->clear();
    while (query.next()) {
        segments->append({query.text(0), query.text(1), protocol::LeadFilter::fromJson(query.text(2).toUtf8()),
                          query.text(3), query.text(4), query.int64(5) != 0, query.int64(6) != 0, query.int64(7) != 0});
    }
    return query.error().isEmpty();
}

} // namespace leadscope::core
