#include "server/http/HttpMessage.h"

#include "protocol/ApiError.h"

namespace leadscope::server {

namespace {
QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return headerIn(headers, name);
}

QByteArrayList HttpRequest::headerValues(QByteArrayView name) const
{
    QByteArrayList values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return headerIn(headers, name);
}

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument& document)
{
    return json(status, document.toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message)
{
    return json(status, protocol::ApiError{code, message}.toJson());
}

HttpResponse HttpResponse::tooManyRequests(const QString& code, const QString& message, qint64 retryAfterSeconds)
{
    HttpResponse response = error(429, code, message);
    response.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds)));
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace leadscope::server
