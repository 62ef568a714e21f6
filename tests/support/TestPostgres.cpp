#include "TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace leadscope::test {

namespace {
QString fixtureDir()
{
    return qEnvironmentVariable("LEADSCOPE_TEST_FIXTURES") + QStringLiteral("/postgres");
}

QString baseUrl(QString* error)
{
    QFile file(fixtureDir() + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The PostgreSQL test cluster is not running (%1 missing). Run the suites through "
                                "ctest, which starts it through the 'postgres' fixture.")
                     .arg(file.fileName());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}
} // namespace

bool TestPostgres::available(QString* error)
{
    if (baseUrl(error).isEmpty())
        return false;
    qputenv("PGPASSFILE", QFile::encodeName(fixtureDir() + QStringLiteral("/pgpass")));
    return true;
}

QString TestPostgres::createDatabase(QString* error)
{
    if (!available(error))
        return {};
    const QUrl url(baseUrl(error));
    const QString name = QStringLiteral("leadscope_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=") +
                                QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert")));
        if (!admin.open()) {
            *error = QStringLiteral("Cannot reach the PostgreSQL test cluster: ") + admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name))
                *error = QStringLiteral("CREATE DATABASE failed: ") + query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    if (!error->isEmpty())
        return {};
    return QStringLiteral("postgres://%1@%2:%3/%4?%5")
        .arg(url.userName(), url.host())
        .arg(url.port())
        .arg(name, url.query());
}

void TestPostgres::addStoreRows()
{
    const QString only = qEnvironmentVariable("LEADSCOPE_TEST_STORE");
    const QStringList stores{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    if (!only.isEmpty() && !stores.contains(only))
        qFatal("LEADSCOPE_TEST_STORE=%s: expected sqlite or postgresql", qPrintable(only));
    QTest::addColumn<QString>("store");
    for (const QString& store : stores) {
        if (only.isEmpty() || only == store)
            QTest::newRow(qPrintable(store)) << store;
    }
}

} // namespace leadscope::test
