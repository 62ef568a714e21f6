#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace leadscope::server {

// An organisation's target-account lists: named sets of companies the team
// goes after, filled from the leads list or by importing registry numbers or
// website domains (with a report of what matched nothing). The filter
// language's "on_list" asks for them, in lists, segments and rules.
class TargetLists
{
public:
    static constexpr int kMaxLists = 50;
    static constexpr int kMaxEntries = 100'000; // per list
    static constexpr int kMaxName = 80;
    static constexpr int kMaxImportRows = 100'000;

    struct List
    {
        QString id;
        QString name;
        QString createdBy;
        qint64 createdAt = 0;
        QStringList companies; // ids
    };

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

    static bool all(QSqlDatabase db, const QString& orgId, QList<List>* lists, QString* error);
    static Result create(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                         const QString& name, List* created);
    static Result remove(QSqlDatabase db, const QString& orgId, const QString& id, List* removed);
    // Companies by id (they must be in the register); *added: how many were not on it yet.
    static Result addCompanies(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                               const QString& listId, const QStringList& companyIds, int* added);
    static Result removeCompanies(QSqlDatabase db, const QString& orgId, const QString& listId,
                                  const QStringList& companyIds, int* removed);

    // An import: each row a registry number (digits) or a website (a domain or
    // an address). What matched, what was added, and each row that matched
    // nothing or more than one company, with why.
    struct Report
    {
        int rows = 0;
        int matched = 0;
        int added = 0;
        struct Problem
        {
            int row = 0; // 1-based
            QString value;
            QString why;
        };
        QList<Problem> problems;
    };
    static Result import(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& userId,
                         const QString& listId, const QStringList& rows, Report* report);

    // "https://www.Acme.nl/over-ons" → "acme.nl": what a website is compared by.
    static QString host(const QString& website);

    // Which of these companies are on which lists (company id → list ids).
    static bool membership(QSqlDatabase db, const QString& orgId, const QStringList& companyIds,
                           QHash<QString, QStringList>* lists, QString* error);

private:
    static Result find(QSqlDatabase db, const QString& orgId, const QString& id, List* list);
};

} // namespace leadscope::server
