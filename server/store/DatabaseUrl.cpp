#include "server/store/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace leadscope::server {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* error)
{
    DatabaseUrl result;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        result.kind = Kind::Sqlite;
        result.path = text.mid(7);
        if (result.path.startsWith(QLatin1String("//")))
            result.path = result.path.mid(2);
        if (result.path.isEmpty()) {
            *error = QStringLiteral("--db sqlite: needs a file path, e.g. sqlite:/var/lib/leadscope/leadscope.db");
            return std::nullopt;
        }
        return result;
    }
    if (text.startsWith(QLatin1String("postgres://")) || text.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("--db is not a valid PostgreSQL URL; use postgres://user@host:port/dbname");
            return std::nullopt;
        }
        result.kind = Kind::Postgres;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.database = url.path().mid(1);
        if (result.database.isEmpty() || result.database.contains(u'/')) {
            *error = QStringLiteral("--db names no database; use postgres://user@host:port/dbname");
            return std::nullopt;
        }
        if (!url.password().isEmpty()) {
            *error = QStringLiteral("--db must not contain a password: it would show in the process list. Put it in "
                                    "a password file (~/.pgpass or PGPASSFILE) or PGPASSWORD.");
            return std::nullopt;
        }
        return parseOptions(QUrlQuery(url), result, error);
    }
    *error = QStringLiteral("--db must start with sqlite: or postgres:// (got \"%1\")").arg(text.left(20));
    return std::nullopt;
}

std::optional<DatabaseUrl> DatabaseUrl::parseOptions(const QUrlQuery& query, DatabaseUrl result, QString* error)
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && modes.contains(value)) {
            result.sslMode = value;
        } else if (key == QLatin1String("sslrootcert") && !value.isEmpty() && !value.contains(u';')) {
            result.sslRootCert = value;
        } else {
            *error = QStringLiteral("--db option \"%1\" is not understood; use sslmode=%2 or sslrootcert=FILE")
                         .arg(key, modes.join(u'|'));
            return std::nullopt;
        }
    }
    return result;
}

QString DatabaseUrl::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=10;sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + sslRootCert;
    return options;
}

QString DatabaseUrl::kindName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (sslMode != QLatin1String("verify-full"))
        text += QStringLiteral("?sslmode=") + sslMode;
    return text;
}

} // namespace leadscope::server
