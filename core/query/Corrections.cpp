#include "Corrections.h"

#include "MatchExplanation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace leadscope::core {

bool Corrections::replace(Cache& cache, const QByteArray& answer, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonValue list = document.object().value(QStringLiteral("corrections"));
    const auto unreadable = [error] {
        *error = tr("The server sent a list of reported matches this version cannot read.");
        return false;
    };
    if (parse.error != QJsonParseError::NoError || !list.isArray())
        return unreadable();
    QList<Report> reports;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char* key) {
            return o.value(QLatin1String(key)).toString(QStringLiteral(""));
        };
        const QJsonObject by = o.value(QStringLiteral("by")).toObject();
        Report r{text("id"),
                 text("reported_company_id"),
                 text("verdict"),
                 text("company_id"),
                 text("company_name"),
                 text("note"),
                 o.value(QStringLiteral("relabelled")).toInteger(),
                 text("state"),
                 text("resolution"),
                 by.value(QStringLiteral("id")).toString(QStringLiteral("")),
                 by.value(QStringLiteral("email")).toString(QStringLiteral("")),
                 QDateTime::fromString(text("at"), Qt::ISODateWithMs).toMSecsSinceEpoch()};
        if (r.id.isEmpty() || r.companyId.isEmpty() || r.verdict.isEmpty())
            return unreadable();
        reports << r;
    }
    SqliteDatabase& db = cache.db();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun() || !db.exec(QStringLiteral("DELETE FROM corrections"), error))
        return false;
    SqliteStatement insert = db.prepare(
        QStringLiteral("INSERT INTO corrections (id, company_id, verdict, correct_company_id, correct_company_name, "
                       "note, relabelled, state, resolution, by_id, by_email, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    for (const Report& r : std::as_const(reports)) {
        insert.reset();
        if (!insert.bind(1, r.id)
                 .bind(2, r.companyId)
                 .bind(3, r.verdict)
                 .bind(4, r.correctCompanyId)
                 .bind(5, r.correctCompanyName)
                 .bind(6, r.note)
                 .bind(7, r.relabelled)
                 .bind(8, r.state)
                 .bind(9, r.resolution)
                 .bind(10, r.byId)
                 .bind(11, r.byEmail)
                 .bind(12, r.at)
                 .exec()) {
            *error = insert.error();
            return false;
        }
    }
    return transaction.commit(error);
}

bool Corrections::forCompany(Cache& cache, const QString& companyId, QList<Report>* reports, QString* error)
{
    SqliteStatement q = cache.db().prepare(
        QStringLiteral("SELECT id, company_id, verdict, correct_company_id, correct_company_name, note, relabelled, "
                       "state, resolution, by_id, by_email, at FROM corrections WHERE company_id = ?1 OR "
                       "correct_company_id = ?1 ORDER BY at DESC, id"),
        error);
    if (!q.isValid())
        return false;
    q.bind(1, companyId);
    reports->clear();
    while (q.next())
        reports->append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.int64(6), q.text(7),
                         q.text(8), q.text(9), q.text(10), q.int64(11)});
    if (!q.ok()) {
        *error = q.error();
        return false;
    }
    return true;
}

QString Corrections::describe(const Report& r)
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.at).date(), QLocale::ShortFormat);
    const QString who = r.byEmail.isEmpty() ? tr("a former colleague") : r.byEmail;
    const QString what = MatchExplanation::verdictLabel(r.verdict, r.correctCompanyName);
    const QString state = r.state == QLatin1String("applied")    ? tr("the register was corrected")
                          : r.state == QLatin1String("rejected") ? tr("the register's operator kept it as it is")
                                                                 : tr("applies to your organisation's matches");
    return tr("Reported by %1 on %2: %3 (%4).").arg(who, when, what, state);
}

} // namespace leadscope::core
