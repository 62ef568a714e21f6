#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <mutex>

namespace leadscope::server {

class WriterLock;

// Small helpers over QSqlQuery: prepared statements with positional binds,
// errors as text, and an RAII transaction that rolls back unless committed.
class Sql
{
public:
    // Prepares and runs `statement` with `binds`. False + *error on failure.
    static bool exec(QSqlQuery& query, const QString& statement, const QVariantList& binds, QString* error);
    // The hot path: a prepared statement cached per thread and connection,
    // bound and executed. Returns the query (positioned before the first
    // row) or nullptr with *error. Valid until the next call with the same SQL.
    static QSqlQuery* execCached(QSqlDatabase db, const QString& statement, const QVariantList& binds, QString* error);
    static bool fetchOneCached(QSqlDatabase db, const QString& statement, const QVariantList& binds, QVariantList* row,
                               bool* found, QString* error);
    // Forgets the cached statements of a connection (before it closes).
    static void dropCached(const QString& connectionName);
    // Runs a statement that returns at most one row; *found says whether it did.
    static bool fetchOne(QSqlDatabase db, const QString& statement, const QVariantList& binds, QVariantList* row,
                         bool* found, QString* error);

    // "?,?,…,?": n positional placeholders, for an IN (…) list or a row's values.
    static QString placeholders(qsizetype n);
    // How many values one IN (…) list binds (SQLite binds at most 999 a statement).
    static constexpr qsizetype kInChunk = 400;
    // Runs `head` + placeholders + ')' + `tail` once for each kInChunk of
    // `ids`, bound after `binds`, and calls row(query) for each row it returns.
    template <typename Ids, typename Row>
    static bool eachInChunks(QSqlDatabase db, const QString& head, const QVariantList& binds, const Ids& ids,
                             const QString& tail, QString* error, Row&& row)
    {
        for (qsizetype at = 0; at < ids.size(); at += kInChunk) {
            const qsizetype end = qMin(ids.size(), at + kInChunk);
            QVariantList all = binds;
            all.reserve(binds.size() + end - at);
            for (qsizetype i = at; i < end; ++i)
                all << QVariant(ids[i]);
            QSqlQuery* query = execCached(db, head + placeholders(end - at) + u')' + tail, all, error);
            if (!query)
                return false;
            while (query->next())
                row(*query);
        }
        return true;
    }

    // INSERT of many rows, several per statement (fast on both stores).
    // `suffix` is appended to each statement, e.g. an ON CONFLICT clause.
    static bool insertMany(QSqlDatabase db, const QString& table, const QStringList& columns,
                           const QList<QVariantList>& rows, const QString& suffix, QString* error);

    // Marks the calling thread's write transactions as background work (the
    // webhook thread): they give way to ingest's (WriterLock).
    static void setBackgroundWriter(bool background);

    class Transaction
    {
    public:
        explicit Transaction(QSqlDatabase db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool begun() const { return m_begun; }
        bool commit(QString* error);

    private:
        QSqlDatabase m_db;
        WriterLock* m_writerLock = nullptr; // this process's writers of the store
        bool m_begun = false;
        bool m_done = false;
    };
};

} // namespace leadscope::server
