#include "server/store/Store.h"

#include "server/base/Logging.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace leadscope::server {

namespace {
QAtomicInteger<int> s_storeCounter;
}

Store::Store(DatabaseUrl url)
    : m_url(std::move(url))
    , m_prefix(QStringLiteral("leadscope-store-%1-").arg(s_storeCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    std::lock_guard lock(m_mutex);
    // Connections of worker threads that are gone; removing one closes it.
    for (const QString& name : std::as_const(m_connections)) {
        Sql::dropCached(name);
        QSqlDatabase::removeDatabase(name);
    }
}

bool Store::openConnection(QSqlDatabase& db, QString* error) const
{
    const bool sqlite = !isPostgres();
    if (sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(m_url.connectOptions());
    }
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the store %1: %2").arg(m_url.redacted(), db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    const QStringList setup =
        sqlite
            ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                          QStringLiteral("PRAGMA synchronous=NORMAL"),
                          // Pages from the page cache or a memory map, not read() calls.
                          QStringLiteral("PRAGMA cache_size=-32768"), QStringLiteral("PRAGMA mmap_size=268435456"),
                          QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA wal_autocheckpoint=10000")}
            : QStringList{QStringLiteral("SET TIME ZONE 'UTC'")};
    for (const QString& statement : setup) {
        if (!pragma.exec(statement)) {
            *error = QStringLiteral("Cannot prepare the store %1: %2").arg(m_url.redacted(), pragma.lastError().text());
            return false;
        }
    }
    return true;
}

QSqlDatabase Store::connection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) // for PostgreSQL: the connection is still good (PQstatus)
            return db;
        // Never opened, or the database server went away (restarted, failed over):
        // connect again, so only the requests in flight at that moment fail.
        Sql::dropCached(name); // statements prepared on the old connection
        db.close();
        QString error;
        if (openConnection(db, &error))
            qCInfo(lcStore) << "store connection re-established";
        else
            qCWarning(lcStore) << "store connection failed:" << error;
        return db;
    }
    const QString driver = isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    {
        std::lock_guard lock(m_mutex);
        m_connections.insert(name);
    }
    QString error;
    if (!openConnection(db, &error))
        qCWarning(lcStore) << "store connection failed:" << error;
    return db;
}

void Store::closeThreadConnection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    {
        std::lock_guard lock(m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    Sql::dropCached(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Store::open(QString* error)
{
    const QString driver = isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error =
            QStringLiteral("The Qt SQL driver %1 is not installed (Debian: %2).")
                .arg(driver, isPostgres() ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-sqlite"));
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("Cannot open the store %1: %2").arg(m_url.redacted(), db.lastError().text());
        if (isPostgres() && m_url.sslMode.startsWith(QLatin1String("verify")) && m_url.sslRootCert.isEmpty())
            *error += QStringLiteral(" (PostgreSQL's certificate is verified: give the CA that signed it with "
                                     "?sslrootcert=FILE, or ?sslmode=disable on a network you trust)");
        db = QSqlDatabase();
        closeThreadConnection(); // the next connection() tries afresh
        return false;
    }
    qCInfo(lcStore) << "store open:" << m_url.kindName();
    return true;
}

bool Store::ping() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next() && query.value(0).toInt() == 1;
}

int Store::schemaVersion(QString* error) const
{
    QSqlDatabase db = connection();
    const bool hasTable = db.tables().contains(QStringLiteral("schema_version"));
    if (!hasTable)
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool Store::checkSchema(QString* error) const
{
    const int version = schemaVersion(error);
    if (version < 0)
        return false;
    if (version < kSchemaVersion) {
        *error = version == 0 ? QStringLiteral("The store %1 has no Leadscope schema; run \"leadscope-server init "
                                               "--db URL\" first.")
                                    .arg(m_url.redacted())
                              : QStringLiteral("The store %1 is on schema %2, this server needs %3; run "
                                               "\"leadscope-server init --db URL\" to migrate it.")
                                    .arg(m_url.redacted())
                                    .arg(version)
                                    .arg(kSchemaVersion);
        return false;
    }
    if (version > kSchemaVersion) {
        *error = QStringLiteral("The store %1 is on schema %2, newer than this server (%3) understands; upgrade "
                                "leadscope-server.")
                     .arg(m_url.redacted())
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    return true;
}

bool Store::migrate(QString* error)
{
    const int current = schemaVersion(error);
    if (current < 0)
        return false;
    if (current > kSchemaVersion) {
        *error = QStringLiteral("The store is on schema %1, newer than this server understands.").arg(current);
        return false;
    }
    QSqlDatabase db = connection();
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        Sql::Transaction transaction(db);
        QSqlQuery query(db);
        for (const QString& statement : Migrations::statements(version, isPostgres())) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("Migration %1 failed: %2 (%3)")
                             .arg(version)
                             .arg(query.lastError().text(), statement.left(80));
                return false;
            }
        }
        if (!Sql::exec(query, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version}, error))
            return false;
        if (!transaction.commit(error))
            return false;
        qCInfo(lcStore) << "migrated store to schema" << version;
    }
    return true;
}

} // namespace leadscope::server
