#include "server/http/Router.h"

namespace leadscope::server {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    QString expression = QRegularExpression::escape(pattern);
    // escape() turned "{id}" into "\{id\}"; make each a one-segment capture.
    static const QRegularExpression placeholder(QStringLiteral(R"(\\\{[a-z_]+\\\})"));
    expression.replace(placeholder, QStringLiteral("([^/\\x00-\\x20\\x7f]+)")); // no controls, no spaces
    m_routes.push_back(
        {method, pattern, QRegularExpression(QRegularExpression::anchoredPattern(expression)), std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest& request, QString* matched) const
{
    if (matched)
        *matched = QStringLiteral("unmatched");
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (matched)
            *matched = route.text;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        QStringList arguments = match.capturedTexts();
        arguments.removeFirst();
        return route.handler(request, arguments);
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                                    QStringLiteral("This path does not accept that method."));
        response.setHeader("Allow", allowed.join(", "));
        return response;
    }
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("There is nothing at this path."));
}

QList<std::pair<QByteArray, QString>> Router::routes() const
{
    QList<std::pair<QByteArray, QString>> out;
    for (const Route& route : m_routes)
        out.append({route.method, route.text});
    return out;
}

} // namespace leadscope::server
