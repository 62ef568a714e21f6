#pragma once

#include "protocol/Crypto.h"

#include "core/ApiFailure.h"
#include "core/sync/OlderVisits.h"
#include "protocol/LeadFilter.h"
#include "protocol/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace leadscope::core {

class Session;

// The organisation, its DPA, its users, websites and audit log, and the
// user's own account — typed, over the signed-in Session. The server decides
// who may do what (admin-only calls answer 403 to others); the screens only
// hide what a role cannot use. Every answer arrives on `context`'s thread and
// is dropped when `context` is gone.
class AdminClient
{
    Q_DECLARE_TR_FUNCTIONS(AdminClient)

public:
    struct Website
    {
        QString id;
        QString domain;
        qint64 lastHitAt = 0; // ms of the last hit the server accepted (admins only); 0: none yet
    };

    struct DpaStatus
    {
        QString currentVersion;
        bool accepted = false;
        QString acceptedVersion; // the newest acceptance, of any version
        QString acceptedBy;
        QDateTime acceptedAt;
    };

    struct Me
    {
        QString userId;
        QString email;
        QString role; // sales, manager, admin
        QString organisationId;
        QString organisationName;
        QString trackingMode; // legitimate-interest, consent
        int retentionMonths = 13;
        QList<Website> websites;
        QStringList admins;
        DpaStatus dpa;
        bool isAdmin() const { return protocol::roleNameAtLeast(role, protocol::Role::Admin); }
        bool mayExport() const { return protocol::roleNameAtLeast(role, protocol::Role::Manager); }
    };

    struct Dpa
    {
        QString version;
        QString markdown;           // English, binding
        QString translatedMarkdown; // in the UI's language, when the server has it
        QString language;
        DpaStatus status;
    };

    struct User
    {
        QString id;
        QString email;
        QString role;
        bool disabled = false;
        bool enrolled = false;
        QDateTime createdAt;
    };

    struct AuditFilter
    {
        QString action;
        QString userId;
        QDateTime from;
        QDateTime to;
        int limit = 500;
    };

    struct AuditEntry
    {
        qint64 id = 0;
        QDateTime at;
        QString actorEmail; // empty: removed account or the system
        QString action;
        QJsonObject detail;
    };

    // How the signed-in user hears about leads by e-mail (docs/ALERTS.md).
    struct AlertPreferences
    {
        bool emailAlerts = false;
        QString digest = QStringLiteral("off"); // off, daily, weekly
        int digestHour = 8;
        QList<int> digestDays{1, 2, 3, 4, 5}; // Qt's day numbers: 1 = Monday … 7 = Sunday
        int quietFrom = -1;                   // -1: no quiet hours
        int quietTo = -1;
        QString language;
        QString timeZone;
        QString email;               // where the mail goes
        bool mailConfigured = false; // the server has a relay
        QJsonObject toJson() const;
    };
    // What the organisation's e-mail did (admins).
    struct MailStatus
    {
        struct Message
        {
            QString id;
            QString to;
            QString kind; // alert, digest
            QString state;
            int attempts = 0;
            QString lastError;
            QDateTime nextAttempt; // invalid: given up
            QDateTime createdAt;
        };
        bool configured = false;
        int queued = 0;
        int failed = 0;
        int sentLastDay = 0;
        QList<Message> undelivered;
    };

    // A webhook destination (admins; docs/INTEGRATIONS.md). Never its secret.
    struct Webhook
    {
        QString id;
        QString name;
        QString kind = QStringLiteral("webhook"); // webhook, slack, teams, hubspot
        QString language = QStringLiteral("en");  // of a Slack or Teams message, a HubSpot note
        QString url;
        QStringList events;
        QJsonObject filter;
        QString createdBy;
        QDateTime createdAt;
        int failures = 0;   // failed attempts in a row
        QDateTime pausedAt; // invalid: active
        QString pausedReason;
        QDateTime previousSecretUntil; // valid: the old secret still signs until then
        QString tokenHint;             // HubSpot: the token's last characters (the token never comes back)
    };
    // A company a HubSpot destination wrote: matched to one HubSpot had, or created.
    struct HubSpotCompany
    {
        QString companyId;
        QString companyName;
        QString hubspotId;
        QString matchedBy; // registry_number, domain, created
        QString ownerId;   // the HubSpot owner Leadscope set, or empty
        QDateTime firstAt;
        QDateTime updatedAt;
    };
    struct WebhookDelivery
    {
        QString id;
        QString event;
        QString state; // queued, sending, delivered, failed
        int attempts = 0;
        int status = 0; // the receiver's HTTP status; 0: no answer
        int latencyMs = 0;
        QString lastError;
        QDateTime nextAttempt;
        QDateTime createdAt;
        QDateTime deliveredAt;
    };

    // An organisation's read-only API token (admins; docs/INTEGRATIONS.md). Never the token.
    struct ApiToken
    {
        QString id;
        QString name;
        QStringList scopes; // leads, visits, segments
        QString hint;       // the token's first characters
        QString state;      // active, expired, revoked
        QDateTime expiresAt;
        QDateTime createdAt;
        QDateTime lastUsedAt; // invalid: never used
    };

    template <typename T>
    using Done = std::function<void(const T& result, const ApiFailure& failure)>;
    using Finished = std::function<void(const ApiFailure& failure)>;

    explicit AdminClient(Session* session);

    void me(QObject* context, Done<Me> done);
    void dpa(QObject* context, Done<Dpa> done);
    void acceptDpa(QObject* context, const QString& version, Done<DpaStatus> done);
    void updateOrganisation(QObject* context, std::optional<QString> trackingMode, std::optional<int> retentionMonths,
                            Finished done);
    void addWebsite(QObject* context, const QString& domain, Done<Website> done);
    void removeWebsite(QObject* context, const QString& id, Finished done);
    // Saved segments kept by the server (any role; the list itself arrives with
    // each sync, core::SharedSegments). `sharing`: private, view or edit.
    void addSegment(QObject* context, const QString& name, const protocol::LeadFilter& filter, const QString& sharing,
                    Finished done);
    // `change` holds any of "name", "filter" (a filter's JSON) and "sharing".
    void changeSegment(QObject* context, const QString& id, const QJsonObject& change, Finished done);
    void removeSegment(QObject* context, const QString& id, Finished done);

    // The organisation's rules (managers and admins; docs/PROTOCOL.md, "Rules").
    // `rule` is the JSON the server takes: name, filter, actions, enabled.
    void addRule(QObject* context, const QJsonObject& rule, Finished done);
    void changeRule(QObject* context, const QString& id, const QJsonObject& change, Finished done);
    void removeRule(QObject* context, const QString& id, Finished done);

    // The companies and industries the team hides (managers and admins).
    void addIgnored(QObject* context, const QJsonObject& entry, Finished done);
    // "Wrong company" (docs/MATCHING.md): POST /api/v1/corrections (the report as the server takes it;
    // `relabelled` how many past visits changed), DELETE /api/v1/corrections/{id}, and the register's
    // companies whose name or number matches (GET /api/v1/registry/companies?q=).
    void reportMatch(QObject* context, const QJsonObject& report, Done<qint64> done);
    void withdrawMatchReport(QObject* context, const QString& id, Finished done);
    struct RegisterCompany
    {
        QString id;
        QString registryNumber;
        QString name;
        QString city;
    };
    void searchRegister(QObject* context, const QString& text, Done<QList<RegisterCompany>> done);
    // One company's visits before the window of months the cache keeps (OlderVisits), 50 at a time.
    void olderVisits(QObject* context, const QString& companyId, qint64 beforeMs, const QString& beforeId,
                     Done<OlderVisits::Page> done);
    void removeIgnored(QObject* context, const QString& id, Finished done);

    // Target-account lists (managers and admins).
    void createTargetList(QObject* context, const QString& name, Finished done);
    void removeTargetList(QObject* context, const QString& id, Finished done);
    void addToTargetList(QObject* context, const QString& id, const QStringList& companyIds, Finished done);
    void removeFromTargetList(QObject* context, const QString& id, const QStringList& companyIds, Finished done);
    // The import's report: {"rows","matched","added","unmatched":[{"row","value","why"}]}.
    using ImportDone = std::function<void(const QJsonObject& report, const ApiFailure& failure)>;
    void importTargetList(QObject* context, const QString& id, const QStringList& rows, ImportDone done);

    void alertPreferences(QObject* context, Done<AlertPreferences> done);
    void saveAlertPreferences(QObject* context, const AlertPreferences& preferences, Done<AlertPreferences> done);
    void mailStatus(QObject* context, Done<MailStatus> done);
    void retryMail(QObject* context, const QString& id, Finished done);

    void webhooks(QObject* context, Done<QList<Webhook>> done);
    // `hook`: name, url, events, filter; `code`: a fresh code. The secret comes back once.
    void addWebhook(QObject* context, const QJsonObject& hook, const QString& code,
                    std::function<void(const Webhook&, const QString& secret, const ApiFailure&)> done);
    void rotateWebhookSecret(QObject* context, const QString& id, const QString& code,
                             std::function<void(const QString& secret, const ApiFailure&)> done);
    // `action`: "pause", "resume" or "test".
    void webhookAction(QObject* context, const QString& id, const QString& action, Finished done);
    // What it sends and where (as added, without a code: no secret changes hands).
    void changeWebhook(QObject* context, const QString& id, const QJsonObject& hook, Finished done);
    void removeWebhook(QObject* context, const QString& id, Finished done);
    void webhookDeliveries(QObject* context, const QString& id, Done<QList<WebhookDelivery>> done);
    void hubSpotCompanies(QObject* context, const QString& id, Done<QList<HubSpotCompany>> done);
    void apiTokens(QObject* context, Done<QList<ApiToken>> done);
    // `days`: until it expires (1–365). The token itself comes back once, in `secret`.
    void createApiToken(QObject* context, const QString& name, const QStringList& scopes, int days, const QString& code,
                        std::function<void(const ApiToken&, const QString& secret, const ApiFailure&)> done);
    void revokeApiToken(QObject* context, const QString& id, Finished done);
    void redeliverWebhook(QObject* context, const QString& id, const QString& deliveryId, Finished done);

    void users(QObject* context, Done<QList<User>> done);
    // The one-time password comes back once; the server keeps only its hash.
    void addUser(QObject* context, const QString& email, const QString& role,
                 std::function<void(const User&, const QString& oneTimePassword, const ApiFailure&)> done);
    void updateUser(QObject* context, const QString& id, std::optional<QString> role, std::optional<bool> disabled,
                    Done<User> done);
    void removeUser(QObject* context, const QString& id, Finished done);
    void audit(QObject* context, const AuditFilter& filter, Done<QList<AuditEntry>> done);

    // Asks before anything is written: the server refuses the sales role
    // (403) and records who exported what, how many rows, which format.
    void requestExportGrant(QObject* context, const QString& format, const QString& segment, qint64 rows,
                            Finished done);

    // Removes the signed-in user's account on the server (a fresh code confirms).
    void deleteAccount(QObject* context, const QString& code, Finished done);

    // The signed-in user's password: the current one, a fresh code (none right
    // after signing in with a one-time password) and the new one. Other
    // sessions end. The passwords are wiped here once sent.
    void changePassword(QObject* context, protocol::SecretBytes current, protocol::SecretBytes next,
                        const QString& code, Finished done);
    // Ten new single-use recovery codes for a fresh code; the old ones stop working.
    void newRecoveryCodes(QObject* context, const QString& code, Done<QStringList> done);
    // An admin's help for a colleague (their own fresh code confirms): a new
    // one-time password, or a reset second factor (lost phone).
    void resetPassword(QObject* context, const QString& userId, const QString& code, Done<QString> done);
    void resetSecondFactor(QObject* context, const QString& userId, const QString& code, Finished done);

    static QString roleLabel(const QString& role);         // translated
    static QString trackingModeLabel(const QString& mode); // translated
    static QString actionLabel(const QString& action);     // translated audit action
    static QStringList roles()
    {
        return {protocol::roleName(protocol::Role::Sales), protocol::roleName(protocol::Role::Manager),
                protocol::roleName(protocol::Role::Admin)};
    }
    static QStringList auditActions();

    // Parsers, public for tests.
    static DpaStatus parseDpaStatus(const QJsonObject& object);
    static User parseUser(const QJsonObject& object);

private:
    Session* m_session;
};

} // namespace leadscope::core
