#include "server/store/DatabaseUrl.h"

#include <QUrl>

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
        result.password = url.password();
        result.database = url.path().mid(1);
        if (result.database.isEmpty() || result.database.contains(u'/')) {
            *error = QStringLiteral("--db names no database; use postgres://user@host:port/dbname");
            return std::nullopt;
        }
        return result;
    }
    *error = QStringLiteral("--db must start with sqlite: or postgres:// (got \"%1\")").arg(text.left(20));
    return std::nullopt;
}

QString DatabaseUrl::kindName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace leadscope::server
