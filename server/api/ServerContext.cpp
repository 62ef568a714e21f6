#include "server/api/ServerContext.h"

#include "server/base/Logging.h"
#include "server/domain/DpaAcceptances.h"
#include "server/domain/DpaRegistry.h"
#include "server/store/Store.h"

namespace leadscope::server {

std::optional<HttpResponse> ServerContext::authorize(const HttpRequest& request, protocol::Role minimum,
                                                     AuthContext* auth) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || header.size() < 20) {
        HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthenticated"),
                                                    QStringLiteral("Sign in first (Authorization: Bearer …)."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    QString error;
    const auto context = sessions.authenticate(QString::fromLatin1(header.mid(7).trimmed()), &error);
    if (!error.isEmpty())
        return storeError("authentication lookup", error);
    if (!context) {
        HttpResponse response = HttpResponse::error(401, QStringLiteral("invalid_token"),
                                                    QStringLiteral("The access token is expired or revoked."));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    if (!protocol::roleAtLeast(context->role, minimum))
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Your role (%1) may not do this; it needs %2.")
                                       .arg(protocol::roleName(context->role), protocol::roleName(minimum)));
    // A one-time password from an admin: nothing but choosing a new one (and
    // who am I, and leaving) until it is replaced.
    static const QStringList allowedWhileChanging{
        QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/account/password"), QStringLiteral("/api/v1/auth/logout"),
        QStringLiteral("/api/v1/auth/lock")};
    if (context->mustChangePassword && !allowedWhileChanging.contains(request.path))
        return HttpResponse::error(403, QStringLiteral("password_change_required"),
                                   QStringLiteral("Choose a new password first: you signed in with a one-time "
                                                  "password."));
    *auth = *context;
    return std::nullopt;
}

std::optional<HttpResponse> ServerContext::admit(const HttpRequest& request, protocol::Role minimum,
                                                 AuthContext* auth) const
{
    if (auto refused = authorize(request, minimum, auth))
        return refused;
    return requireDpa(auth->orgId);
}

std::optional<HttpResponse> ServerContext::requireDpa(const QString& orgId) const
{
    bool accepted = false;
    QString error;
    if (!DpaAcceptances::hasAccepted(store.connection(), orgId, dpa.current().version, &accepted, &error))
        return storeError();
    if (accepted)
        return std::nullopt;
    return HttpResponse::error(451, QStringLiteral("dpa_required"),
                               QStringLiteral("An admin of your organisation must accept the Data Processing "
                                              "Agreement (version %1) before visit data is shown.")
                                   .arg(dpa.current().version));
}

HttpResponse ServerContext::storeError()
{
    HttpResponse response = HttpResponse::error(503, QStringLiteral("store_unavailable"),
                                                QStringLiteral("The server cannot reach its database; try again."));
    response.setHeader("Retry-After", "5");
    return response;
}

HttpResponse ServerContext::storeError(const char* what, const QString& error)
{
    qCWarning(lcStore).noquote() << what << "failed:" << error;
    return storeError();
}

std::optional<int> ServerContext::limitOf(const HttpRequest& request, int standard, int most)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return standard;
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > most)
        return std::nullopt;
    return limit;
}

} // namespace leadscope::server
