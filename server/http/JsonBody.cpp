#include "server/http/JsonBody.h"

#include <climits>
#include <cmath>

#include <QJsonDocument>

namespace leadscope::server {

JsonBody::JsonBody(const HttpRequest& request)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.isEmpty() && !contentType.startsWith("application/json")) {
        fail(QStringLiteral("The body must be JSON (Content-Type: application/json)."));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return;
    }
    if (!document.isObject()) {
        fail(QStringLiteral("The body must be a JSON object."));
        return;
    }
    m_object = document.object();
}

void JsonBody::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<protocol::LeadFilter> JsonBody::optionalFilter(const QString& field)
{
    if (!ok() || !m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isObject()) {
        fail(QStringLiteral("\"%1\" must be an object (a filter).").arg(field));
        return std::nullopt;
    }
    QString problem;
    std::optional<protocol::LeadFilter> filter = protocol::LeadFilter::parse(value.toObject(), &problem);
    if (!filter)
        fail(QStringLiteral("\"%1\": %2").arg(field, problem));
    return filter;
}

std::optional<QJsonObject> JsonBody::optionalObject(const QString& field)
{
    if (!ok() || !m_object.contains(field))
        return std::nullopt;
    if (!m_object.value(field).isObject()) {
        fail(QStringLiteral("\"%1\" must be an object.").arg(field));
        return std::nullopt;
    }
    return m_object.value(field).toObject();
}

HttpResponse JsonBody::errorResponse() const
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), m_error);
}

QString JsonBody::string(const QString& field, int maxLength, bool required)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(QStringLiteral("\"%1\" is required.").arg(field));
        return {};
    }
    if (!value.isString()) {
        fail(QStringLiteral("\"%1\" must be a string.").arg(field));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(QStringLiteral("\"%1\" is longer than %2 characters.").arg(field).arg(maxLength));
        return {};
    }
    if (required && text.isEmpty())
        fail(QStringLiteral("\"%1\" must not be empty.").arg(field));
    return text;
}

std::optional<QString> JsonBody::optionalString(const QString& field, int maxLength)
{
    if (!ok() || !m_object.contains(field) || m_object.value(field).isNull())
        return std::nullopt;
    const QString text = string(field, maxLength, false);
    return ok() ? std::optional<QString>(text) : std::nullopt;
}

std::optional<bool> JsonBody::optionalBool(const QString& field)
{
    if (!ok() || !m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isBool()) {
        fail(QStringLiteral("\"%1\" must be true or false.").arg(field));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<int> JsonBody::optionalInt(const QString& field)
{
    if (!ok() || !m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < INT_MIN || number > INT_MAX) {
        fail(QStringLiteral("\"%1\" must be a whole number.").arg(field));
        return std::nullopt;
    }
    return int(number);
}

std::optional<QStringList> JsonBody::optionalStringList(const QString& field, int maxItems, int maxLength)
{
    if (!ok() || !m_object.contains(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(field);
    if (!value.isArray()) {
        fail(QStringLiteral("\"%1\" must be an array of strings.").arg(field));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        fail(QStringLiteral("\"%1\" has more than %2 items.").arg(field).arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue& item : array) {
        if (!item.isString() || item.toString().size() > maxLength || item.toString().trimmed().isEmpty()) {
            fail(QStringLiteral("\"%1\" must hold non-empty strings of at most %2 characters.")
                     .arg(field)
                     .arg(maxLength));
            return std::nullopt;
        }
        out << item.toString().trimmed();
    }
    return out;
}

} // namespace leadscope::server
