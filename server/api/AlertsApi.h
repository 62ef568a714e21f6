#pragma once

#include "server/domain/AlertPreferences.h"
#include "server/http/HttpMessage.h"

namespace leadscope::server {

class Router;
struct AuthContext;
struct ServerContext;

// E-mail alerts and digests (docs/ALERTS.md, docs/PROTOCOL.md):
// GET / PUT /api/v1/account/alerts — each user's own choices (audited when
// changed); GET /api/v1/admin/mail — for admins, what the organisation's mail
// did (queued, failed, with why) and POST /api/v1/admin/mail/{id}/retry to send
// a failed one again. The mail status needs the organisation's accepted DPA.
class AlertsApi
{
public:
    // `mailConfigured`: whether serve was given a relay (--smtp).
    AlertsApi(const ServerContext& context, bool mailConfigured);
    void registerRoutes(Router& router);

    HttpResponse preferences(const HttpRequest& request);
    HttpResponse changePreferences(const HttpRequest& request);
    HttpResponse mail(const HttpRequest& request);
    HttpResponse retry(const HttpRequest& request, const QString& id);

private:
    // The user's preferences, address, and whether the server can send at all.
    HttpResponse answer(const AlertPreferences::Prefs& prefs, const AuthContext& auth) const;

    const ServerContext& m_context;
    bool m_mailConfigured;
};

} // namespace leadscope::server
