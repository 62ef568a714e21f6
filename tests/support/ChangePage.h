#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace leadscope::core {
class Cache;
}

namespace leadscope::test {

// Sync changes written by hand in the server's /sync format (docs/PROTOCOL.md)
// and applied to a cache the way a sync applies them (ChangeApplier) — so a
// test knows every figure of the data without asking the query classes.
class ChangePage
{
public:
    static QJsonObject change(const char* type, const QString& id, const QJsonObject& data);
    static QJsonObject company(const QString& id, const QString& name, const QString& industry, const QString& band);
    // A visit with its page views, a minute apart, 60 s each.
    static void visit(QJsonArray* changes, const QString& id, const QString& companyId, const QString& visitor,
                      qint64 start, const QStringList& paths, const QString& source = QStringLiteral("direct"),
                      const QString& campaign = {});
    // One page (cursor "c1:<cursor>", no more pages) through ChangeApplier.
    static bool apply(core::Cache& cache, const QJsonArray& changes, int cursor, QString* error);

    // Local time `hour:minute`, `daysAgo` days before `today`.
    static qint64 at(QDate today, int daysAgo, int hour, int minute = 0);

    // Three companies and six visits, counted by hand where they are used:
    //   kvk-1 "Acme B.V." (Software, 50-99): v1 2 days ago 09:00 (/, /producten, /prijzen; search, visitor
    //     key-a), v2 today 08:00 (/prijzen, /contact; campaign "spring", key-a), v3 5 days ago 14:00 (/blog;
    //     social, key-b) — 3 visits, 6 page views, 2 visitors;
    //   kvk-2 "Bouwbedrijf Zuid" (Bouw, 2-4): v4 yesterday 11:00 (/, /producten; key-c);
    //   kvk-3 "Old Timer" (Bouw, 10-19): v5 20 days ago 10:00 (/), v6 3 days ago 10:00 (/, /blog; key-d).
    static QJsonArray handCounted(QDate today);
};

} // namespace leadscope::test
