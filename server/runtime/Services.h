#pragma once

#include "server/api/AccountApi.h"
#include "server/api/AdminApi.h"
#include "server/api/AlertsApi.h"
#include "server/api/ApiTokensApi.h"
#include "server/api/AuthApi.h"
#include "server/api/CollectApi.h"
#include "server/api/CredentialResetApi.h"
#include "server/api/DpaApi.h"
#include "server/api/ExportsApi.h"
#include "server/api/IgnoreApi.h"
#include "server/api/MatchingApi.h"
#include "server/api/ReadApi.h"
#include "server/api/RulesApi.h"
#include "server/api/SegmentsApi.h"
#include "server/api/ServerContext.h"
#include "server/api/SyncApi.h"
#include "server/api/TargetListsApi.h"
#include "server/api/WebhooksApi.h"
#include "server/base/Clock.h"
#include "server/domain/Accounts.h"
#include "server/domain/DpaRegistry.h"
#include "server/domain/RateLimiter.h"
#include "server/domain/Sessions.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/integrations/WebhookWorker.h"
#include "server/mail/MailWorker.h"
#include "server/store/Store.h"
#include "server/store/WalCheckpointer.h"
#include "server/tracking/RegistryMatcher.h"

#include <memory>

namespace leadscope::server {

class SecretBox;
struct ServeOptions;

// Everything a running server owns, in dependency order, and the routes of
// its two listeners: `router` for the API and the tracker, `adminRouter` for
// monitoring. No sockets: Server puts these behind HTTPS, and the request
// fuzzer drives `router` directly.
class Services
{
public:
    explicit Services(const ServeOptions& options);
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    // Opens the store (on the current schema), loads the DPA texts and the
    // registry index, and registers every route. False + *error.
    bool start(const ServeOptions& options, QString* error);

    std::shared_ptr<const SecretBox> secrets; // --secrets-key (may be none), shared with what uses it
    Clock clock;
    Store store;
    WalCheckpointer checkpointer{store}; // SQLite: the log copied back off the writers' commits
    DpaRegistry dpa;
    Sessions sessions;
    Accounts accounts;
    RateLimiter sourceLimiter{30, 15 * 60 * 1000}; // failed sign-ins per source per 15 minutes
    SuspiciousActivity suspicious;                 // bursts of failed sign-ins per organisation
    Metrics metrics;
    ServerContext context;
    AuthApi auth;
    AccountApi account;
    AdminApi admin;
    AlertsApi alerts;
    CredentialResetApi resets;
    DpaApi dpaApi;
    ExportsApi exports;
    SyncApi sync;
    SegmentsApi segments;
    RulesApi rules;
    IgnoreApi ignored;
    TargetListsApi targetLists;
    WebhooksApi webhooks;
    ApiTokensApi apiTokens;
    ReadApi read;
    RegistryMatcher matcher;
    CollectApi collect;
    MatchingApi matching;
    MailWorker mail;             // its thread starts with Server::start
    WebhookWorker webhookWorker; // so does this one
    Router router;
    Router adminRouter;
};

} // namespace leadscope::server
