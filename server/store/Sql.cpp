#include "server/store/Sql.h"

#include "server/store/WriterLock.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include <QSqlError>
#include <QSqlRecord>
#include <mutex>

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

namespace {
// Keyed by connection name + SQL. Connections are per thread, so an entry is
// only ever used by one thread; the mutex guards the map itself. Entries are
// dropped with their connection (Store::closeThreadConnection, ~Store).
std::mutex s_preparedMutex;
std::unordered_map<std::string, std::unique_ptr<QSqlQuery>> s_prepared;
} // namespace

QSqlQuery* Sql::execCached(QSqlDatabase db, const QString& statement, const QVariantList& binds, QString* error)
{
    const std::string key = QString(db.connectionName() + QChar(0x1f) + statement).toStdString();
    QSqlQuery* query = nullptr;
    {
        std::lock_guard lock(s_preparedMutex);
        const auto it = s_prepared.find(key);
        if (it != s_prepared.end())
            query = it->second.get();
    }
    if (!query) {
        auto prepared = std::make_unique<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(statement)) {
            *error = prepared->lastError().text();
            return nullptr;
        }
        std::lock_guard lock(s_preparedMutex);
        query = s_prepared.emplace(key, std::move(prepared)).first->second.get();
    }
    query->finish();
    for (const QVariant& value : binds)
        query->addBindValue(bindable(value));
    if (!query->exec()) {
        *error = query->lastError().text();
        return nullptr;
    }
    return query;
}

bool Sql::fetchOneCached(QSqlDatabase db, const QString& statement, const QVariantList& binds, QVariantList* row,
                         bool* found, QString* error)
{
    QSqlQuery* query = execCached(db, statement, binds, error);
    if (!query)
        return false;
    *found = query->next();
    row->clear();
    if (*found) {
        const int columns = query->record().count();
        for (int i = 0; i < columns; ++i)
            row->append(query->value(i));
    }
    query->finish();
    return true;
}

void Sql::dropCached(const QString& connectionName)
{
    const std::string prefix = QString(connectionName + QChar(0x1f)).toStdString();
    std::lock_guard lock(s_preparedMutex);
    for (auto it = s_prepared.begin(); it != s_prepared.end();) {
        if (it->first.compare(0, prefix.size(), prefix) == 0)
            it = s_prepared.erase(it);
        else
            ++it;
    }
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

QString Sql::placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

bool Sql::insertMany(QSqlDatabase db, const QString& table, const QStringList& columns, const QList<QVariantList>& rows,
                     const QString& suffix, QString* error)
{
    const qsizetype perStatement = qMax<qsizetype>(1, 4000 / columns.size());
    const QString tuple = u'(' + placeholders(columns.size()) + u')';
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u','));
    for (qsizetype at = 0; at < rows.size(); at += perStatement) {
        const qsizetype count = qMin(perStatement, rows.size() - at);
        // Prepared once per connection and row count (execCached), so a
        // stream of small batches does not parse the same SQL again.
        const QString statement = head + QStringList(count, tuple).join(u',') + u' ' + suffix;
        QVariantList binds;
        binds.reserve(count * columns.size());
        for (qsizetype r = at; r < at + count; ++r)
            binds.append(rows[r]);
        QSqlQuery* query = execCached(db, statement, binds, error);
        if (!query)
            return false;
        query->finish();
    }
    return true;
}

namespace {
thread_local bool t_background = false;
} // namespace

void Sql::setBackgroundWriter(bool background)
{
    t_background = background;
}

Sql::Transaction::Transaction(QSqlDatabase db)
    : m_db(db) // QSqlDatabase has no move constructor in Qt 6.4
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    m_writerLock = WriterLock::of(m_db.driverName() + u':' + m_db.hostName() + u'/' + m_db.databaseName(), sqlite);
    m_writerLock->lock(t_background);
    if (sqlite) {
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
    if (m_writerLock)
        m_writerLock->unlock();
}

bool Sql::Transaction::commit(QString* error)
{
    m_done = true;
    bool ok = m_begun;
    if (!m_begun) {
        *error = QStringLiteral("no transaction: ") + m_db.lastError().text();
    } else if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        ok = false;
    }
    if (m_writerLock) {
        m_writerLock->unlock();
        m_writerLock = nullptr;
    }
    return ok;
}

} // namespace leadscope::server
