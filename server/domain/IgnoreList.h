#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace leadscope::server {

// The companies an organisation does not want to see as leads — its own
// offices, customers, competitors, suppliers — one by one or a whole industry
// (an SBI code prefix), each with a reason and who hid it. Hidden companies
// vanish from every desktop's lists, counts, dashboard and exports (the
// desktop applies the list it syncs) and rules do not act on them; nothing
// is deleted, and removing an entry brings them back. docs/RULES.md.
class IgnoreList
{
public:
    static constexpr int kMaxEntries = 5000;
    static constexpr int kMaxReason = 200;

    struct Entry
    {
        QString id;
        QString companyId; // one company…
        QString sbiPrefix; // …or an industry: SBI codes starting with these digits
        QString category;  // own, customer, competitor, supplier, other
        QString reason;
        QString byId;
        QString byEmail; // empty: the colleague was removed
        qint64 at = 0;
        QString companyName; // for a company: its registered name
    };
    static const QStringList& categories();

    enum class Failure
    {
        None,
        Invalid,
        NotFound,
        Conflict,
        Limit,
        Store
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message;
        bool ok() const { return failure == Failure::None; }
    };

    static bool list(QSqlDatabase db, const QString& orgId, QList<Entry>* entries, QString* error);
    static Result add(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId, const Entry& entry,
                      Entry* added);
    static Result remove(QSqlDatabase db, const QString& orgId, const QString& id, Entry* removed);

    // What the writers check each batch, cached per organisation by a version.
    struct Set
    {
        QSet<QString> companies;
        QStringList prefixes;
        bool hides(const QString& companyId, const QString& sbiCode) const;
    };
    using Active = std::shared_ptr<const Set>;
    static bool active(QSqlDatabase db, const QString& orgId, Active* set, QString* error);

private:
    static Result find(QSqlDatabase db, const QString& orgId, const QString& id, Entry* entry);
};

} // namespace leadscope::server
