#pragma once

#include "server/http/HttpMessage.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <vector>

namespace leadscope::server {

// Maps method + path to a handler. Path patterns use {name} for one
// segment, e.g. "/api/v1/companies/{id}/annotation".
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&, const QStringList& pathArguments)>;

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    // 404 for an unknown path, 405 (with Allow) for a known path and wrong method.
    // *route: the matched pattern (for metrics), or "unmatched".
    HttpResponse dispatch(const HttpRequest& request, QString* route = nullptr) const;
    // Every method and pattern registered, in order (docs/openapi.yaml is held to them).
    QList<std::pair<QByteArray, QString>> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString text;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace leadscope::server
