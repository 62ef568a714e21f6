#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::protocol {

QByteArray ApiError::toJson() const
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonValue code = error.toObject().value(QStringLiteral("code"));
    const QJsonValue message = error.toObject().value(QStringLiteral("message"));
    if (!code.isString() || !message.isString())
        return std::nullopt;
    return ApiError{code.toString(), message.toString()};
}

} // namespace leadscope::protocol
