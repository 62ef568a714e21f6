#include "Sql.h"

#include <QSqlError>
#include <QSqlRecord>

namespace leadscope::server {

namespace {
// Qt SQL binds a null QString as SQL NULL. Text in this code base is never
// NULL by accident: an empty string stays ''. A NULL is asked for with QVariant().
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}
} // namespace

bool Sql::exec(QSqlQuery& query, const QString& statement, const QVariantList& binds, QString* error)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : binds)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool Sql::fetchOne(QSqlDatabase db, const QString& statement, const QVariantList& binds, QVariantList* row, bool* found,
                   QString* error)
{
    QSqlQuery query(db);
    if (!exec(query, statement, binds, error))
        return false;
    *found = query.next();
    row->clear();
    if (*found) {
        const int columns = query.record().count();
        for (int i = 0; i < columns; ++i)
            row->append(query.value(i));
    }
    return true;
}

bool Sql::insertMany(QSqlDatabase db, const QString& table, const QStringList& columns, const QList<QVariantList>& rows,
                     const QString& suffix, QString* error)
{
    const qsizetype perStatement = qMax<qsizetype>(1, 4000 / columns.size());
    const QString tuple = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u','));
    QSqlQuery query(db);
    QString prepared;
    qsizetype preparedRows = 0;
    for (qsizetype at = 0; at < rows.size(); at += perStatement) {
        const qsizetype count = qMin(perStatement, rows.size() - at);
        if (count != preparedRows) {
            prepared = head + QStringList(count, tuple).join(u',') + u' ' + suffix;
            if (!query.prepare(prepared)) {
                *error = query.lastError().text();
                return false;
            }
            preparedRows = count;
        }
        for (qsizetype r = at; r < at + count; ++r) {
            for (const QVariant& value : rows[r])
                query.addBindValue(bindable(value));
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

Sql::Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // Take the write lock up front: a deferred transaction that upgrades
        // later can fail with SQLITE_BUSY without waiting for the busy timeout.
        QSqlQuery begin(m_db);
        m_begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_begun = m_db.transaction();
    }
}

Sql::Transaction::~Transaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool Sql::Transaction::commit(QString* error)
{
    m_done = true;
    if (!m_begun) {
        *error = QStringLiteral("no transaction: ") + m_db.lastError().text();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace leadscope::server
