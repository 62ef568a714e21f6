#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace leadscope::server {

// "Wrong company" reports (docs/MATCHING.md). A user says that the network a
// visit was matched through belongs to an internet provider, to another
// company of the register, or to no company. The report is the
// organisation's own override of that range from the next hit on (one per
// organisation and range; a new report replaces the earlier one, withdrawing
// removes it). The operator sees the reports of all organisations by range
// and corrects the shared register (register_corrections, which re-imports
// keep) or rejects them; either way the organisations' overrides stay theirs.
class MatchCorrections
{
public:
    static constexpr int kMaxNote = 500;

    struct Report
    {
        QString id;
        QString createdBy; // user id
        QString createdByEmail;
        qint64 createdAt = 0;
        QString rangeKey;
        QString reportedCompanyId;
        QString reportedCompanyName;
        QString verdict;   // isp, other_company, not_company
        QString companyId; // other_company: the right one
        QString companyName;
        QString note;
        qint64 relabelled = 0;
        QString state; // open, applied, rejected
        qint64 resolvedAt = 0;
        QString resolution;
    };
    static bool isVerdict(const QString& verdict);
    // A range key as reports and `corrections list` show it: 16 lowercase hexadecimal digits.
    static bool isRangeKey(const QString& key);

    // The register range a report is about (the server looks it up from the visit; never sent to clients).
    struct Range
    {
        QString key;
        QByteArray start;
        QByteArray end;
        QString kind;
        QString networkName;
    };

    static bool list(QSqlDatabase db, const QString& orgId, QList<Report>* reports, QString* error);
    // The range a visit was matched through (`visitId`), or the latest matched visit of `companyId`:
    // its key and the company it was matched to. *found false: no such visit, or one matched before
    // provenance was kept.
    static bool rangeOfVisit(QSqlDatabase db, const QString& orgId, const QString& visitId, const QString& companyId,
                             QString* rangeKey, QString* matchedCompany, bool* found, QString* error);
    // The register, to name the right company: by registry number, or names containing `text`.
    struct RegisterCompany
    {
        QString id;
        QString registryNumber;
        QString name;
        QString city;
    };
    static bool searchRegister(QSqlDatabase db, const QString& text, int limit, QList<RegisterCompany>* companies,
                               QString* error);
    static bool companyExists(QSqlDatabase db, const QString& companyId, bool* exists, QString* error);
    // Stores (or replaces) the organisation's report on a range, audited ("match_reported"), in one transaction.
    static bool save(QSqlDatabase db, const QString& orgId, const Range& range, bool relabel, Report* report,
                     QString* error);
    static bool setRelabelled(QSqlDatabase db, const QString& orgId, const QString& id, qint64 count, QString* error);
    static bool find(QSqlDatabase db, const QString& orgId, const QString& id, Report* report, bool* found,
                     QString* error);
    // Withdraws a report (its override ends at the next hit), audited by `actor` ("match_report_withdrawn").
    static bool remove(QSqlDatabase db, qint64 nowMs, const QString& orgId, const QString& actorId,
                       const QString& actorEmail, const Report& report, QString* error);

    // What the writers check each batch: range key → the organisation's verdict.
    struct Override
    {
        QString verdict;
        QString companyId;
    };
    using Active = std::shared_ptr<const QHash<QString, Override>>;
    static bool active(QSqlDatabase db, const QString& orgId, Active* overrides, QString* error);

    // The operator's view: the reports of every organisation, by range.
    struct RangeReports
    {
        Range range;
        QString registerCompanyId; // as the register had it when reported
        QString registerCompanyName;
        int organisations = 0;
        QHash<QString, int> verdicts;  // verdict → organisations
        QHash<QString, int> suggested; // other_company: company id → organisations
        QString state;                 // open when any report is open
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };
    static bool byRange(QSqlDatabase db, bool openOnly, QList<RangeReports>* ranges, QString* error);
    // The operator corrects the shared register for this range (kind and company) or rejects the reports.
    // *found false: no report names the range.
    static bool apply(QSqlDatabase db, qint64 nowMs, const QString& rangeKey, const QString& kind,
                      const QString& companyId, const QString& note, bool* found, QString* error);
    static bool reject(QSqlDatabase db, qint64 nowMs, const QString& rangeKey, const QString& reason, bool* found,
                       QString* error);
};

} // namespace leadscope::server
