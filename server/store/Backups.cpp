#include "server/store/Backups.h"

#include "server/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace leadscope::server {

namespace {
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\Aleadscope-(\d{13})\.(sqlite|pgdump)\z)"));
    return pattern;
}

QProcessEnvironment postgresEnvironment(const DatabaseUrl& url)
{
    // The password comes from the environment or password file, as for the
    // server itself; TLS is verified the same way.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGSSLMODE"), url.sslMode);
    if (!url.sslRootCert.isEmpty())
        env.insert(QStringLiteral("PGSSLROOTCERT"), url.sslRootCert);
    return env;
}

QStringList connectionArguments(const DatabaseUrl& url)
{
    return {QStringLiteral("-h"), url.host, QStringLiteral("-p"), QString::number(url.port),
            QStringLiteral("-U"), url.user, QStringLiteral("-d"), url.database};
}
} // namespace

QString Backups::postgresTool(const QString& name)
{
    QString onPath = QStandardPaths::findExecutable(name);
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return onPath;
}

qint64 Backups::takenAt(const QString& backupFile)
{
    const QRegularExpressionMatch match = namePattern().match(QFileInfo(backupFile).fileName());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

bool Backups::backup(const Store& store, const QString& directory, qint64 nowMs, QString* path, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create %1").arg(directory);
        return false;
    }
    const DatabaseUrl& url = store.url();
    const QString name =
        QStringLiteral("leadscope-%1.%2")
            .arg(nowMs, 13, 10, QLatin1Char('0'))
            .arg(url.kind == DatabaseUrl::Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("pgdump"));
    *path = QDir(directory).absoluteFilePath(name);
    const QString partial = *path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        QSqlQuery query(store.connection());
        QString quoted = partial;
        quoted.replace(u'\'', QStringLiteral("''"));
        if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
            *error = QStringLiteral("The SQLite backup failed: ") + query.lastError().text();
            QFile::remove(partial);
            return false;
        }
    } else {
        const QString pgDump = postgresTool(QStringLiteral("pg_dump"));
        if (pgDump.isEmpty()) {
            *error = QStringLiteral("pg_dump is not installed (Debian: postgresql-client).");
            return false;
        }
        QProcess dump;
        dump.setProcessEnvironment(postgresEnvironment(url));
        dump.start(pgDump, connectionArguments(url) +
                               QStringList{QStringLiteral("--format=custom"), QStringLiteral("--file"), partial});
        if (!dump.waitForFinished(-1) || dump.exitCode() != 0) {
            *error = QStringLiteral("pg_dump failed: ") + QString::fromLocal8Bit(dump.readAllStandardError());
            QFile::remove(partial);
            return false;
        }
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(partial, *path)) {
        *error = QStringLiteral("Cannot move the backup into place at %1").arg(*path);
        return false;
    }
    return true;
}

bool Backups::restore(const DatabaseUrl& url, const QString& backupFile, QString* error)
{
    if (takenAt(backupFile) == 0 || !QFile::exists(backupFile)) {
        *error = QStringLiteral("%1 is not a Leadscope backup (leadscope-TIME.sqlite or .pgdump).").arg(backupFile);
        return false;
    }
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        if (!backupFile.endsWith(QLatin1String(".sqlite"))) {
            *error = QStringLiteral("A PostgreSQL backup cannot be restored into SQLite.");
            return false;
        }
        const QString staging = url.path + QStringLiteral(".restoring");
        QFile::remove(staging);
        if (!QFile::copy(backupFile, staging)) {
            *error = QStringLiteral("Cannot copy the backup next to %1").arg(url.path);
            return false;
        }
        QFile::remove(url.path + QStringLiteral("-wal"));
        QFile::remove(url.path + QStringLiteral("-shm"));
        QFile::remove(url.path);
        if (!QFile::rename(staging, url.path)) {
            *error = QStringLiteral("Cannot put the restored store in place at %1").arg(url.path);
            return false;
        }
        return true;
    }
    if (!backupFile.endsWith(QLatin1String(".pgdump"))) {
        *error = QStringLiteral("A SQLite backup cannot be restored into PostgreSQL.");
        return false;
    }
    const QString pgRestore = postgresTool(QStringLiteral("pg_restore"));
    if (pgRestore.isEmpty()) {
        *error = QStringLiteral("pg_restore is not installed (Debian: postgresql-client).");
        return false;
    }
    QProcess restore;
    restore.setProcessEnvironment(postgresEnvironment(url));
    restore.start(pgRestore,
                  connectionArguments(url) + QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                                         QStringLiteral("--single-transaction"),
                                                         QStringLiteral("--no-owner"), backupFile});
    if (!restore.waitForFinished(-1) || restore.exitCode() != 0) {
        *error = QStringLiteral("pg_restore failed: ") + QString::fromLocal8Bit(restore.readAllStandardError());
        return false;
    }
    return true;
}

int Backups::expire(const QString& directory, qint64 nowMs, QStringList* removed)
{
    int count = 0;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files)) {
        const qint64 at = takenAt(name);
        if (at > 0 && nowMs - at > kKeepMs && QFile::remove(dir.filePath(name))) {
            removed->append(name);
            ++count;
        }
    }
    return count;
}

} // namespace leadscope::server
