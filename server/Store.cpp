#include "Store.h"

#include "Logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace leadscope::server {

namespace {
QAtomicInteger<int> s_connectionCounter;
}

Store::Store(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionName(QStringLiteral("leadscope-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::open(QString* error)
{
    const bool sqlite = m_url.kind == DatabaseUrl::Kind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = QStringLiteral("The Qt SQL driver %1 is not installed (Debian: %2).")
                     .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the store %1: %2").arg(m_url.redacted(), db.lastError().text());
        return false;
    }
    if (sqlite) {
        QSqlQuery pragma(db);
        for (const char* statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                *error =
                    QStringLiteral("Cannot prepare the SQLite store %1: %2").arg(m_url.path, pragma.lastError().text());
                return false;
            }
        }
    }
    qCInfo(lcStore) << "store open:" << m_url.kindName();
    return true;
}

bool Store::ping() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next() && query.value(0).toInt() == 1;
}

} // namespace leadscope::server
