#pragma once

#include "AccountApi.h"
#include "Accounts.h"
#include "AdminApi.h"
#include "AuthApi.h"
#include "Clock.h"
#include "CollectApi.h"
#include "DpaApi.h"
#include "DpaRegistry.h"
#include "ExportsApi.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "RegistryMatcher.h"
#include "Router.h"
#include "ServerContext.h"
#include "Sessions.h"
#include "Store.h"
#include "SuspiciousActivity.h"
#include "SyncApi.h"

namespace leadscope::server {

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

    Clock clock;
    Store store;
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
    DpaApi dpaApi;
    ExportsApi exports;
    SyncApi sync;
    RegistryMatcher matcher;
    CollectApi collect;
    Router router;
    Router adminRouter;
};

} // namespace leadscope::server
