#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <variant>

namespace leadscope::core {

// One page of GET /api/v1/sync, read and checked completely: every change's
// values already in the form the cache stores them (texts, times in ms,
// nested objects as compact JSON). Reading is the CPU-heavy half of a page
// and needs no cache, so a sync reads page n+1 on a thread of its own while
// page n is stored (SyncEngine); ChangeApplier then only binds and writes.
class SyncPage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPage)

public:
    enum class Type
    {
        Company,
        Visit,
        Pageview,
        Annotation,
        Activity,
        RuleFiring
    };

    // The company fields the cache keeps, in the order of kCompanyFields.
    static constexpr std::array<const char*, 14> kCompanyFields = {
        "registry_number", "name",     "trade_name", "legal_form", "sbi_code", "sbi_label", "employee_band",
        "street",          "postcode", "city",       "country",    "website",  "phone",     "linkedin"};
    struct Company
    {
        std::array<QString, kCompanyFields.size()> fields; // absent: empty, never null
    };
    struct Visit
    {
        QString companyId, visitorKey, siteId, website;
        qint64 startedAt = 0, endedAt = 0, pageviews = 0;
        QString referrerClass, referrerHost, utmSource, utmMedium, utmCampaign, landingPage, device;
        int confidence = 0; // protocol::LeadFilter::confidenceLevel
        QString match;      // compact JSON; empty: sent without one
    };
    struct Pageview
    {
        QString visitId, path, title;
        qint64 viewedAt = 0, seconds = 0;
    };
    struct Annotation
    {
        QString tags; // compact JSON array
        QString note, status;
        QString assignee; // null: nobody
        QString updatedAt, updatedBy;
    };
    struct Activity
    {
        QString companyId;
        qint64 at = 0;
        QString by;
        QString changes; // compact JSON object
    };
    struct RuleFiring
    {
        QString ruleId, ruleName, companyId, visitId;
        qint64 at = 0;
        QString why, did;   // compact JSON objects
        QStringList notify; // the user ids it alerts
    };
    struct Change
    {
        Type type = Type::Company;
        bool remove = false; // a tombstone: no row
        QString id;
        std::variant<std::monostate, Company, Visit, Pageview, Annotation, Activity, RuleFiring> row;
    };

    // False (and a translated *error) when any part of the page is not understood.
    static bool read(const QByteArray& json, SyncPage* page, QString* error);
    // A cursor goes back to the server as it came: printable ASCII, at most 256 characters.
    static bool isCursor(const QString& cursor);

    QString cursor;
    bool hasMore = false;
    qint64 remaining = 0; // the server's estimate of the changes still to come
    QList<Change> changes;
};

} // namespace leadscope::core
